namespace Summarizer.Pipeline;

/// <summary>
/// Lets progress through at most twice a second, always the first report (where a resumed run starts) and the last,
/// so large runs don't hammer the store.
/// </summary>
internal sealed class ProgressGate(TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private long? _last;

    public bool ShouldReport(int done, int total)
    {
        if (_last is null || done >= total || time.GetElapsedTime(_last.Value) >= Interval)
        {
            _last = time.GetTimestamp();
            return true;
        }
        return false;
    }
}
