using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summarizer.Extraction;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.AI;

/// <summary>The whole pipeline (host composition, SQLite store) against a loopback server that answers like real models.</summary>
public sealed class LlmPipelineTests
{
    internal const string Report = """
        # 平台组周报 2024-W26
        ## 风险
        - **INC-4821** 支付网关超时，影响 `settlement` 服务
        - 数据库迁移依赖 DBA 排期，可能延期到 7 月 5 日
        ## 指标
        | 指标 | 本周 |
        |---|---|
        | 工单处理量 | 1386 单 |
        - 服务可用性 99.95%
        - MySQL 8.0 升级进度70%
        - Kafka 3.7 upgrade on track
        - 巡检清单12 items, 万事俱备
        """;

    internal static PipelineHarness Harness(string endpoint, TempFolder input, params (string Key, string Value)[] extra) =>
        new(Settings(endpoint, input, [("Summarizer:Llm:TimeoutSeconds", "10"), ("Summarizer:Llm:TotalTimeoutSeconds", "30"), .. extra]));

    /// <summary>The platform report written to <paramref name="input"/>, and settings for the model server at <paramref name="endpoint"/>.</summary>
    private static Dictionary<string, string?> Settings(string endpoint, TempFolder input, params (string Key, string Value)[] extra)
    {
        input.Write("2024-W26/platform.md", Report);
        var settings = new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Endpoint"] = endpoint,
            ["Summarizer:Llm:Model"] = "test-model",
            ["Summarizer:Llm:ApiKey"] = "test-key",
            ["Summarizer:Llm:StructuredOutput"] = "false",
            ["Summarizer:Llm:RetryDelaySeconds"] = "0.05",
            ["Summarizer:Llm:PromptsDirectory"] = RepoPaths.Prompts,
        };
        foreach (var (k, v) in extra) settings[k] = v;
        return settings;
    }

    internal static int ContentLineCount => ModelLikeServer.ContentLines(string.Join('\n', Report.Split('\n').Skip(1))).Count();

    [Fact]
    public async Task Run_HarmlessQuirksInEveryQuote_KeepsEveryItemWithTheSourcesOwnCharacters()
    {
        await using var server = await FakeChatServer.StartAsync(ModelLikeServer.Quirky);
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        var llm = outcome.Snapshot.Items.Where(i => i.Engine == "llm").ToList();
        Assert.Equal(ContentLineCount, llm.Count);
        Assert.Empty(outcome.Snapshot.DegradedSections);
        Assert.Equal(0, outcome.DroppedCandidates);
        Assert.Contains(llm, i => i.Source.Quote == "**INC-4821** 支付网关超时，影响 `settlement` 服务");
        Assert.Contains(llm, i => i.Source.Quote == "工单处理量 | 1386 单");
        Assert.All(llm, i => Assert.Contains(i.Source.Quote, Report));
        // JSON mode sends no schema: the prompt itself names every key and shows one example item.
        var extraction = server.Requests.First(r => r.UserContent.Contains("<report_sections>"));
        Assert.Equal("json_object", extraction.Json["response_format"]!["type"]!.GetValue<string>());
        Assert.Contains("exactly these keys: section, kind, summary, quote, severity, metric, delay, incident", extraction.Content(0));
        Assert.Contains("{\"section\": \"S1\", \"kind\": \"metric\"", extraction.Content(0));
    }

    [Fact]
    public async Task Run_InventedScaledNumbers_PublishesNoneAndListsThemAsDropped()
    {
        await using var server = await FakeChatServer.StartAsync(ModelLikeServer.Inventing);
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        // 7 lines write a number (INC-4821, 7 月 5 日, 1386, 99.95, 8.0, 3.7, 12): each got one invented claim.
        Assert.DoesNotContain(outcome.Snapshot.Items, i => i.Metric?.Value >= 1_000_000 || i.Summary.Contains("M 规模", StringComparison.Ordinal));
        Assert.Equal(7, outcome.DroppedCandidates);
        Assert.Equal(ContentLineCount, outcome.Snapshot.Items.Count(i => i.Engine == "llm")); // the faithful ones stay
        Assert.Empty(outcome.Snapshot.DegradedSections);
    }

    [Fact]
    public async Task Run_NumbersInventedInImpactMilestoneReasonOrMetricName_NeverPublished()
    {
        await using var server = await FakeChatServer.StartAsync(r => ModelLikeServer.IsSummary(r) ? ModelLikeServer.Summary("平台组本周整体平稳") : ModelLikeServer.InventingInFacts(r));
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        var llm = outcome.Snapshot.Items.Where(i => i.Engine == "llm").ToList();
        // Impact, milestone and reason only decorate a grounded item: the invented field is left out, the item stays.
        var inc = Assert.Single(llm, i => i.Kind == ItemKind.Incident && i.Source.Quote.Contains("INC-4821"));
        Assert.Null(inc.Incident!.Impact);
        var slip = Assert.Single(llm, i => i.Kind == ItemKind.Delay && i.Source.Quote.Contains("数据库迁移"));
        Assert.Null(slip.Delay!.Milestone);
        Assert.Null(slip.Delay.Reason);
        // Fields whose numbers the quote writes, or that hold no number, are kept.
        Assert.Equal("Kafka 3.7 升级受阻", Assert.Single(llm, i => i.Kind == ItemKind.Incident && i.Source.Quote.Contains("Kafka")).Incident!.Impact);
        var mysql = Assert.Single(llm, i => i.Kind == ItemKind.Delay && i.Source.Quote.Contains("MySQL"));
        Assert.Equal(("MySQL 8.0 升级", "服务中断"), (mysql.Delay!.Milestone, mysql.Delay.Reason));
        // A metric's name says what its value counts: an invented number there drops the whole item, listed with its reason.
        Assert.DoesNotContain(llm, i => i.Kind == ItemKind.Metric && i.Source.Quote.Contains("1386"));
        Assert.Equal(1, outcome.DroppedCandidates);
        // No published text of the model carries 5000, 20万, 3000 or 300万.
        var published = System.Text.Json.JsonSerializer.Serialize(outcome.Snapshot.Items);
        foreach (var invented in new[] { "5000", "20万", "3000", "300万" }) Assert.DoesNotContain(invented, published);
    }

    [Fact]
    public async Task Run_429ThatNeverClears_RetriesMaxRetriesTimesSaysWhatToDoAndMakesNoSummaryCall()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(429, ("Retry-After", "0")));
        using var input = new TempFolder();
        var logs = new CapturedLogs();
        var settings = Settings(server.OpenAIEndpoint, input, ("Summarizer:Llm:MaxConcurrency", "1"));
        await using var h = new PipelineHarness(settings, s => s.AddLogging(b => b.AddProvider(logs)));

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        // One batch at a time: the first asks once and retries MaxRetries (3) times; the endpoint is then known to
        // fail for good, so the other batches and the executive summary make no call.
        Assert.Equal(4, server.Requests.Count);
        Assert.DoesNotContain(server.Requests, ModelLikeServer.IsSummary);
        Assert.NotEmpty(outcome.Snapshot.DegradedSections);
        var line = Assert.Single(logs.Lines, l => l.Contains("429", StringComparison.Ordinal));
        Assert.Contains("kept answering 429 Too Many Requests after 3 retries; lower Summarizer:Llm:MaxConcurrency or raise the quota", line);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public async Task Run_EndpointAnswersOnly503_PollyEventsStayBelowWarningAndTheCallCountsAgree()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(503));
        using var input = new TempFolder();
        var logs = new CapturedLogs(LogLevel.Information);
        // Three teams (one batch each) at once: enough failed attempts together for the circuit breaker to open.
        var settings = Settings(server.OpenAIEndpoint, input, ("Summarizer:Llm:MaxConcurrency", "4"));
        input.Write("2024-W26/payments.md", Report.Replace("平台组", "支付组"));
        input.Write("2024-W26/data.md", Report.Replace("平台组", "数据组"));
        await using var h = new PipelineHarness(settings, s => s.AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Information)));

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm"); // transient 5xx: offline fallback, no exception

        Assert.True(server.Requests.Count >= 6, $"{server.Requests.Count} requests: too few for the circuit to open");
        Assert.DoesNotContain(logs.Lines, l => l.Contains("[Polly]", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal) && !l.StartsWith("Trace", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal));
        var done = Assert.Single(logs.Lines, l => l.Contains("LLM extraction done:", StringComparison.Ordinal));
        Assert.Contains($"LLM extraction done: {server.Requests.Count} calls", done);
        Assert.Equal(server.Requests.Count, outcome.Run.Calls);
        // Each failed batch says what happened in one line: the 503s outlasted the retries, or the circuit opened on them.
        var failed = logs.Lines.Where(l => l.Contains("LLM call failed", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(failed);
        Assert.All(failed, l => Assert.Matches(@"LLM call failed: the model endpoint http://\S+ (kept answering HTTP 503 ServiceUnavailable after 3 retries|failed too often in a row \(circuit open for 30 s\)); check the model server", l));
    }

    [Fact]
    public async Task Run_EveryBatchFailsFor5xx_TheWeekIsLabelledOfflineWithItsDegradedSectionsAndTheRunSaysSo()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(500));
        using var input = new TempFolder();
        await using var h = new PipelineHarness(Settings(server.OpenAIEndpoint, input, ("Summarizer:Llm:MaxConcurrency", "1")));

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        Assert.Equal("offline", outcome.Snapshot.Engine); // not "mixed": no item came from the model
        Assert.NotEmpty(outcome.Snapshot.DegradedSections);
        Assert.NotEmpty(outcome.Snapshot.Items);
        Assert.StartsWith("summarizer: warning: the model failed for all", Summarizer.Host.Cli.RunSummary.ModelFailedWarning(outcome.Snapshot));
    }

    [Fact]
    public async Task Run_ModelAnswersWell_IsLabelledLlmAndNoWarningLine()
    {
        await using var server = await FakeChatServer.StartAsync(r => ModelLikeServer.IsSummary(r) ? ModelLikeServer.Summary("平台组本周整体平稳") : ModelLikeServer.Quirky(r));
        using var input = new TempFolder();
        await using var h = new PipelineHarness(Settings(server.OpenAIEndpoint, input));

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        Assert.Equal("llm", outcome.Snapshot.Engine);
        Assert.Null(Summarizer.Host.Cli.RunSummary.ModelFailedWarning(outcome.Snapshot));
    }

    [Fact]
    public async Task Run_AnswerAndRepairMostlyInvented_FallsBackOfflineAndStillListsTheRefusedItems()
    {
        // Every answer (the first and the repair) quotes one real line and two sentences the report does not hold.
        await using var server = await FakeChatServer.StartAsync(r => ModelLikeServer.IsSummary(r) ? ModelLikeServer.Summary("平台组本周整体平稳") : new FakeReply.Completion(
            ScriptedAnswers.Json(ScriptedAnswers.Sections(r).Keys.SelectMany(label => new[]
            {
                ScriptedAnswers.Item(label, "risk", "服务可用性 99.95%", "服务可用性 99.95%"),
                ScriptedAnswers.Item(label, "risk", "核心交换机宕机", "核心交换机宕机两小时"),
                ScriptedAnswers.Item(label, "risk", "供应商违约", "供应商违约，合同终止"),
            }).ToArray())));
        using var input = new TempFolder();
        await using var h = new PipelineHarness(Settings(server.OpenAIEndpoint, input, ("Summarizer:Llm:MaxConcurrency", "1")));

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        Assert.NotEmpty(outcome.Snapshot.DegradedSections);
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(h.OutDir("2024-W26"), "items.json")))!;
        var dropped = json["dropped"]!.AsArray().Select(d => (Quote: d!["quote"]!.GetValue<string>(), Reason: d["reason"]!.GetValue<string>())).ToList();
        Assert.Contains(dropped, d => d.Quote == "核心交换机宕机两小时" && d.Reason.Contains("quote not found", StringComparison.Ordinal));
        Assert.Contains(dropped, d => d.Quote == "供应商违约，合同终止");
        Assert.True(outcome.DroppedCandidates >= 2, $"{outcome.DroppedCandidates} dropped");
    }

    [Fact]
    public async Task Run_QuoteWithAnAddedFullStopAfterTheSourcesOwnPeriod_PublishesTheSourcesQuoteAndTheSameId()
    {
        const string line = "Release 2.4 shipped to all regions.";
        async Task<ExtractedItem> RunWith(string suffix)
        {
            await using var server = await FakeChatServer.StartAsync(r => ModelLikeServer.IsSummary(r) ? ModelLikeServer.Summary("平台组本周整体平稳") : new FakeReply.Completion(
                ScriptedAnswers.Json(ScriptedAnswers.Sections(r).Where(s => s.Value.Contains(line, StringComparison.Ordinal))
                    .Select(s => ScriptedAnswers.Item(s.Key, "plan", "Release 2.4 shipped", line + suffix)).ToArray())));
            using var input = new TempFolder();
            input.Write("2024-W26/release.md", "# Release team 2024-W26\n## Done\n- " + line + "\n- Kafka 3.7 upgrade on track\n");
            await using var h = new PipelineHarness(Settings(server.OpenAIEndpoint, input)); // the platform report too, answered with no items
            var outcome = await h.RunAsync("2024-W26", input.Path, engine: "llm");
            return Assert.Single(outcome.Snapshot.Items, i => i.Engine == "llm");
        }

        var exact = await RunWith("");
        var quirky = await RunWith("。"); // the model ended the quote with a full stop of its own after the source's "."

        Assert.Equal(line, exact.Source.Quote);
        Assert.Equal(line, quirky.Source.Quote);
        Assert.Equal(exact.Id, quirky.Id);
    }

    [Fact]
    public async Task Run_TypeInsteadOfKind_RepairsOnceThenFallsBackAndIsNotCachedForTheNextRun()
    {
        bool fixedModel = false;
        await using var server = await FakeChatServer.StartAsync(r => fixedModel ? ModelLikeServer.Quirky(r) : ModelLikeServer.TypeInsteadOfKind(r));
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);

        var first = await h.RunAsync("2024-W26", input.Path, engine: "llm");
        int firstCalls = server.Requests.Count(r => r.UserContent.Contains("<report_sections>") || r.Messages.Count > 2);
        fixedModel = true;
        var second = await h.RunAsync("2024-W26", input.Path, engine: "llm");

        Assert.Equal(2, firstCalls); // the answer and one repair
        Assert.NotEmpty(first.Snapshot.DegradedSections);
        Assert.DoesNotContain(first.Snapshot.Items, i => i.Engine == "llm");
        Assert.Empty(second.Snapshot.DegradedSections);
        Assert.Equal(ContentLineCount, second.Snapshot.Items.Count(i => i.Engine == "llm")); // asked again, not the cached failure
    }

    [Fact]
    public async Task Run_EveryAnswerCutOff_CostsAtMostFourTimesAGoodRunsCalls()
    {
        await using var good = await FakeChatServer.StartAsync(ModelLikeServer.Quirky);
        await using var cut = await FakeChatServer.StartAsync(_ => new FakeReply.Completion("{\"items\": [{\"section\": \"S1\", \"kind\": \"risk\", \"summary\": \"数据", "length", CompletionTokens: 4096));
        using var input = new TempFolder();
        var tight = ("Summarizer:Llm:BatchTokenBudget", "200");
        await using (var h = Harness(good.OpenAIEndpoint, input, tight)) await h.RunAsync("2024-W26", input.Path, engine: "llm", noCache: true);
        using var input2 = new TempFolder();
        await using var h2 = Harness(cut.OpenAIEndpoint, input2, tight);

        var outcome = await h2.RunAsync("2024-W26", input2.Path, engine: "llm", noCache: true);

        int goodCalls = good.Requests.Count(r => r.UserContent.Contains("<report_sections>"));
        int cutCalls = cut.Requests.Count(r => r.UserContent.Contains("<report_sections>"));
        Assert.True(cutCalls <= 4 * goodCalls, $"{cutCalls} calls against {goodCalls}");
        Assert.True(cutCalls <= 3 * goodCalls, "one split per cut-off answer");
        Assert.NotEmpty(outcome.Snapshot.DegradedSections);
    }

    [Theory]
    [InlineData(401, "Summarizer:Llm:ApiKey")]
    [InlineData(404, "Summarizer:Llm:Model")]
    public async Task Run_EngineLlmAndEndpointRefusesUs_FailsWithOneLineWithinSecondsAndNoSummaryCall(int status, string setting)
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(status));
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ModelEndpointException>(() => h.RunAsync("2024-W26", input.Path, engine: "llm"));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        Assert.Contains(setting, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Run_EngineAutoAndEndpointRefusesUs_WritesTheOfflineDigestWithoutAnotherCall()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(401));
        using var input = new TempFolder();
        await using var h = Harness(server.OpenAIEndpoint, input);

        var outcome = await h.RunAsync("2024-W26", input.Path, engine: "auto");

        Assert.Equal("offline", outcome.Snapshot.Engine);
        Assert.NotEmpty(outcome.Snapshot.Items);
        Assert.NotEmpty(outcome.Snapshot.DegradedSections);
        Assert.Single(server.Requests); // not the executive summary either
    }
}

/// <summary>Log lines from <c>minimum</c> up, as "Level [category]: message", ending " [with exception]" when one was logged.</summary>
internal sealed class CapturedLogs(Microsoft.Extensions.Logging.LogLevel minimum = Microsoft.Extensions.Logging.LogLevel.Warning) : Microsoft.Extensions.Logging.ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _lines = new();
    private readonly Microsoft.Extensions.Logging.LogLevel _minimum = minimum;

    public IReadOnlyList<string> Lines => _lines.ToList();

    public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLogs owner, string category) : Microsoft.Extensions.Logging.ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= owner._minimum;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) owner._lines.Enqueue($"{logLevel} [{category}]: {formatter(state, exception)}{(exception is null ? "" : " [with exception]")}");
        }
    }
}
