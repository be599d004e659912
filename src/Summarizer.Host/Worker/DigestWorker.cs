using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Summarizer.Delivery;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Worker;

/// <summary>
/// The hosted schedule: on each cron occurrence it makes the previous ISO week's digest and mails it through the outbox;
/// between occurrences it wakes for due mail retries. At start it catches up once on a missed last occurrence.
/// A failed run is logged and never stops the host.
/// </summary>
public sealed partial class DigestWorker(
    IWeeklyDigestJob job,
    DeliveryService delivery,
    IDigestStore store,
    WeeklySchedule schedule,
    IOptions<ScheduleOptions> options,
    TimeProvider time,
    ILogger<DigestWorker> logger) : BackgroundService
{
    /// <summary>Raised with the wake-up time once the worker's timer is set; lets tests advance a fake clock deterministically.</summary>
    internal event Action<DateTimeOffset>? Waiting;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            logger.LogInformation("The weekly schedule is disabled ({Section}:Enabled = false)", ScheduleOptions.SectionName);
            return;
        }
        await Guard("start-up catch-up", () => CatchUpAsync(stoppingToken), stoppingToken);

        var last = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var from = now > last ? now : last;
            var next = schedule.NextAfter(from);
            var retryAt = await Guard("reading the outbox", () => delivery.NextRetryAtAsync(stoppingToken), stoppingToken);
            if (!await WorkerWake.SleepAsync(now, next, retryAt, time, Waiting, stoppingToken)) return;

            if (next is { } occurrence && time.GetUtcNow() >= occurrence)
            {
                last = occurrence;
                await Guard($"the run of {occurrence:O}", () => RunWeekAsync(schedule.WeekFor(occurrence), stoppingToken), stoppingToken);
            }
            else
            {
                await Guard("mail retries", () => delivery.SendPendingAsync(stoppingToken), stoppingToken);
            }
        }
    }

    /// <summary>Runs the last occurrence's week when no succeeded run is recorded for it; otherwise only makes sure it was mailed.</summary>
    private async Task CatchUpAsync(CancellationToken ct)
    {
        await delivery.SendPendingAsync(ct);
        if (schedule.LastAtOrBefore(time.GetUtcNow()) is not { } last) return;
        var week = schedule.WeekFor(last);
        var runs = await store.ListRunsAsync(week.ToString(), 500, ct);
        if (runs.Any(r => r.State == RunState.Succeeded))
        {
            if (await store.GetDigestAsync(week.ToString(), ct) is not null)
                await delivery.DeliverAsync(week, ct); // idempotent: an entry already sent is not sent again
            return;
        }
        LogCatchUp(week, last);
        await RunWeekAsync(week, ct);
    }

    private async Task RunWeekAsync(IsoWeek week, CancellationToken ct)
    {
        LogRunStarting(week);
        await job.RunAsync(week, ct);
        await delivery.DeliverAsync(week, ct);
        LogRunDone(week);
    }

    private async Task<T?> Guard<T>(string what, Func<Task<T>> action, CancellationToken ct)
    {
        try { return await action(); }
        catch (NothingToDigestException ex) when (!ct.IsCancellationRequested)
        {
            LogNothingToDigest(what, ex.Message); // e.g. the week the host caught up on has no reports yet: not a failure
            return default;
        }
        catch (Exception ex) when (ex is ConfigurationException or DirectoryNotFoundException && !ct.IsCancellationRequested)
        {
            LogMisconfigured(what, ex.Message);
            return default;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogFailed(ex, what);
            return default;
        }
    }

    private Task Guard(string what, Func<Task> action, CancellationToken ct) =>
        Guard(what, async () => { await action(); return true; }, ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catching up on {Week}: the occurrence at {Occurrence} has no succeeded run")]
    private partial void LogCatchUp(IsoWeek week, DateTimeOffset occurrence);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled digest of {Week} starting")]
    private partial void LogRunStarting(IsoWeek week);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled digest of {Week} made and handed to delivery")]
    private partial void LogRunDone(IsoWeek week);

    [LoggerMessage(Level = LogLevel.Information, Message = "No digest made during {What}: {Reason}")]
    private partial void LogNothingToDigest(string what, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The weekly worker cannot run during {What}: {Reason}")]
    private partial void LogMisconfigured(string what, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The weekly worker failed during {What}; it goes on with the next occurrence")]
    private partial void LogFailed(Exception ex, string what);
}
