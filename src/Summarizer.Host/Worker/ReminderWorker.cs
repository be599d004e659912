using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Summarizer.Reminders;

namespace Summarizer.Host.Worker;

/// <summary>
/// The hosted reminders: at each week's submission deadline (<c>Summarizer:Schedule:SubmissionDeadline</c>) it has
/// <see cref="ReminderService"/> remind the teams without a report; between deadlines it wakes for reminder retries.
/// At start it catches up on the last deadline when no digest was due since. Idle without a deadline or
/// with the schedule disabled. A failure is logged and never stops the host.
/// </summary>
public sealed partial class ReminderWorker(
    ReminderService reminders,
    WeeklySchedule digests,
    IOptions<ScheduleOptions> schedule,
    TimeProvider time,
    ILogger<ReminderWorker> logger) : BackgroundService
{
    /// <summary>Raised with the wake-up time once the timer is set; lets tests advance a fake clock deterministically.</summary>
    internal event Action<DateTimeOffset>? Waiting;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!schedule.Value.Enabled || reminders.Deadline is not { } deadline)
        {
            LogIdle();
            return;
        }
        await Guard("start-up catch-up", () => CatchUpAsync(deadline, stoppingToken), stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var (week, at) = deadline.NextAfter(now);
            DateTimeOffset? retryAt = null;
            await Guard("reading the reminders", async () => retryAt = await reminders.NextRetryAtAsync(stoppingToken), stoppingToken);
            if (!await WorkerWake.SleepAsync(now, at, retryAt, time, Waiting, stoppingToken)) return;

            if (time.GetUtcNow() >= at)
                await Guard($"the reminders of {week}", () => reminders.RemindAsync(week, stoppingToken), stoppingToken);
            else
                await Guard("reminder retries", () => reminders.SendPendingAsync(stoppingToken), stoppingToken);
        }
    }

    /// <summary>
    /// Reminds the last deadline's week when no digest occurrence came after that deadline: once the digest is due, a
    /// reminder is too late to help (and a first start would otherwise remind last week's teams).
    /// </summary>
    private async Task CatchUpAsync(SubmissionDeadline deadline, CancellationToken ct)
    {
        await reminders.SendPendingAsync(ct);
        var now = time.GetUtcNow();
        var (week, at) = deadline.LastAtOrBefore(now);
        if (digests.LastAtOrBefore(now) is { } digestAt && digestAt >= at) return;
        await reminders.RemindAsync(week, ct); // idempotent: teams already reminded are not reminded again
    }

    private async Task Guard(string what, Func<Task> action, CancellationToken ct)
    {
        try { await action(); }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            LogFailed(ex, what);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders are off: no Summarizer:Schedule:SubmissionDeadline, or the schedule is disabled")]
    private partial void LogIdle();

    [LoggerMessage(Level = LogLevel.Error, Message = "Reminders failed during {What}; they go on at the next deadline or retry")]
    private partial void LogFailed(Exception ex, string what);
}
