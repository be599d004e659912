using System.Text.Json;
using Summarizer.Tests.AI;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

/// <summary>The whole run with the LLM engine against an OpenAI-compatible server on loopback.</summary>
public class LlmPipelineTests
{
    private const string Invented = "所有项目均已按时完成，无任何风险";

    private const string GroundedBullet = "支付团队的清算文件延迟需要关注。";

    /// <summary>
    /// Quotes the first list line of every section it is sent, and adds one item whose quote is invented; answers the
    /// executive-summary prompt with <paramref name="bullet"/>.
    /// </summary>
    private static FakeReply Answer(ChatRequest request, string bullet = GroundedBullet)
    {
        var sections = ScriptedAnswers.Sections(request);
        if (sections.Count == 0)
            return new FakeReply.Completion(JsonSerializer.Serialize(new { bullets = new[] { bullet } }));
        var items = sections
            .Select(s => (s.Key, Line: s.Value.Split('\n').Select(l => l.Trim().TrimStart('-', ' ')).FirstOrDefault(l => l.Length > 8 && !l.StartsWith('#') && !l.StartsWith('|'))))
            .Where(s => s.Line is not null)
            .Select(s => ScriptedAnswers.Item(s.Key, "risk", s.Line!, s.Line!, "medium"))
            .Append(ScriptedAnswers.Item(sections.Keys.First(), "risk", Invented, Invented, "high"))
            .ToArray();
        return new FakeReply.Completion(ScriptedAnswers.Json(items));
    }

    private static Dictionary<string, string?> LlmSettings(FakeChatServer server) => new()
    {
        ["Summarizer:Llm:Provider"] = "OpenAI",
        ["Summarizer:Llm:Endpoint"] = server.OpenAIEndpoint,
        ["Summarizer:Llm:Model"] = "test-model",
        ["Summarizer:Llm:ApiKey"] = "test-key",
        ["Summarizer:Llm:TimeoutSeconds"] = "10",
        ["Summarizer:Llm:TotalTimeoutSeconds"] = "20",
        ["Summarizer:Llm:MaxRetries"] = "1",
        ["Summarizer:Llm:RetryDelaySeconds"] = "0.05",
        ["Summarizer:Llm:PromptsDirectory"] = RepoPaths.Prompts,
    };

    [Fact]
    public async Task Run_LlmEngine_PublishesGroundedItemsOnly_AndAnUnchangedRerunMakesNoCall()
    {
        await using var server = await FakeChatServer.StartAsync(r => Answer(r));
        await using var h = new PipelineHarness(LlmSettings(server));

        var first = await h.RunAsync("2024-W26", engine: "auto");
        int callsAfterFirst = server.Requests.Count;
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(first.OutDir, "items.json"))).RootElement;

        Assert.True(callsAfterFirst > 1);
        Assert.Equal("llm", json.GetProperty("engine").GetString());
        Assert.NotEmpty(first.Snapshot.Items);
        Assert.All(first.Snapshot.Items, i => Assert.Equal("llm", i.Engine));
        Assert.DoesNotContain(first.Snapshot.Items, i => i.Summary.Contains(Invented));
        Assert.Contains(GroundedBullet, await File.ReadAllTextAsync(Path.Combine(first.OutDir, "digest.md")));
        Assert.True(first.Run.PromptTokens > 0);

        var second = await h.RunAsync("2024-W26", engine: "auto");
        Assert.Equal(callsAfterFirst, server.Requests.Count); // neither extraction nor the summary is asked again
        Assert.Equal(first.Snapshot.Items.Select(i => i.Id), second.Snapshot.Items.Select(i => i.Id));
        Assert.Contains(GroundedBullet, await File.ReadAllTextAsync(Path.Combine(second.OutDir, "digest.md")));
    }

    [Fact]
    public async Task Run_SummaryWithANumberNoItemStates_DigestUsesTheOfflineSummary()
    {
        await using var server = await FakeChatServer.StartAsync(r => Answer(r, "本周共 999 项风险需要关注。"));
        await using var h = new PipelineHarness(LlmSettings(server));

        var outcome = await h.RunAsync("2024-W26", engine: "llm");

        var digest = await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "digest.md"));
        Assert.DoesNotContain("999", digest);
        Assert.Contains("个团队提交了周报", digest); // the offline summary's first line
    }

    [Fact]
    public async Task Run_EndpointFailingForOneTeam_FallsBackOfflineForItsSections_AndSaysSo()
    {
        await using var server = await FakeChatServer.StartAsync(r =>
            r.UserContent.Contains("Platform Reliability", StringComparison.Ordinal) ? new FakeReply.Status(500) : Answer(r));
        await using var h = new PipelineHarness(LlmSettings(server));

        var outcome = await h.RunAsync("2024-W26", engine: "llm");

        Assert.Equal("mixed", outcome.Snapshot.Engine);
        Assert.Contains(outcome.Snapshot.DegradedSections, s => s.Contains("platform-sre.md"));
        Assert.Contains(outcome.Snapshot.Items, i => i.Team == "platform-sre" && i.Engine == "offline");
        var digest = await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "digest.md"));
        Assert.Contains("platform-sre.md", digest[digest.IndexOf("## 降级的章节", StringComparison.Ordinal)..]);

        // Degraded sections are not kept: the next run asks the model again for them only.
        int before = server.Requests.Count;
        await h.RunAsync("2024-W26", engine: "llm");
        var retried = server.Requests.Skip(before).Where(r => ScriptedAnswers.Sections(r).Count > 0).ToList();
        Assert.NotEmpty(retried);
        Assert.All(retried, r => Assert.Contains("Platform Reliability", r.UserContent));
    }
}
