using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Summarizer.Bench.Offline;

/// <summary>
/// CPU time and managed allocation of the calling thread while it runs one piece of work. On Linux the CPU time is
/// the thread's own (clock_gettime(CLOCK_THREAD_CPUTIME_ID)), so other processes on a shared machine do not inflate
/// it; elsewhere it falls back to the process's total processor time.
/// </summary>
public static class ThreadCost
{
    /// <returns>CPU milliseconds, bytes allocated on this thread, and the work's result.</returns>
    public static (double CpuMs, long Allocated, T Result) Measure<T>(Func<T> work)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        double cpu = CpuMs();
        var result = work();
        double cpuMs = CpuMs() - cpu;
        return (cpuMs, GC.GetAllocatedBytesForCurrentThread() - allocated, result);
    }

    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID in <time.h> on Linux

    private static double CpuMs()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out var ts) == 0) return ts.Seconds * 1e3 + ts.Nanoseconds / 1e6;
        return Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out TimeSpec time);
}
