using Microsoft.Extensions.DependencyInjection;
using Summarizer.AI;
using Summarizer.AI.Extraction;
using Summarizer.AI.Text;
using Summarizer.Extraction;
using static Summarizer.Tests.AI.LlmItemExtractorTests;

namespace Summarizer.Tests.AI;

/// <summary>What a run costs and what every call sends: budget, batches, the cacheable prompt prefix, model settings.</summary>
public sealed class LlmBillAndPromptTests
{
    private readonly CancellationToken Ct = new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token;
    private static readonly IReadOnlyList<ReportSection> Units = TestReports.Units(TestReports.Platform);

    [Theory]
    [InlineData("Here is the extraction:\n```json\n{\"items\": []}\n```")]
    [InlineData("Sure.\n{\"items\": []}\nHope this helps.")]
    [InlineData("```\n{\"items\": []}\n```")]
    [InlineData("{\"items\": []}")]
    public void AnswerJson_AfterProseOrInAFence_IsFound(string answer) => Assert.Equal("{\"items\": []}", AnswerJson.Part(answer));

    [Fact]
    public async Task ExtractAsync_RepairAfterAnUnusableAnswer_SendsTheSameFixedPrefixOfAtLeast1024Tokens()
    {
        await using var server = await FakeChatServer.StartAsync(r => r.Index == 1
            ? new FakeReply.Completion("{\"items\": [")
            : ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint);

        await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct));

        var (first, repair) = (server.Requests[0], server.Requests[1]);
        Assert.Equal(first.Content(0), repair.Content(0)); // byte-identical fixed part: the provider caches it
        Assert.InRange(SectionBatcher.DefaultTokenizer.CountTokens(first.Content(0)), 1024, 4000);
        Assert.DoesNotContain("P1 缺陷 3 个", first.Content(0)); // report text only after it
        Assert.Contains("P1 缺陷 3 个", first.UserContent);
        foreach (var marker in new[] { "【高】", "Severity: high", "Sev1", "P0", "🔴", "Red", "Amber", "\"previous\"" })
            Assert.Contains(marker, first.Content(0));
    }

    [Fact]
    public async Task ExtractAsync_CallBudgetSpent_RemainingSectionsFallBackOfflineAsDegraded()
    {
        await using var server = await FakeChatServer.StartAsync(r => ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s =>
        {
            s["Summarizer:Llm:MaxConcurrency"] = "1";
            s["Summarizer:Llm:BatchTokenBudget"] = "200";
            s["Summarizer:Llm:MaxCallsPerRun"] = "1";
        });
        var stats = new LlmRunStats();

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, stats, Ct));

        Assert.True(stats.Batches >= 2, $"{stats.Batches} batches");
        Assert.Single(server.Requests);
        Assert.Contains(results, r => r.Degraded);
        Assert.Contains(results, r => !r.Degraded && r.Candidates.Count > 0);
    }

    [Fact]
    public async Task ExtractAsync_TwoTeams_NeverShareABatch()
    {
        await using var server = await FakeChatServer.StartAsync(r => ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint);
        var units = TestReports.Units(TestReports.Platform, "platform").Concat(TestReports.Units(TestReports.Platform.Replace("平台组", "支付组"), "payments")).ToList();

        await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(units, Ct));

        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.True(r.UserContent.Contains("平台组") ^ r.UserContent.Contains("支付组")));
    }

    [Fact]
    public async Task ExtractAsync_MoreBatchesThanSlots_FillsEveryRound()
    {
        await using var server = await FakeChatServer.StartAsync(r => ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => { s["Summarizer:Llm:MaxConcurrency"] = "4"; s["Summarizer:Llm:BatchTokenBudget"] = "300"; });
        var report = "# 周报\n" + string.Join("\n", Enumerable.Range(1, 30).Select(i => $"## 项目 {i}\n- 项目 {i} 的进展：接口联调完成，性能测试通过，文档已更新，等待评审与上线窗口确认。"));

        await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(TestReports.Units(report), Ct));

        Assert.True(server.Requests.Count >= 4);
        Assert.Equal(0, server.Requests.Count % 4); // no half-empty last round
    }

    [Theory]
    [InlineData("o3-mini", false)]
    [InlineData("gpt-5", false)]
    [InlineData("gpt-4o", true)]
    public async Task ExtractAsync_ReasoningModel_SendsNoTemperature(string model, bool temperature)
    {
        await using var server = await FakeChatServer.StartAsync(r => ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => s["Summarizer:Llm:Model"] = model);

        await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct));

        var request = Assert.Single(server.Requests);
        Assert.Equal(temperature, request.Json["temperature"] is not null);
        Assert.Equal(4096, request.Json["max_completion_tokens"]!.GetValue<int>());
        Assert.Null(request.Json["max_tokens"]);
    }

    [Fact]
    public void CostLine_WithoutPrices_GivesTokensAlone()
    {
        var line = LlmCostEstimate.From(new ExtractionUsage(3, 12_000, 2_000), new LlmOptions()).ToString();
        Assert.Equal("3 calls, 12,000 prompt + 2,000 completion tokens", line);
    }
}
