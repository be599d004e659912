using System.Collections.Concurrent;
using System.Threading.Channels;
using Summarizer.Host.Api;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Serve;

/// <summary>
/// Runs the weeks the API asked for, one at a time, in the background. Run state goes through the
/// <see cref="RunLedger"/>; at start, runs of processes that died are marked interrupted and runs still queued
/// (also those a shutdown put back) are picked up again.
/// </summary>
public sealed class RunQueue(
    IDigestStore store,
    RunLedger ledger,
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

    /// <summary>Marks runs of dead processes interrupted and queues the runs left queued before the host reports started.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try { await ledger.InterruptDeadRunsAsync(cancellationToken); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not look for runs of ended processes; new runs still work");
        }
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
            catch (Exception ex) { logger.LogError(ex, "Run {RunId} failed", runId); final = await ledger.FailAsync(runId, ex.Message); }
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
        logger.LogInformation("Run {RunId} of {Week} started ({Engine}, {Input})", runId, run.Week, run.Engine, run.Input);

        var request = new RunRequest
        {
            InputDir = run.Input ?? inputRoot.FullPath,
            Week = IsoWeek.Parse(run.Week),
            Engine = run.Engine,
            PartOfWeek = inputRoot.IsPartOfWeek(run.Input, run.Week),
        };
        using var scope = scopes.CreateScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<DigestPipeline>().RunAsync(request, runId, progress.For(runId), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The pipeline ended the run through the ledger; this only covers a failure before it had the run in hand.
            logger.LogError(ex, "Run {RunId} failed", runId);
            await ledger.FailAsync(runId, ex.Message);
        }
        var stored = await store.GetRunAsync(runId, CancellationToken.None);
        logger.LogInformation("Run {RunId} of {Week} ended {State}", runId, run.Week, stored?.State);
        return stored;
    }

    private async Task<RunRecord?> RequeueInterruptedAsync(string runId)
    {
        logger.LogWarning("Run {RunId} interrupted by shutdown; it resumes at the next start", runId);
        return await ledger.RequeueAsync(runId, "Interrupted by a shutdown; resumes at the next start.");
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
