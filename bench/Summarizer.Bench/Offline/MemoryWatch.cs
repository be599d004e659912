using System.Diagnostics;

namespace Summarizer.Bench.Offline;

/// <summary>Peak managed heap (sampled every 10 ms), bytes allocated, and the process's peak working set over a span.</summary>
public sealed class MemoryWatch : IDisposable
{
    private readonly long _allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    private readonly Timer _timer;
    private long _peakHeap = GC.GetTotalMemory(false);

    public MemoryWatch() => _timer = new Timer(_ => Sample(), null, 0, 10);

    public long PeakHeapBytes { get; private set; }
    public long AllocatedBytes { get; private set; }
    public long PeakWorkingSetBytes { get; private set; }

    private void Sample()
    {
        long now = GC.GetTotalMemory(false);
        long seen;
        do seen = Interlocked.Read(ref _peakHeap); while (now > seen && Interlocked.CompareExchange(ref _peakHeap, now, seen) != seen);
    }

    public void Dispose()
    {
        _timer.Dispose();
        Sample();
        PeakHeapBytes = Interlocked.Read(ref _peakHeap);
        AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - _allocatedBefore;
        using var self = Process.GetCurrentProcess();
        PeakWorkingSetBytes = self.PeakWorkingSet64;
    }
}
