using System.Collections.Concurrent;
using System.Threading.Channels;
using Summarizer.Host.Api;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Serve;

/// <summary>
/// Runs the weeks the API asked for, one at a time, in the background. The run record in the store is the truth
/// (queued → running → succeeded/failed); runs still queued when the service starts are picked up again.
/// </summary>
public sealed class RunQueue(
    IDigestStore store,
    IServiceScopeFactory scopes,
    RunProgressBoard progress,
    InputRoot inputRoot,
    TimeProvider time,
    ILogger<RunQueue> logger) : BackgroundService
{
    private readonly Channel<string> _channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, TaskCompletionSource<RunRecord>> _pending = new(StringComparer.Ordinal);

    /// <summary>Queues a run already recorded as queued. Queuing the same run twice runs it once.</summary>
    public void Enqueue(string runId)
    {
        if (_pending.TryAdd(runId, new TaskCompletionSource<RunRecord>(TaskCreationOptions.RunContinuationsAsynchronously)))
            _channel.Writer.TryWrite(runId);
    }

    /// <summary>Waits until a run of this process finishes or the timeout passes; returns at once for runs not in flight here.</summary>
    public async Task WaitAsync(string runId, TimeSpan timeout, CancellationToken ct)
    {
        if (!_pending.TryGetValue(runId, out var done) || timeout <= TimeSpan.Zero) return;
        try { await done.Task.WaitAsync(timeout, time, ct); }
        catch (TimeoutException) { /* the caller reports the current state */ }
    }

    /// <summary>Queues the runs left queued by an earlier process before the host reports started.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RequeueLeftoversAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var runId in _channel.Reader.ReadAllAsync(stoppingToken))
        {
            RunRecord? final = null;
            try { final = await RunOneAsync(runId, stoppingToken); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { final = await RequeueInterruptedAsync(runId); }
            catch (Exception ex) { final = await MarkFailedAsync(runId, ex); }
            finally
            {
                progress.Clear(runId);
                if (_pending.TryRemove(runId, out var done))
                {
                    if (final is not null) done.TrySetResult(final);
                    else done.TrySetCanceled(CancellationToken.None);
                }
            }
        }
    }

    private async Task<RunRecord?> RunOneAsync(string runId, CancellationToken ct)
    {
        var run = await store.GetRunAsync(runId, ct);
        if (run is null || run.State != RunState.Queued) return run;
        await store.UpdateRunAsync(run with { State = RunState.Running }, ct);
        logger.LogInformation("Run {RunId} of {Week} started ({Engine}, {Input})", runId, run.Week, run.Engine, run.Input);

        var request = new RunRequest
        {
            InputDir = run.Input ?? inputRoot.FullPath,
            Week = IsoWeek.Parse(run.Week),
            Engine = run.Engine,
            PartOfWeek = inputRoot.IsPartOfWeek(run.Input, run.Week),
        };
        using var scope = scopes.CreateScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<DigestPipeline>().RunAsync(request, runId, progress.For(runId), ct);

        // The pipeline records the run's end itself; make sure a run never stays "running" after it returned.
        var stored = await store.GetRunAsync(runId, ct) ?? outcome.Run;
        if (stored.State is RunState.Queued or RunState.Running)
        {
            stored = outcome.Run with { State = RunState.Succeeded, FinishedAt = outcome.Run.FinishedAt ?? time.GetUtcNow() };
            await store.UpdateRunAsync(stored, ct);
        }
        logger.LogInformation("Run {RunId} of {Week} ended {State}", runId, run.Week, stored.State);
        return stored;
    }

    private async Task<RunRecord?> MarkFailedAsync(string runId, Exception ex)
    {
        logger.LogError(ex, "Run {RunId} failed", runId);
        var run = await store.GetRunAsync(runId, CancellationToken.None);
        if (run is null || run.State == RunState.Failed) return run;
        var failed = run with { State = RunState.Failed, Error = ex.Message, FinishedAt = time.GetUtcNow() };
        await store.UpdateRunAsync(failed, CancellationToken.None);
        return failed;
    }

    private async Task<RunRecord?> RequeueInterruptedAsync(string runId)
    {
        logger.LogWarning("Run {RunId} interrupted by shutdown; it resumes at the next start", runId);
        var run = await store.GetRunAsync(runId, CancellationToken.None);
        // The pipeline marks a cancelled run failed; a shutdown is not the run's fault, so it goes back to the queue.
        if (run is null || run.State == RunState.Succeeded) return run;
        var queued = run with { State = RunState.Queued, Error = "Interrupted by a shutdown; resumes at the next start.", FinishedAt = null };
        await store.UpdateRunAsync(queued, CancellationToken.None);
        return queued;
    }

    private async Task RequeueLeftoversAsync(CancellationToken ct)
    {
        try
        {
            foreach (var run in (await store.ListRunsAsync(null, 200, ct)).Where(r => r.State == RunState.Queued).OrderBy(r => r.CreatedAt))
                Enqueue(run.RunId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not look for runs left queued; new runs still work");
        }
    }
}
