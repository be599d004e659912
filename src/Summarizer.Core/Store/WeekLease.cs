using Microsoft.Extensions.Logging;

namespace Summarizer.Store;

/// <summary>A held week lock: renewed on a timer while held; disposing stops renewing and releases it once.</summary>
internal sealed class WeekLease : IAsyncDisposable
{
    private readonly Func<Task> _release;
    private readonly ITimer _renewal;
    private int _released;

    public WeekLease(Func<Task> release, Func<Task> renew, TimeSpan every, TimeProvider time, ILogger logger)
    {
        _release = release;
        _renewal = time.CreateTimer(_ => _ = RenewAsync(renew, logger), null, every, every);
    }

    private async Task RenewAsync(Func<Task> renew, ILogger logger)
    {
        if (Volatile.Read(ref _released) == 1) return;
        try { await renew(); }
        catch (Exception ex) { logger.LogWarning(ex, "Could not renew a week lock; it lapses at its expiry unless a later renewal succeeds"); }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) != 0) return;
        await _renewal.DisposeAsync();
        await _release();
    }
}
