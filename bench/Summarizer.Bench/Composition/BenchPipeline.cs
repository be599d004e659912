using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Summarizer.AI;
using Summarizer.AI.Extraction;
using Summarizer.Host.Composition;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Bench.Composition;

/// <summary>The host's own composition over a fresh SQLite file in a folder of the bench's own.</summary>
public sealed class BenchPipeline : IAsyncDisposable
{
    private readonly string _folder;

    private BenchPipeline(string folder, ServiceProvider services, OneLineLoggerProvider log)
    {
        _folder = folder;
        Services = services;
        Log = log;
    }

    /// <summary>Warnings and errors logged so far.</summary>
    public OneLineLoggerProvider Log { get; }

    public ServiceProvider Services { get; }
    public IDigestStore Store => Services.GetRequiredService<IDigestStore>();
    public string OutDir => Path.Combine(_folder, "out");

    public static async Task<BenchPipeline> CreateAsync(IDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("summarizer-bench-store-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Summarizer:Store"] = $"Data Source={Path.Combine(folder, "summarizer.db")}",
            ["Summarizer:Output"] = Path.Combine(folder, "out"),
            ["Summarizer:Llm:PromptsDirectory"] = Path.Combine(Reporting.ResultsFile.RepoRoot(), "prompts"),
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) values[k] = v;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        var log = new OneLineLoggerProvider();
        services.AddLogging(b => b.ClearProviders().AddProvider(log).SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.SemanticKernel", LogLevel.None)); // its failures are logged again, once, by the engine
        services.AddSummarizer(configuration);
        // The host may already wire the LLM engine; add it only where it does not yet.
        if (!services.Any(d => d.ServiceType == typeof(LlmItemExtractor))) services.AddLlmEngine(configuration);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IDigestStore>().InitializeAsync();
        return new BenchPipeline(folder, provider, log);
    }

    /// <summary>Runs a week and times each stage of it.</summary>
    public async Task<(RunOutcome Outcome, StageClock Stages)> RunAsync(string input, IsoWeek week, string engine, bool noCache = false)
    {
        var clock = new StageClock();
        var outcome = await Services.GetRequiredService<DigestPipeline>().RunAsync(new RunRequest
        {
            InputDir = input, Week = week, Engine = engine, NoCache = noCache, OutDir = Path.Combine(OutDir, week.ToString()),
        }, progress: clock);
        clock.Stop();
        return (outcome, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
