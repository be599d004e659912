using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.AI.Extraction;
using Summarizer.Extraction;
using static Summarizer.Tests.AI.LlmItemExtractorTests;

namespace Summarizer.Tests.AI;

/// <summary>What the engine does when the service misbehaves: every case over real HTTP to a loopback server.</summary>
public sealed class LlmResilienceTests
{
    private readonly CancellationToken Ct = new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token;
    private static readonly IReadOnlyList<ReportSection> Units = TestReports.Units(TestReports.Platform);

    [Fact]
    public async Task ExtractAsync_Persistent500_RetriesThenFallsBackOfflineMarkedDegraded()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(500));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => s["Summarizer:Llm:MaxRetries"] = "2");
        var stats = new LlmRunStats();

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, stats, Ct));

        Assert.Equal(3, server.Requests.Count); // first attempt + 2 retries
        var offline = sp.GetRequiredService<OfflineExtractor>();
        var sent = Units.Where(u => !SectionBatcher.IsBlank(u)).ToList();
        Assert.All(results.Where(r => sent.Any(u => u.Id == r.SectionId)), r => Assert.True(r.Degraded));
        Assert.Equal(sent.SelectMany(offline.Extract), results.SelectMany(r => r.Candidates));
        Assert.Equal(sent.Count, stats.DegradedSections);
    }

    [Fact]
    public async Task ExtractAsync_ServerHangsPastAttemptTimeout_GivesUpWithinTheBudgetAndFallsBack()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Hang());
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s =>
        {
            s["Summarizer:Llm:TimeoutSeconds"] = "0.5";
            s["Summarizer:Llm:MaxRetries"] = "1";
            s["Summarizer:Llm:TotalTimeoutSeconds"] = "3";
        });
        var clock = Stopwatch.StartNew();

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(results, r => r.Degraded);
    }

    [Fact]
    public async Task ExtractAsync_CallerCancels_AbortsTheCallInFlightPromptly()
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await FakeChatServer.StartAsync(_ => { received.TrySetResult(); return Task.FromResult<FakeReply>(new FakeReply.Hang()); });
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => { s["Summarizer:Llm:TimeoutSeconds"] = "60"; s["Summarizer:Llm:TotalTimeoutSeconds"] = "120"; });
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var clock = Stopwatch.StartNew();

        var run = Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, cancel.Token));
        await received.Task.WaitAsync(Ct);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task ExtractAsync_ConnectionRefused_EndsWithOneLineNamingTheEndpointSettingWithinSecondsAndNoFurtherCall()
    {
        var dead = new TcpListener(IPAddress.Loopback, 0);
        dead.Start();
        int port = ((IPEndPoint)dead.LocalEndpoint).Port;
        dead.Stop(); // nothing listens there now: connections are refused
        await using var sp = LlmTestHost.Create($"http://127.0.0.1:{port}/v1", s =>
        {
            s["Summarizer:Llm:MaxConcurrency"] = "1";
            s["Summarizer:Llm:BatchTokenBudget"] = "200";
            s["Summarizer:Llm:MaxRetries"] = "2";
            s["Summarizer:Llm:RetryDelaySeconds"] = "2";
        });
        var stats = new LlmRunStats();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ModelEndpointException>(() => Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, stats, Ct)));

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5)); // refused is not retried: 2 s back-offs never ran
        Assert.Contains("connection refused", error.Message);
        Assert.Contains("Summarizer:Llm:Endpoint", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(0, stats.Usage.Calls);
    }

    [Fact]
    public async Task ExtractAsync_400ForOneBatch_OnlyThatBatchFallsBackAndOthersStillUseTheLlm()
    {
        await using var server = await FakeChatServer.StartAsync(r => r.UserContent.Contains("风险")
            ? new FakeReply.Status(400)
            : ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => { s["Summarizer:Llm:MaxConcurrency"] = "1"; s["Summarizer:Llm:BatchTokenBudget"] = "200"; });
        var stats = new LlmRunStats();

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, stats, Ct));

        Assert.Equal(stats.Batches, server.Requests.Count); // a 400 is not retried, and later batches are still sent
        Assert.Equal(0, stats.SkippedBatches);
        Assert.Contains(results, r => r.Degraded);
        Assert.Contains(results, r => !r.Degraded && r.Candidates.Count > 0);
    }

    [Theory]
    [InlineData(401, "Summarizer:Llm:ApiKey")]
    [InlineData(403, "Summarizer:Llm:ApiKey")]
    [InlineData(404, "Summarizer:Llm:Model")]
    public async Task ExtractAsync_EndpointRefusesUs_EndsAfterOneRequestWithOneLineNamingTheSetting(int status, string setting)
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(status));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => { s["Summarizer:Llm:MaxConcurrency"] = "1"; s["Summarizer:Llm:BatchTokenBudget"] = "200"; });

        var error = await Assert.ThrowsAsync<ModelEndpointException>(() => Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct)));

        Assert.Single(server.Requests); // no call after the endpoint is known to refuse us
        Assert.Contains($"HTTP {status}", error.Message);
        Assert.Contains(setting, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task ExtractAsync_MalformedJsonThenRepaired_SendsOneRepairWithTheErrorAndUsesIt()
    {
        await using var server = await FakeChatServer.StartAsync(r => r.Index == 1
            ? new FakeReply.Completion("{\"items\": [{\"kind\": \"risk\", \"summary\": ")
            : ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint);
        var stats = new LlmRunStats();

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, stats, Ct));

        Assert.Equal(2, server.Requests.Count);
        var repair = server.Requests[1];
        Assert.Equal(["system", "user", "assistant", "user"], repair.Messages.Select(m => m!["role"]!.GetValue<string>()));
        Assert.Equal("{\"items\": [{\"kind\": \"risk\", \"summary\":", repair.Content(2));
        Assert.Contains("could not be used: it is not valid JSON", repair.Content(3));
        Assert.Equal(server.Requests[0].Content(1), repair.Content(1));
        Assert.Equal(3, results.Sum(r => r.Candidates.Count));
        Assert.All(results, r => Assert.False(r.Degraded));
        Assert.Equal(2, stats.Usage.Calls);
    }

    [Fact]
    public async Task ExtractAsync_MalformedTwice_FallsBackOfflineAfterOneRepair()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Completion("Sure! Here are the items: risk, delay."));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint);

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct));

        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(Units.Count(u => !SectionBatcher.IsBlank(u)), results.Count(r => r.Degraded));
    }

    [Fact]
    public async Task ExtractAsync_AnswerCutOff_SplitsTheBatchAndAsksAgain()
    {
        await using var server = await FakeChatServer.StartAsync(r => r.Index == 1
            ? new FakeReply.Completion("{\"items\": [{\"section\": \"S2\", \"kind\": \"risk\", \"summary\": \"数据库", "length")
            : ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint);
        var stats = new LlmRunStats();

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, stats, Ct));

        var first = ScriptedAnswers.Sections(server.Requests[0]).Values.ToList();
        Assert.Equal(3, server.Requests.Count);
        var halves = server.Requests.Skip(1).Select(r => ScriptedAnswers.Sections(r).Values.ToList()).ToList();
        Assert.Equal(first, halves[0].Concat(halves[1]));
        Assert.All(halves, h => Assert.NotEmpty(h));
        Assert.Equal(3, results.Sum(r => r.Candidates.Count));
        Assert.All(results, r => Assert.False(r.Degraded));
        Assert.Equal(3, stats.Usage.Calls);
    }

    [Fact]
    public async Task ExtractAsync_OneLineAnswerAlwaysCutOff_FallsBackOfflineForThatSection()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Completion("{\"items\": [", "length"));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint);
        var units = TestReports.Units("# 风险\n- 数据库迁移依赖 DBA 排期，可能延期到 7 月 5 日。");

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(units, Ct));

        // heading line + one line: one split into two one-line halves, each cut off again → offline
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(units.Count, results.Count);
        Assert.Equal(3, Assert.Single(results, r => r.Degraded).Usage!.Calls);
    }

    [Fact]
    public async Task ExtractAsync_AzureProvider_CallsTheDeploymentPathWithApiVersionAndKey()
    {
        await using var server = await FakeChatServer.StartAsync(r => ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.BaseAddress, s =>
        {
            s["Summarizer:Llm:Provider"] = "AzureOpenAI";
            s["Summarizer:Llm:Model"] = "digest-deployment";
            s["Summarizer:Llm:ApiKey"] = "azure-key";
        });

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct));

        var request = Assert.Single(server.Requests);
        Assert.Equal("/openai/deployments/digest-deployment/chat/completions", request.Path);
        Assert.Matches(@"api-version=\d{4}-\d{2}-\d{2}", request.Query);
        Assert.Equal("azure-key", request.Headers["api-key"]);
        Assert.Equal(4096, request.Json["max_tokens"]!.GetValue<int>());
        Assert.Equal("json_schema", request.Json["response_format"]!["type"]!.GetValue<string>());
        Assert.Equal(3, results.Sum(r => r.Candidates.Count));
    }

    [Fact]
    public async Task ExtractAsync_StructuredOutputOff_AsksForJsonObjectWithTheTemplatesSettings()
    {
        await using var server = await FakeChatServer.StartAsync(r => ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => { s["Summarizer:Llm:StructuredOutput"] = "false"; s["Summarizer:Llm:ApiKey"] = ""; });

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct));

        var request = Assert.Single(server.Requests);
        Assert.Equal("json_object", request.Json["response_format"]!["type"]!.GetValue<string>());
        Assert.Equal(0, request.Json["temperature"]!.GetValue<double>());
        Assert.Equal(3, results.Sum(r => r.Candidates.Count));
    }
}
