using System.Diagnostics;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.AI.LlmPipelineTests;

namespace Summarizer.Tests.AI;

/// <summary>What a run tells about its model calls, and how long it may wait on them, end to end through the pipeline.</summary>
public sealed class LlmRunCostAndTimeTests
{
    [Fact]
    public async Task Run_ExtractionAndExecutiveSummary_CostLineCountsBothCallsAndTheirTokens()
    {
        await using var server = await FakeChatServer.StartAsync(r => ModelLikeServer.IsSummary(r)
            ? new FakeReply.Completion("{\"bullets\": [\"平台组风险可控\"]}", PromptTokens: 700, CompletionTokens: 30)
            : ModelLikeServer.Quirky(r));
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        // One extraction call (1,000 + 100 tokens, the server's usage) and the executive summary (700 + 30).
        Assert.Single(server.Requests, ModelLikeServer.IsSummary);
        Assert.Equal(server.Requests.Count, outcome.Run.Calls);
        Assert.Equal(2, outcome.Run.Calls);
        Assert.Equal(1_700, outcome.Run.PromptTokens);
        Assert.Equal(130, outcome.Run.CompletionTokens);
        Assert.Equal(outcome.Run.Calls, (await h.Store.GetRunAsync(outcome.Run.RunId))!.Calls);
    }

    [Fact]
    public async Task Run_EndpointAnswers500_EveryAttemptThatReachedItIsCounted()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(500));
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input, ("Summarizer:Llm:MaxRetries", "1"));

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        Assert.NotEmpty(outcome.Snapshot.DegradedSections);
        Assert.True(server.Requests.Count >= 2, $"{server.Requests.Count} requests"); // the call and its retry at least
        Assert.Equal(server.Requests.Count, outcome.Run.Calls); // not "0 LLM calls"
        Assert.Equal(0, outcome.Run.PromptTokens);
    }

    [Fact]
    public async Task Run_LongRetryAfterOnEveryFirstAttempt_SummaryDoesNotWaitPastTheRunsOneBudget()
    {
        // Each call is throttled once with Retry-After 3 s, then answered. The extraction call waits 3–4 s of the run's
        // 5 s budget (TotalTimeoutSeconds, RunTimeoutSeconds unset); the summary must not wait another 3 s after it.
        var throttled = new System.Collections.Concurrent.ConcurrentDictionary<bool, int>();
        await using var server = await FakeChatServer.StartAsync(r =>
        {
            bool summary = ModelLikeServer.IsSummary(r);
            if (throttled.AddOrUpdate(summary, 1, (_, n) => n + 1) == 1) return new FakeReply.Status(429, ("Retry-After", "3"));
            return summary ? ModelLikeServer.Summary("模型写的摘要") : ModelLikeServer.Quirky(r);
        });
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input, ("Summarizer:Llm:TimeoutSeconds", "4"), ("Summarizer:Llm:TotalTimeoutSeconds", "5"));
        var clock = Stopwatch.StartNew();

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        var llmPhase = server.Requests[^1].At - server.Requests[0].At;
        Assert.True(llmPhase < TimeSpan.FromSeconds(5), $"requests spread over {llmPhase}");
        Assert.True(server.Requests.Count(ModelLikeServer.IsSummary) <= 1, "the summary was asked again after its wait");
        var digest = await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "digest.md"));
        Assert.DoesNotContain("模型写的摘要", digest); // the offline summary stands in
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5 + 20), $"run took {clock.Elapsed}"); // generous: the machine is shared
    }

    [Fact]
    public async Task Run_RetryAfterLongerThanRunTimeout_ExtractionGoesOfflineWhenTheBudgetIsSpent()
    {
        // Each call may wait 60 s (TotalTimeoutSeconds), but the run's LLM phase only 2 s (RunTimeoutSeconds).
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(429, ("Retry-After", "20")));
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input, ("Summarizer:Llm:TimeoutSeconds", "2"), ("Summarizer:Llm:TotalTimeoutSeconds", "60"), ("Summarizer:Llm:RunTimeoutSeconds", "2"));
        var clock = Stopwatch.StartNew();

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"run took {clock.Elapsed}"); // not the 20 s the server asked for
        Assert.NotEmpty(outcome.Snapshot.DegradedSections);
        Assert.NotEmpty(outcome.Snapshot.Items); // the offline rules did the week
        Assert.Equal("offline", Assert.Single(outcome.Snapshot.Items.Select(i => i.Engine).Distinct()));
        Assert.Single(server.Requests); // the summary did not start after the budget was spent
    }
}
