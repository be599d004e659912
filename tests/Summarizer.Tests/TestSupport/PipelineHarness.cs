using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summarizer.Host.Composition;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Tests.TestSupport;

/// <summary>The host's real composition over a SQLite file and an output folder of the test's own.</summary>
public sealed class PipelineHarness : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    public ServiceProvider Services { get; }
    public string StorePath => Path.Combine(_folder.Path, "summarizer.db");
    public string OutDir(string week) => Path.Combine(_folder.Path, "out", week);

    public PipelineHarness(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Summarizer:Store"] = $"Data Source={StorePath}",
            ["Summarizer:Output"] = Path.Combine(_folder.Path, "out"),
            ["Summarizer:Input"] = RepoPaths.Samples,
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSummarizer(configuration);
        configure?.Invoke(services);
        Services = services.BuildServiceProvider();
        Services.GetRequiredService<IDigestStore>().InitializeAsync().GetAwaiter().GetResult();
    }

    public IDigestStore Store => Services.GetRequiredService<IDigestStore>();

    public Task<RunOutcome> RunAsync(string week, string? input = null, string engine = "offline", bool noCache = false,
        IProgress<RunProgress>? progress = null) =>
        Services.GetRequiredService<DigestPipeline>().RunAsync(new RunRequest
        {
            InputDir = input ?? RepoPaths.Samples,
            Week = IsoWeek.Parse(week),
            Engine = engine,
            NoCache = noCache,
        }, progress: progress);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
