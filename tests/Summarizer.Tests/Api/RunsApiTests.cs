using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.Digest;
using Summarizer.Extraction;
using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Tests.Api;

/// <summary>Runs started through the API go queued → running → succeeded/failed through the real pipeline and store.</summary>
public sealed class RunsApiTests : IAsyncLifetime
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    private ServeHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task StartRun_Analyst_Returns202AndRunSucceeds()
    {
        _host.WriteReport($"{ApiTestData.Week}/alpha.md", ApiTestData.AlphaReport);
        _host.WriteReport($"{ApiTestData.Week}/beta.md", ApiTestData.BetaReport);
        var client = _host.Client(ServeHost.AnalystToken);

        using var response = await client.PostAsJsonAsync("/api/runs", new { week = ApiTestData.Week, engine = "offline" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<RunStarted>(SummarizerJson.Options);
        Assert.Equal($"/api/runs/{started!.RunId}", response.Headers.Location!.OriginalString);
        var run = await WaitForEndAsync(client, started.RunId);
        Assert.True(run.State == RunState.Succeeded, $"run ended {run.State}: {run.Error}");
        Assert.Equal(run.Progress.SectionsTotal, run.Progress.SectionsDone);
        Assert.Contains(ApiTestData.Week, await client.GetStringAsync("/api/weeks"));
        using var digest = await client.GetAsync($"/api/weeks/{ApiTestData.Week}/digest");
        Assert.Equal(HttpStatusCode.OK, digest.StatusCode);
        var listed = await client.GetFromJsonAsync<List<RunStatus>>($"/api/runs?week={ApiTestData.Week}", SummarizerJson.Options);
        Assert.Equal(started.RunId, Assert.Single(listed!).RunId);
    }

    [Fact]
    public async Task StartRun_NoReportsForWeek_EndsFailedWithReason()
    {
        var client = _host.Client(ServeHost.AnalystToken);
        using var response = await client.PostAsJsonAsync("/api/runs", new { week = "2024-W30" });
        var started = await response.Content.ReadFromJsonAsync<RunStarted>(SummarizerJson.Options);

        var run = await WaitForEndAsync(client, started!.RunId);

        Assert.Equal(RunState.Failed, run.State);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
        Assert.NotNull(run.FinishedAt);
    }

    [Theory]
    [InlineData("../outside", "input")]
    [InlineData("/etc", "input")]
    [InlineData("no-such-folder", "input")]
    public async Task StartRun_InputOutsideRootOrMissing_Returns400AndRecordsNoRun(string input, string field)
    {
        using var response = await _host.Client(ServeHost.AnalystToken).PostAsJsonAsync("/api/runs", new { week = ApiTestData.Week, input });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
        Assert.Empty(await _host.Store.ListRunsAsync());
    }

    [Theory]
    [InlineData("{\"week\":\"June\"}", "week")]
    [InlineData("{\"week\":\"2024-W26\",\"engine\":\"gpt\"}", "engine")]
    public async Task StartRun_BadWeekOrEngine_Returns400(string body, string field)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await _host.Client(ServeHost.AnalystToken).PostAsync("/api/runs", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Start_RunLeftQueuedByAnEarlierProcess_IsPickedUpAndSucceeds()
    {
        string? runId = null;
        await using var host = await ServeHost.StartAsync(beforeStart: async (root, connection) =>
        {
            var store = StoreFactory.Create(connection);
            await store.InitializeAsync();
            var reports = Path.Combine(root, "reports", ApiTestData.Week);
            Directory.CreateDirectory(reports);
            await File.WriteAllTextAsync(Path.Combine(reports, "alpha.md"), ApiTestData.AlphaReport);
            runId = (await store.CreateRunAsync(ApiTestData.Week, "offline", Path.Combine(root, "reports"))).RunId;
        });

        var run = await WaitForEndAsync(host.Client(ServeHost.AnalystToken), runId!);

        Assert.True(run.State == RunState.Succeeded, $"run ended {run.State}: {run.Error}");
    }

    [Fact]
    public async Task Stop_RunInFlight_IsQueuedAgainForTheNextStart()
    {
        var stalled = new StalledExtractor();
        var host = await ServeHost.StartAsync(s =>
        {
            s.RemoveAll<IItemExtractor>();
            s.AddSingleton<IItemExtractor>(stalled);
        });
        try
        {
            host.WriteReport($"{ApiTestData.Week}/alpha.md", ApiTestData.AlphaReport);
            using var response = await host.Client(ServeHost.AnalystToken).PostAsJsonAsync("/api/runs", new { week = ApiTestData.Week, engine = "offline" });
            var started = await response.Content.ReadFromJsonAsync<RunStarted>(SummarizerJson.Options);
            await stalled.Started.Task.WaitAsync(Deadline);

            await host.App.StopAsync();

            var run = await host.Store.GetRunAsync(started!.RunId);
            Assert.Equal(RunState.Queued, run!.State);
            Assert.Contains("resumes at the next start", run.Error);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task GetRun_Unknown_Returns404()
    {
        using var response = await _host.Client(ServeHost.AnalystToken).GetAsync("/api/runs/no-such-run");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Long-polls <c>?wait=</c> until the run ends; bounded by <see cref="Deadline"/>.</summary>
    private static async Task<RunStatus> WaitForEndAsync(HttpClient client, string runId)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var run = await client.GetFromJsonAsync<RunStatus>($"/api/runs/{runId}?wait=10", SummarizerJson.Options);
            if (run!.State is RunState.Succeeded or RunState.Failed) return run;
            Assert.True(clock.Elapsed < Deadline, $"run {runId} still {run.State} after {Deadline}");
        }
    }
}
