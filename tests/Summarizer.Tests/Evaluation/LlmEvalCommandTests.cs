using System.Text.Json;
using Summarizer.Tests.AI;
using Summarizer.Tests.Cli;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Evaluation;

/// <summary>
/// `summarizer eval --engine llm`: an analyst scores the configured model on reports with a known answer, through the
/// same verifier a run uses, and sees how much of what the model claimed was refused.
/// </summary>
[Trait("Category", "slow")] // starts the real executable
public sealed class LlmEvalCommandTests
{
    private const string Report = """
        # 支付组周报 2024-W26
        ## 风险
        - 银行接口变更可能影响 7 月 5 日的上线
        ## 指标
        - 支付成功率 99.2%，目标 99.5%
        ## 下周计划
        - 完成对账模块灰度
        """;

    private const string Gold = """
        {"style": "test", "language": "zh", "week": "2024-W26", "items": [
          {"kind": "risk", "anchor": "银行接口变更"},
          {"kind": "metric", "anchor": "支付成功率 99.2%", "name": "支付成功率", "value": 99.2, "unit": "%", "target": "99.5%"},
          {"kind": "plan", "anchor": "完成对账模块灰度"}
        ], "benign": []}
        """;

    private static TempFolder Corpus()
    {
        var folder = new TempFolder();
        folder.Write("corpus/pay.md", Report);
        folder.Write("corpus/pay.gold.json", Gold);
        return folder;
    }

    [Fact]
    public async Task Eval_WithAModelThatInventsNumbers_ScoresOnlyWhatTheVerifierKeptAndCountsTheRefusals()
    {
        await using var server = await FakeChatServer.StartAsync(ModelLikeServer.Inventing);
        using var folder = Corpus();
        var environment = new Dictionary<string, string>
        {
            ["Summarizer__Llm__Provider"] = "OpenAI",
            ["Summarizer__Llm__Endpoint"] = server.OpenAIEndpoint,
            ["Summarizer__Llm__Model"] = "test-model",
            ["Summarizer__Llm__ApiKey"] = "test-key",
            ["Summarizer__Llm__StructuredOutput"] = "false",
            ["Summarizer__Llm__PromptsDirectory"] = RepoPaths.Prompts,
        };

        using var process = SummarizerExecutable.Start(folder.Path, environment, "eval", "--corpus", Path.Combine(folder.Path, "corpus"), "--engine", "llm", "--format", "json");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, await stderr);
        var score = JsonDocument.Parse(await stdout).RootElement;
        var engine = score.GetProperty("engine");
        Assert.StartsWith("llm:test-model:", engine.GetProperty("version").GetString());
        Assert.Equal(0, engine.GetProperty("degradedSections").GetInt32());
        // Two lines write a number (7 月 5 日, 99.2 %): the model invented a scaled metric for one and an "M" summary for
        // the other; both were refused, every faithful quote was kept.
        Assert.Equal(2, engine.GetProperty("dropped").GetInt32());
        var reason = Assert.Single(engine.GetProperty("dropReasons").EnumerateObject()); // counted by reason, numbers aside
        Assert.Equal(("numbers not in the quote", 2), (reason.Name, reason.Value.GetInt32()));
        var kinds = score.GetProperty("kinds").EnumerateArray().ToDictionary(k => k.GetProperty("kind").GetString()!);
        Assert.Equal(0, kinds["metric"].GetProperty("extractedTotal").GetInt32()); // no invented figure reached the score
        Assert.Equal(1, kinds["risk"].GetProperty("goldFound").GetInt32());
    }

    [Fact]
    public async Task Eval_LlmWithoutAnEndpoint_ExitsTwoWithTheKeysToSet()
    {
        using var folder = Corpus();

        var (exit, _, stderr) = await RunCommandTests.RunAsync(folder.Path, "eval", "--corpus", Path.Combine(folder.Path, "corpus"), "--engine", "llm");

        Assert.Equal(2, exit);
        var reason = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Summarizer:Llm:Endpoint", reason);
    }
}
