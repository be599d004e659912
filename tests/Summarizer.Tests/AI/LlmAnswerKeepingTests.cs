using System.Text.Json;
using System.Text.Json.Nodes;
using Summarizer.AI.Extraction;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.AI.LlmPipelineTests;

namespace Summarizer.Tests.AI;

/// <summary>
/// What becomes of answer items end to end: drops listed again on a cached re-run, two metrics of one row, incidents
/// without times, a bare JSON array.
/// </summary>
public sealed class LlmAnswerKeepingTests
{
    /// <summary>The extraction answers of <paramref name="extraction"/>, and a usable executive summary.</summary>
    private static Func<ChatRequest, FakeReply> WithSummary(Func<ChatRequest, FakeReply> extraction) =>
        r => ModelLikeServer.IsSummary(r) ? ModelLikeServer.Summary("平台组本周稳定") : extraction(r);

    private static async Task<JsonArray> DroppedInItemsJson(string outDir) =>
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(outDir, "items.json")))!["dropped"]!.AsArray();

    [Fact]
    public async Task Run_CachedReRun_ListsTheSameGroundingDropsWithoutACall()
    {
        await using var server = await FakeChatServer.StartAsync(WithSummary(ModelLikeServer.Inventing));
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);

        var first = await h.RunAsync("2024-W26", input.Path, engine: "llm");
        var firstDropped = (await DroppedInItemsJson(first.OutDir)).Select(d => d!.ToJsonString()).ToList();
        int calls = server.Requests.Count;
        var second = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        Assert.Equal(calls, server.Requests.Count); // everything came from the store
        Assert.Equal(7, first.DroppedCandidates);     // one invented number per line that writes a number
        Assert.Equal(first.DroppedCandidates, second.DroppedCandidates);
        Assert.Equal(firstDropped, (await DroppedInItemsJson(second.OutDir)).Select(d => d!.ToJsonString()).ToList());
        Assert.All(firstDropped, d => Assert.Contains("numbers not in the quote", d));
    }

    private const string SreReport = """
        # SRE 周报
        ## 服务指标
        | 服务 | 可用性 | 错误率 |
        |---|---|---|
        | 支付网关 | 99.95% | 0.12% |
        """;

    private const string Row = "| 支付网关 | 99.95% | 0.12% |";

    [Fact]
    public async Task Run_TwoMetricsQuotingOneTableRow_KeepsBothAndListsARepeatAsDropped()
    {
        await using var server = await FakeChatServer.StartAsync(r =>
        {
            var label = ScriptedAnswers.Sections(r).FirstOrDefault(s => s.Value.Contains(Row, StringComparison.Ordinal)).Key;
            if (label is null) return ModelLikeServer.Quirky(r);
            object Metric(string name, double value) => new { name, value, unit = "%", previous = (double?)null, target = (string?)null };
            return new FakeReply.Completion(ScriptedAnswers.Json(
                ScriptedAnswers.Item(label, "metric", "支付网关可用性 99.95%", Row, metric: Metric("支付网关可用性", 99.95)),
                ScriptedAnswers.Item(label, "metric", "支付网关错误率 0.12%", Row, metric: Metric("支付网关错误率", 0.12)),
                ScriptedAnswers.Item(label, "metric", "支付网关可用性为 99.95%", Row, metric: Metric("支付网关可用性", 99.95))));
        });
        using var input = new TempFolder();
        input.Write("2024-W26/sre.md", SreReport);
        await using var h = Harness(server.OpenAIEndpoint, input);

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        var metrics = outcome.Snapshot.Items.Where(i => i.Team == "sre" && i.Kind == ItemKind.Metric).ToList();
        Assert.Equal(["支付网关可用性", "支付网关错误率"], metrics.Select(m => m.Metric!.Name).Order().ToArray());
        Assert.Equal([0.12, 99.95], metrics.Select(m => m.Metric!.Value).Order().ToArray());
        Assert.Equal(2, metrics.Select(m => m.Id).Distinct().Count());
        var dropped = await DroppedInItemsJson(outcome.OutDir);
        var repeat = Assert.Single(dropped, d => d!["reason"]!.GetValue<string>() == CandidateGrounder.RepeatReason);
        Assert.Equal("支付网关可用性为 99.95%", repeat!["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task Run_IncidentWithoutTimes_CarriesNoMinutesAndTheDigestSaysUnknownNotZero()
    {
        const string line = "**INC-4821** 支付网关超时，影响 `settlement` 服务";
        await using var server = await FakeChatServer.StartAsync(r =>
        {
            var label = ScriptedAnswers.Sections(r).FirstOrDefault(s => s.Value.Contains(line, StringComparison.Ordinal)).Key;
            if (label is null) return ModelLikeServer.Quirky(r);
            var incident = new { section = label, kind = "incident", summary = "INC-4821 支付网关超时", quote = line, severity = "high",
                metric = (object?)null, delay = (object?)null, incident = new { start = (string?)null, end = (string?)null, impact = "settlement 服务" } };
            return new FakeReply.Completion(JsonSerializer.Serialize(new { items = new[] { incident } }));
        });
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        var item = Assert.Single(outcome.Snapshot.Items, i => i.Kind == ItemKind.Incident);
        Assert.Null(item.Incident!.DurationMinutes);
        var digest = await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "digest.md"));
        Assert.DoesNotContain("0 分钟", digest);
        Assert.Contains("累计影响时长未知", digest);
    }

    [Theory]
    [InlineData("14:00", "14:40", 40)]
    [InlineData("2024-06-25 23:50", "2024-06-26 00:30", 40)]
    [InlineData("14:00", null, null)]
    [InlineData(null, null, null)]
    [InlineData("2024-06-25 14:00", "2024-06-25 14:00", null)]
    [InlineData("上午", "下午", null)]
    public void Minutes_StartAndEndTheAnswerGives_OnlyWhenBothAreTimes(string? start, string? end, int? minutes) =>
        Assert.Equal(minutes, CandidateGrounder.Minutes(start, end));

    [Fact]
    public async Task Run_AnswerIsABareJsonArray_KeepsItsItemsWithoutARepair()
    {
        await using var server = await FakeChatServer.StartAsync(WithSummary(ModelLikeServer.BareArray));
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);
        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        Assert.Single(server.Requests, r => !ModelLikeServer.IsSummary(r)); // no repair request
        Assert.Empty(outcome.Snapshot.DegradedSections);
        Assert.Equal(ContentLineCount, outcome.Snapshot.Items.Count(i => i.Engine == "llm"));
    }
}
