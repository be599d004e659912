namespace Summarizer.Host.Worker;

/// <summary>
/// The sleep both hosted workers (<see cref="DigestWorker"/>, <see cref="ReminderWorker"/>) take between their jobs:
/// until the next scheduled time or the next outbox retry, whichever is first. Retries wait at least
/// <see cref="MinRetryWait"/>, so an entry another host holds cannot spin the loop; no sleep is longer than
/// <see cref="MaxWait"/>, so long gaps are re-planned daily (Task.Delay's range, clock changes).
/// </summary>
internal static class WorkerWake
{
    public static readonly TimeSpan MinRetryWait = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    /// <summary>
    /// Sleeps from <paramref name="now"/> until <paramref name="next"/> or <paramref name="retryAt"/>; tells
    /// <paramref name="waiting"/> the wake-up time once the timer is set (tests advance a fake clock on it).
    /// False when the host is stopping.
    /// </summary>
    public static async Task<bool> SleepAsync(DateTimeOffset now, DateTimeOffset? next, DateTimeOffset? retryAt, TimeProvider time,
        Action<DateTimeOffset>? waiting, CancellationToken ct)
    {
        if (retryAt is { } r && r < now + MinRetryWait) retryAt = now + MinRetryWait;
        var wake = Earliest(next, retryAt) ?? now + MaxWait;
        var due = wake - now;
        if (due > MaxWait) due = MaxWait;
        var delay = due > TimeSpan.Zero ? Task.Delay(due, time, ct) : Task.CompletedTask;
        waiting?.Invoke(wake);
        try
        {
            await delay;
            return true;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return false;
        }
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : (a < b ? a : b);
}
