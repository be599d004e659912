using Microsoft.Extensions.Logging;
using Summarizer.Store;

namespace Summarizer.Pipeline;

/// <summary>
/// The one owner of run state: the pipeline, the API's run queue and the week lock change a run only through here.
/// A run goes queued → running → succeeded, failed, cancelled or interrupted; a run stopped by a shutdown goes back
/// to queued (to resume at the next start). An ended run never changes again, so a late writer cannot revive it.
/// </summary>
/// <remarks>The store keeps the records; <see cref="RunRecord.Error"/> says why a run did not succeed, and is cleared
/// when a run (re)starts so a resumed run never shows an earlier attempt's error.</remarks>
public sealed class RunLedger(IDigestStore store, TimeProvider time, ILogger<RunLedger> logger)
{
    /// <summary>True for succeeded, failed, cancelled and interrupted.</summary>
    public static bool HasEnded(RunState state) => state is not (RunState.Queued or RunState.Running);

    /// <summary>Records a new run as queued.</summary>
    public Task<RunRecord> QueueAsync(string week, string engine, string? input, CancellationToken ct) =>
        store.CreateRunAsync(week, engine, input, ct);

    /// <summary>Marks a queued (or resumed) run running with the engine it really uses; clears an earlier attempt's error.</summary>
    /// <exception cref="InvalidOperationException">The run is unknown or has already ended.</exception>
    public async Task<RunRecord> StartAsync(string runId, string engine, CancellationToken ct)
    {
        var run = await store.GetRunAsync(runId, ct) ?? throw new InvalidOperationException($"Run {runId} is not in the store.");
        if (HasEnded(run.State)) throw new InvalidOperationException($"Run {runId} has already ended ({run.State}); start a new run.");
        run = run with { State = RunState.Running, Engine = engine, Error = null, FinishedAt = null };
        await store.UpdateRunAsync(run, ct);
        return run;
    }

    /// <summary>Sections extracted so far, for the API and the pages.</summary>
    public async Task ProgressAsync(string runId, int done, int total, CancellationToken ct)
    {
        if (await store.GetRunAsync(runId, ct) is { State: RunState.Running } run)
            await store.UpdateRunAsync(run with { SectionsDone = done, SectionsTotal = total }, ct);
    }

    /// <summary>Ends a running run as succeeded with its sections and model usage.</summary>
    public async Task<RunRecord> SucceedAsync(string runId, int sections, long promptTokens, long completionTokens, int calls, CancellationToken ct)
    {
        var run = await store.GetRunAsync(runId, ct) ?? throw new InvalidOperationException($"Run {runId} is not in the store.");
        run = run with
        {
            State = RunState.Succeeded, Error = null, FinishedAt = time.GetUtcNow(), SectionsDone = sections, SectionsTotal = sections,
            PromptTokens = promptTokens, CompletionTokens = completionTokens, Calls = calls,
        };
        await store.UpdateRunAsync(run, ct);
        return run;
    }

    /// <summary>Ends a run that went wrong; <paramref name="error"/> is one line a person can act on.</summary>
    public Task<RunRecord?> FailAsync(string runId, string error) => EndAsync(runId, RunState.Failed, error);

    /// <summary>Ends a run someone stopped (Ctrl+C, a cancelled request) before it finished.</summary>
    public Task<RunRecord?> CancelAsync(string runId, string reason) => EndAsync(runId, RunState.Cancelled, reason);

    /// <summary>Ends a run whose process died (kill -9, a crash) while it ran.</summary>
    public Task<RunRecord?> InterruptAsync(string runId, string reason) => EndAsync(runId, RunState.Interrupted, reason);

    /// <summary>
    /// Puts a run stopped by a shutdown back in the queue (also when the pipeline already recorded the cancellation):
    /// the shutdown was no fault of the run, which resumes at the next start from its checkpoints.
    /// </summary>
    public async Task<RunRecord?> RequeueAsync(string runId, string reason)
    {
        var run = await store.GetRunAsync(runId, CancellationToken.None);
        if (run is null || run.State is RunState.Succeeded or RunState.Failed or RunState.Interrupted) return run;
        run = run with { State = RunState.Queued, Error = reason, FinishedAt = null };
        await store.UpdateRunAsync(run, CancellationToken.None);
        return run;
    }

    /// <summary>
    /// At start: every run recorded as running whose process is gone — its week lock has lapsed, is held for another
    /// run, or names a process of this machine that no longer exists — is marked interrupted. Returns how many.
    /// </summary>
    public async Task<int> InterruptDeadRunsAsync(CancellationToken ct)
    {
        int count = 0;
        foreach (var run in (await store.ListRunsAsync(null, 500, ct)).Where(r => r.State == RunState.Running))
        {
            var holder = await store.GetWeekLockHolderAsync(run.Week, ct);
            var alive = holder is not null && WeekLock.RunOf(holder) == run.RunId && !WeekLock.IsGoneLocalProcess(holder);
            if (alive) continue;
            await InterruptAsync(run.RunId, "interrupted: the process running it ended (killed or crashed); start the week again to resume from its checkpoints");
            count++;
        }
        if (count > 0) logger.LogWarning("Marked {Count} run(s) of ended processes as interrupted", count);
        return count;
    }

    private async Task<RunRecord?> EndAsync(string runId, RunState state, string reason)
    {
        var run = await store.GetRunAsync(runId, CancellationToken.None);
        if (run is null || HasEnded(run.State)) return run;
        run = run with { State = state, Error = reason, FinishedAt = time.GetUtcNow() };
        await store.UpdateRunAsync(run, CancellationToken.None);
        logger.LogInformation("Run {RunId} of {Week} ended {State}: {Reason}", runId, run.Week, state, reason);
        return run;
    }
}
