namespace Summarizer.Pipeline;

/// <summary>Lets progress through at most twice a second (and always at the end) so large runs don't hammer the store.</summary>
internal sealed class ProgressGate(TimeProvider time)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private long _last = time.GetTimestamp();

    public bool ShouldReport(int done, int total)
    {
        if (done >= total || time.GetElapsedTime(_last) >= Interval)
        {
            _last = time.GetTimestamp();
            return true;
        }
        return false;
    }
}
