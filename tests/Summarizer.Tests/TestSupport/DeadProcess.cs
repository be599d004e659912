using System.Diagnostics;

namespace Summarizer.Tests.TestSupport;

/// <summary>The id of a process that has already exited: what a week lock or a run left by a killed process names.</summary>
public static class DeadProcess
{
    public static async Task<int> IdAsync()
    {
        using var p = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await p.WaitForExitAsync();
        return p.Id;
    }
}
