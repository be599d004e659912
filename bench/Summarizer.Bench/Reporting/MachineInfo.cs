using System.Runtime.InteropServices;

namespace Summarizer.Bench.Reporting;

/// <summary>The machine a result was measured on, as the results file states it.</summary>
public static class MachineInfo
{
    public static string Describe() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()} {RuntimeInformation.OSArchitecture}, " +
        $".NET {Environment.Version}, {RuntimeInformation.ProcessArchitecture}, GC {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}" +
        LoadAverage();

    /// <summary>The machine is shared (other builds and tests run beside the bench): wall times are only as good as the load allows.</summary>
    public static string LoadAverage()
    {
        const string path = "/proc/loadavg";
        if (!File.Exists(path)) return "";
        var parts = File.ReadAllText(path).Split(' ');
        return parts.Length >= 3 ? $"; load average {parts[0]} {parts[1]} {parts[2]}" : "";
    }
}
