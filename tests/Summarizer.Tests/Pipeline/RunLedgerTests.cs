using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Extraction;
using Summarizer.Pipeline;
using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

/// <summary>One owner of run state: queued → running → succeeded / failed / cancelled / interrupted, and the week lock freed however a run ends.</summary>
public sealed class RunLedgerTests : IDisposable
{
    private const string Week = "2024-W26";
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 6, 28, 9, 0, 0, TimeSpan.Zero));
    private readonly IDigestStore _store;
    private readonly RunLedger _ledger;

    public RunLedgerTests()
    {
        _store = StoreFactory.Create($"Data Source={Path.Combine(_folder.Path, "s.db")}", _time);
        _store.InitializeAsync().GetAwaiter().GetResult();
        _ledger = new RunLedger(_store, _time, NullLogger<RunLedger>.Instance);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task InterruptDeadRunsAsync_RunOfAKilledProcess_IsInterruptedAndALiveOneIsNot()
    {
        var killed = await RunningAsync();
        await _store.TryLockWeekAsync(Week, $"{Environment.MachineName}/{await DeadProcess.IdAsync()}/{killed.RunId}", TimeSpan.FromHours(1));
        var live = await RunningAsync("2024-W27");
        await using var liveLock = await _store.TryLockWeekAsync("2024-W27", $"{Environment.MachineName}/{Environment.ProcessId}/{live.RunId}", TimeSpan.FromHours(1));
        var lapsed = await RunningAsync("2024-W28"); // no lock at all: its lease ran out long ago

        Assert.Equal(2, await _ledger.InterruptDeadRunsAsync(CancellationToken.None));

        var dead = await _store.GetRunAsync(killed.RunId);
        Assert.Equal((RunState.Interrupted, _time.GetUtcNow()), (dead!.State, dead.FinishedAt));
        Assert.Contains("process running it ended", dead.Error);
        Assert.Equal(RunState.Interrupted, (await _store.GetRunAsync(lapsed.RunId))!.State);
        Assert.Equal(RunState.Running, (await _store.GetRunAsync(live.RunId))!.State);
    }

    [Fact]
    public async Task EndedRun_NeverChangesAgain()
    {
        var run = await RunningAsync();
        await _ledger.FailAsync(run.RunId, "boom");
        await _ledger.CancelAsync(run.RunId, "late cancel");
        await _ledger.RequeueAsync(run.RunId, "shutdown");

        var stored = await _store.GetRunAsync(run.RunId);
        Assert.Equal((RunState.Failed, "boom"), (stored!.State, stored.Error));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _ledger.StartAsync(run.RunId, "offline", CancellationToken.None));
    }

    [Fact]
    public async Task StartAsync_RequeuedAfterShutdown_ClearsTheShutdownNote()
    {
        var run = await RunningAsync();
        await _ledger.CancelAsync(run.RunId, "cancelled");
        var queued = await _ledger.RequeueAsync(run.RunId, "Interrupted by a shutdown; resumes at the next start.");
        Assert.Equal(RunState.Queued, queued!.State);

        var resumed = await _ledger.StartAsync(run.RunId, "offline", CancellationToken.None);

        Assert.Equal(RunState.Running, resumed.State);
        Assert.Null(resumed.Error);
        Assert.Null((await _store.GetRunAsync(run.RunId))!.Error);
    }

    [Fact]
    public async Task Pipeline_FailedRun_ReleasesItsWeekLockAndTheNextRunSucceeds()
    {
        var engine = new FailingOnceExtractor();
        await using var harness = new PipelineHarness(configure: s => ReplaceOffline(s, engine));

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.RunAsync(Week));

        var failed = Assert.Single(await harness.Store.ListRunsAsync(Week));
        Assert.Equal(RunState.Failed, failed.State);
        Assert.Contains("extractor broke", failed.Error);
        Assert.Null(await harness.Store.GetWeekLockHolderAsync(Week));
        var next = await harness.RunAsync(Week);
        Assert.Equal(RunState.Succeeded, next.Run.State);
        Assert.Null(next.Run.Error);
    }

    [Fact]
    public async Task Pipeline_CancelledRun_IsCancelledAndReleasesItsWeekLock()
    {
        var stalled = new Api.StalledExtractor();
        await using var harness = new PipelineHarness(configure: s => ReplaceOffline(s, stalled));
        using var cts = new CancellationTokenSource();
        var pipeline = harness.Services.GetRequiredService<DigestPipeline>();
        var running = pipeline.RunAsync(new RunRequest { InputDir = RepoPaths.Samples, Week = IsoWeek.Parse(Week), Engine = "offline" }, ct: cts.Token);
        await stalled.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal(RunState.Running, Assert.Single(await harness.Store.ListRunsAsync(Week)).State);

        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);

        var run = Assert.Single(await harness.Store.ListRunsAsync(Week));
        Assert.Equal(RunState.Cancelled, run.State);
        Assert.NotNull(run.FinishedAt);
        Assert.Null(await harness.Store.GetWeekLockHolderAsync(Week));
    }

    [Fact]
    public async Task Pipeline_LlmWithoutEndpoint_IsRefusedBeforeAnyRunIsRecorded()
    {
        await using var harness = new PipelineHarness();
        var error = await Assert.ThrowsAsync<ConfigurationException>(() => harness.RunAsync(Week, engine: "llm"));
        Assert.Contains("Summarizer:Llm:Endpoint", error.Message);
        Assert.Empty(await harness.Store.ListRunsAsync());
    }

    private async Task<RunRecord> RunningAsync(string week = Week)
    {
        var run = await _ledger.QueueAsync(week, "offline", null, CancellationToken.None);
        return await _ledger.StartAsync(run.RunId, "offline", CancellationToken.None);
    }

    private static void ReplaceOffline(IServiceCollection services, IItemExtractor engine)
    {
        services.RemoveAll<IItemExtractor>();
        services.AddSingleton(engine);
    }

    /// <summary>The offline engine, except that its first run throws.</summary>
    private sealed class FailingOnceExtractor : IItemExtractor
    {
        private readonly OfflineExtractor _inner = new();
        private int _calls;

        public string Engine => OfflineExtractor.EngineName;
        public string Version => _inner.Version;

        public async IAsyncEnumerable<SectionExtraction> ExtractAsync(IReadOnlyList<ReportSection> units, [EnumeratorCancellation] CancellationToken ct)
        {
            if (Interlocked.Increment(ref _calls) == 1) throw new InvalidOperationException("extractor broke");
            await foreach (var s in _inner.ExtractAsync(units, ct)) yield return s;
        }
    }
}
