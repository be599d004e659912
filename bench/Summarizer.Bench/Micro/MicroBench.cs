using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using Summarizer.Bench.Reporting;

namespace Summarizer.Bench.Micro;

/// <summary>Runs <see cref="HotPaths"/> with BenchmarkDotNet and turns its summary into table rows.</summary>
public static class MicroBench
{
    public static IReadOnlyList<ResultRow> Run(List<string> notes)
    {
        var config = new ShortInProcessConfig().AddLogger(ConsoleLogger.Default);
        var summary = BenchmarkRunner.Run<HotPaths>(config);
        var rows = new List<ResultRow>();
        foreach (var report in summary.Reports)
        {
            var language = report.BenchmarkCase.Parameters["Language"];
            var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
            var mean = report.ResultStatistics?.Mean;
            var allocated = report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase);
            rows.Add(new ResultRow("micro", $"{name} ({language} report)",
                mean is null ? "failed" : $"{Time(mean.Value)}, {allocated?.ToString("N0", CultureInfo.InvariantCulture) ?? "?"} B allocated/op"));
        }
        notes.Add("Micro benchmarks: BenchmarkDotNet ShortRun in process (3 warm-ups, 3 iterations), one generated report per language; " +
                  "LocateQuoteFolded spaces and upper-cases the quote so the locator takes its folded path.");
        return rows;
    }

    private static string Time(double ns) => ns switch
    {
        >= 1e6 => (ns / 1e6).ToString("F2", CultureInfo.InvariantCulture) + " ms",
        >= 1e3 => (ns / 1e3).ToString("F1", CultureInfo.InvariantCulture) + " µs",
        _ => ns.ToString("F0", CultureInfo.InvariantCulture) + " ns",
    };
}
