using System.Net;
using System.Net.Http.Json;
using Summarizer.Digest;
using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Tests.Api;

/// <summary><c>POST /api/runs</c> with <c>input</c> naming a folder that holds some of the week's teams leaves the other teams whole.</summary>
public sealed class PartialRunApiTests : IAsyncLifetime
{
    private ServeHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task InputSubfolderWithOneTeam_AfterFullRun_KeepsTheOtherTeamsItemsAndDigest()
    {
        _host.WriteReport($"{ApiTestData.Week}/alpha.md", ApiTestData.AlphaReport);
        _host.WriteReport($"{ApiTestData.Week}/beta.md", ApiTestData.BetaReport);
        _host.WriteReport($"{ApiTestData.Week}/alpha-late/alpha.md", ApiTestData.AlphaReport);
        var analyst = _host.Client(ServeHost.AnalystToken);
        await RunAsync(analyst, new { week = ApiTestData.Week, engine = "offline" });
        var before = await _host.Store.GetItemsAsync(new ItemQuery(ApiTestData.Week, "beta"));
        Assert.NotEmpty(before);

        await RunAsync(analyst, new { week = ApiTestData.Week, engine = "offline", input = $"{ApiTestData.Week}/alpha-late" });

        var after = await _host.Store.GetItemsAsync(new ItemQuery(ApiTestData.Week, "beta"));
        Assert.Equal(before.Select(i => (i.Id, i.Summary)), after.Select(i => (i.Id, i.Summary)));
        Assert.NotEmpty(await _host.Store.GetItemsAsync(new ItemQuery(ApiTestData.Week, "alpha")));
        var digest = await analyst.GetStringAsync($"/api/weeks/{ApiTestData.Week}/digest");
        Assert.Contains(before[0].Summary, digest);
        Assert.Equal(["alpha", "beta"], (await _host.Store.GetWeekAsync(ApiTestData.Week))!.Reports.Select(r => r.Team).Order());
    }

    private static async Task RunAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/runs", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var started = await response.Content.ReadFromJsonAsync<RunStarted>(SummarizerJson.Options);
        var run = await client.GetFromJsonAsync<RunStatus>($"/api/runs/{started!.RunId}?wait=60", SummarizerJson.Options);
        Assert.True(run!.State == RunState.Succeeded, $"run ended {run.State}: {run.Error}");
    }
}
