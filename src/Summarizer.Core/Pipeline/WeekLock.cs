using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Summarizer.Store;

namespace Summarizer.Pipeline;

/// <summary>
/// One run per week at a time, across processes and hosts. A lock whose holder was a process on this machine that
/// no longer exists (a killed run) is taken over at once, so a crashed run can be resumed without waiting for its lease.
/// </summary>
internal sealed class WeekLock(IDigestStore store, RunLedger ledger, TimeProvider time, ILogger logger)
{
    /// <summary>Renewed while held; what a holder that died on another machine costs in waiting.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(1);

    public async Task<IAsyncDisposable> AcquireAsync(string week, string runId, CancellationToken ct)
    {
        var holder = $"{Environment.MachineName}/{Environment.ProcessId}/{runId}";
        var deadline = time.GetUtcNow() + Lease + TimeSpan.FromSeconds(10);
        while (true)
        {
            if (await store.TryLockWeekAsync(week, holder, Lease, ct) is { } held) return held;
            var current = await store.GetWeekLockHolderAsync(week, ct);
            if (current is not null && IsGoneLocalProcess(current) && await store.BreakWeekLockAsync(week, current, ct))
            {
                logger.LogWarning("Week {Week} was locked by {Holder}, whose process is gone; taking over", week, current);
                await MarkInterruptedAsync(current, runId, ct);
                continue;
            }
            if (time.GetUtcNow() >= deadline)
                throw new InvalidOperationException($"Week {week} is being run by {current ?? "another instance"}; try again when it has finished.");
            logger.LogInformation("Week {Week} is being run by {Holder}; waiting", week, current);
            await Task.Delay(Poll, time, ct);
        }
    }

    private async Task MarkInterruptedAsync(string holder, string takenBy, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        await ledger.InterruptAsync(RunOf(holder), $"interrupted (its process ended); resumed by run {takenBy}");
    }

    /// <summary>The run id a holder string (<c>machine/pid/runId</c>) names.</summary>
    public static string RunOf(string holder) => holder.Split('/').Last();

    /// <summary>True when the holder was a process of this machine that no longer exists.</summary>
    public static bool IsGoneLocalProcess(string holder)
    {
        var parts = holder.Split('/');
        if (parts.Length < 3 || parts[0] != Environment.MachineName || !int.TryParse(parts[1], out var pid)) return false;
        if (pid == Environment.ProcessId) return false;
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
    }
}
