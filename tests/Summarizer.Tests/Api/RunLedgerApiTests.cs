using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Summarizer.Digest;
using Summarizer.Host.Api;
using Summarizer.Pipeline;
using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Api;

/// <summary>Run state as <c>serve</c> shows it: runs of dead processes, runs resumed after a shutdown, engines that cannot run.</summary>
public sealed class RunLedgerApiTests
{
    [Fact]
    public async Task Start_RunLeftRunningByAKilledProcess_IsMarkedInterrupted()
    {
        string? runId = null;
        await using var host = await ServeHost.StartAsync(beforeStart: async (root, connection) =>
        {
            var store = StoreFactory.Create(connection);
            await store.InitializeAsync();
            var run = await store.CreateRunAsync(ApiTestData.Week, "offline", null);
            await store.UpdateRunAsync(run with { State = RunState.Running, SectionsDone = 3, SectionsTotal = 9 });
            await store.TryLockWeekAsync(ApiTestData.Week, $"{Environment.MachineName}/{await DeadProcess.IdAsync()}/{run.RunId}", TimeSpan.FromHours(1));
            runId = run.RunId;
        });

        var status = await host.Client(ServeHost.AnalystToken).GetFromJsonAsync<RunStatus>($"/api/runs/{runId}", SummarizerJson.Options);

        Assert.Equal(RunState.Interrupted, status!.State);
        Assert.NotNull(status.FinishedAt);
        Assert.Contains("process running it ended", status.Error);
    }

    [Fact]
    public async Task Start_RunQueuedAgainAfterAShutdown_SucceedsWithoutTheShutdownError()
    {
        string? runId = null;
        await using var host = await ServeHost.StartAsync(beforeStart: async (root, connection) =>
        {
            var store = StoreFactory.Create(connection);
            await store.InitializeAsync();
            var reports = Directory.CreateDirectory(Path.Combine(root, "reports", ApiTestData.Week)).FullName;
            await File.WriteAllTextAsync(Path.Combine(reports, "alpha.md"), ApiTestData.AlphaReport);
            var run = await store.CreateRunAsync(ApiTestData.Week, "offline", Path.Combine(root, "reports"));
            await store.UpdateRunAsync(run with { Error = "Interrupted by a shutdown; resumes at the next start." });
            runId = run.RunId;
        });

        var status = await WaitForEndAsync(host.Client(ServeHost.AnalystToken), runId!);

        Assert.Equal(RunState.Succeeded, status.State);
        Assert.Null(status.Error);
    }

    [Fact]
    public async Task StartRun_LlmWithoutEndpoint_Returns400AndRecordsNoRun()
    {
        await using var host = await ServeHost.StartAsync();
        using var response = await host.Client(ServeHost.AnalystToken).PostAsJsonAsync("/api/runs", new { week = ApiTestData.Week, engine = "llm" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Summarizer:Llm:Endpoint", await response.Content.ReadAsStringAsync());
        Assert.Empty(await host.Store.ListRunsAsync());
    }

    private static async Task<RunStatus> WaitForEndAsync(HttpClient client, string runId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var run = await client.GetFromJsonAsync<RunStatus>($"/api/runs/{runId}?wait=10", SummarizerJson.Options);
            if (RunLedger.HasEnded(run!.State)) return run;
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"run {runId} still {run.State}");
        }
    }
}
