namespace Summarizer.Store;

/// <summary>A held week lock; disposing releases it once.</summary>
internal sealed class WeekLease(Func<Task> release) : IAsyncDisposable
{
    private int _released;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0) await release();
    }
}
