using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Summarizer.Bench.Micro;

/// <summary>
/// ShortRun (3 warm-ups, 3 iterations) in this process: no generated project to build, so `all` stays within minutes
/// on a 2-core machine. Figures are indicative, not publication-grade.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
        ArtifactsPath = Path.Combine(Path.GetTempPath(), "summarizer-bench-artifacts");
    }
}
