using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Host.Serve;
using Summarizer.Store;

namespace Summarizer.Tests.Api;

/// <summary>
/// The real <c>serve</c> host on Kestrel at a free loopback port, with a SQLite file and an input folder in a fresh
/// temp folder, and three tokens: an analyst and the teams alpha and beta.
/// </summary>
public sealed class ServeHost : IAsyncDisposable
{
    public const string AnalystToken = "analyst-token-7f3a9c1e5b2d4f60";
    public const string AlphaToken = "alpha-team-token-2b8e6d4c0a9f1e37";
    public const string BetaToken = "beta-team-token-5c1f7a3e9d2b6048";
    public const string ChineseTeam = "支付组";
    public const string ChineseTeamToken = "zhifu-team-token-8d4b2f6a1c3e5097";

    private ServeHost(WebApplication app, string root)
    {
        App = app;
        Root = root;
        BaseAddress = new Uri(app.Urls.First());
    }

    public WebApplication App { get; }
    public string Root { get; }
    public Uri BaseAddress { get; }
    public string InputDir => Path.Combine(Root, "reports");
    public IDigestStore Store => App.Services.GetRequiredService<IDigestStore>();

    /// <param name="beforeStart">Runs against the temp folder and the store's connection string before the host starts.</param>
    /// <param name="settings">More configuration flags, e.g. <c>--Summarizer:Http:LoginAttempts=3</c>; they win over the defaults above.</param>
    public static async Task<ServeHost> StartAsync(
        Action<IServiceCollection>? overrides = null, Func<string, string, Task>? beforeStart = null, IEnumerable<string>? settings = null)
    {
        var root = Directory.CreateTempSubdirectory("summarizer-serve-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "reports"));
        var store = $"Data Source={Path.Combine(root, "summarizer.db")}";
        if (beforeStart is not null) await beforeStart(root, store);
        string[] args =
        [
            "--urls", "http://127.0.0.1:0",
            $"--Summarizer:Store={store}",
            $"--Summarizer:Input={Path.Combine(root, "reports")}",
            $"--Summarizer:Output={Path.Combine(root, "out")}",
            $"--Summarizer:Auth:Tokens:{AnalystToken}=analyst",
            $"--Summarizer:Auth:Tokens:{AlphaToken}=team:alpha",
            $"--Summarizer:Auth:Tokens:{BetaToken}=team:beta",
            $"--Summarizer:Auth:Tokens:{ChineseTeamToken}=team:{ChineseTeam}",
            "--Summarizer:Schedule:Enabled=false", // the weekly worker's catch-up run would mix into these tests' runs
            // Many tests sign in and try wrong tokens from 127.0.0.1; the rate limit tests set their own limits.
            "--Summarizer:Http:LoginAttempts=10000",
            "--Summarizer:Http:BearerFailures=10000",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        ];
        var app = SummarizerWebApp.Create([.. args, .. settings ?? []], overrides);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
            throw;
        }
        return new ServeHost(app, root);
    }

    /// <summary>A client for the API; <paramref name="token"/> null sends no Authorization header.</summary>
    public HttpClient Client(string? token)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Writes a report file under the input folder, e.g. <c>2024-W26/alpha.md</c>.</summary>
    public void WriteReport(string relativePath, string text, System.Text.Encoding? encoding = null)
    {
        var path = Path.Combine(InputDir, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, (encoding ?? new System.Text.UTF8Encoding(false)).GetBytes(text));
    }

    /// <summary>Runs <paramref name="week"/> with the offline engine as the analyst and waits (at most 3 minutes) until it succeeds.</summary>
    public async Task RunWeekAsync(string week)
    {
        var analyst = Client(AnalystToken);
        using var started = await analyst.PostAsJsonAsync("/api/runs", new { week, engine = "offline" });
        var runId = (await started.Content.ReadFromJsonAsync<Summarizer.Host.Api.RunStarted>(Summarizer.Digest.SummarizerJson.Options))!.RunId;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Summarizer.Host.Api.RunStatus? run;
        do run = await analyst.GetFromJsonAsync<Summarizer.Host.Api.RunStatus>($"/api/runs/{runId}?wait=10", Summarizer.Digest.SummarizerJson.Options);
        while (run!.State is not (Summarizer.Store.RunState.Succeeded or Summarizer.Store.RunState.Failed) && clock.Elapsed < TimeSpan.FromMinutes(3));
        Assert.True(run.State == Summarizer.Store.RunState.Succeeded, $"run ended {run.State}: {run.Error}");
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Root, recursive: true);
    }
}
