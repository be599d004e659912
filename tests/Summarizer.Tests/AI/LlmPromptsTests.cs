using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.AI;
using Summarizer.AI.Extraction;
using Summarizer.AI.Prompts;
using Summarizer.Digest;
using Summarizer.Extraction;

using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.AI;

public sealed class LlmPromptsTests
{
    [Fact]
    public void Load_RepositoryPrompts_HasEveryExpectedFunctionWithTemperatureZero()
    {
        var prompts = new LlmPrompts(RepoPaths.Prompts);

        Assert.Equal(["Digest/ExecutiveSummary", "Extraction/ExtractItems", "Extraction/RepairItems"], prompts.FunctionNames.Order());
        foreach (var (plugin, name) in new[] { ("Extraction", "ExtractItems"), ("Extraction", "RepairItems"), ("Digest", "ExecutiveSummary") })
        {
            var settings = prompts.Function(plugin, name).ExecutionSettings!["default"];
            Assert.Equal("0", settings.ExtensionData!["temperature"]!.ToString());
            Assert.Contains("json_schema", settings.ExtensionData!["response_format"]!.ToString());
        }
    }

    [Fact]
    public void Load_FolderWithoutSkprompt_FailsNamingTheMissingFunction()
    {
        var copy = RepoPaths.CopyPrompts();
        File.Delete(Path.Combine(copy, "Extraction", "RepairItems", "skprompt.txt"));

        var error = Assert.Throws<InvalidOperationException>(() => new LlmPrompts(copy));

        Assert.Contains("Extraction/RepairItems", error.Message);
    }

    [Fact]
    public void Load_MissingFolder_FailsNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new LlmPrompts(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"))));
        Assert.Contains("Summarizer:Llm:PromptsDirectory", error.Message);
    }

    [Fact]
    public void Version_PromptTextOrModelChanges_ChangesTheVersion()
    {
        var copy = RepoPaths.CopyPrompts();
        string VersionOf(string model, string dir)
        {
            using var sp = LlmTestHost.Create("http://127.0.0.1:9/v1", s => { s["Summarizer:Llm:Model"] = model; s["Summarizer:Llm:PromptsDirectory"] = dir; });
            return sp.GetRequiredService<LlmItemExtractor>().Version;
        }

        var original = VersionOf("gpt-4o", copy);
        Assert.Matches(@"^llm:gpt-4o:[0-9a-f]{12}:g4$", original);
        Assert.Equal(original, VersionOf("gpt-4o", RepoPaths.Prompts));
        Assert.NotEqual(original, VersionOf("gpt-4o-mini", copy));
        File.AppendAllText(Path.Combine(copy, "Extraction", "ExtractItems", "skprompt.txt"), "\n");
        Assert.NotEqual(original, VersionOf("gpt-4o", copy));
    }

    [Fact]
    public void AddLlmEngine_NoEndpoint_RegistersNoLlmServicesButTheOfflineExtractor()
    {
        using var sp = LlmTestHost.Create("");

        Assert.False(sp.GetRequiredService<IOptions<LlmOptions>>().Value.IsConfigured);
        Assert.Empty(sp.GetServices<IItemExtractor>());
        Assert.Empty(sp.GetServices<IExecutiveSummaryWriter>());
        Assert.NotNull(sp.GetService<OfflineExtractor>());
    }

    [Fact]
    public void AddLlmEngine_WithEndpoint_RegistersTheLlmExtractorAndSummaryWriter()
    {
        using var sp = LlmTestHost.Create("http://127.0.0.1:9/v1");

        Assert.Equal("llm", Assert.Single(sp.GetServices<IItemExtractor>()).Engine);
        Assert.Equal("llm", Assert.Single(sp.GetServices<IExecutiveSummaryWriter>()).Engine);
        Assert.Same(sp.GetRequiredService<LlmItemExtractor>(), sp.GetServices<IItemExtractor>().Single());
    }

    [Theory]
    [InlineData("Endpoint", "not a url", "Endpoint")]
    [InlineData("MaxConcurrency", "0", "MaxConcurrency")]
    [InlineData("TotalTimeoutSeconds", "1", "TotalTimeoutSeconds")]
    public void Options_InvalidSetting_FailsValidationNamingIt(string key, string value, string named)
    {
        using var sp = LlmTestHost.Create("http://127.0.0.1:9/v1", s => s["Summarizer:Llm:" + key] = value);

        var error = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void CostEstimate_Usage_IsPricedPerThousandTokens()
    {
        var cost = LlmCostEstimate.From(new ExtractionUsage(3, 12_000, 2_000), new LlmOptions { PricePer1kInput = 0.0025m, PricePer1kOutput = 0.01m });
        Assert.Equal(0.05m, cost.Cost);
        Assert.Equal(3, cost.Calls);
    }
}
