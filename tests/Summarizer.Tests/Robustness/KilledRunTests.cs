using System.Diagnostics;
using Summarizer.Pipeline;
using Summarizer.Store;
using Summarizer.Tests.Robustness.Corpus;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Robustness;

/// <summary>kill -9 of the real executable in the middle of a run, then a rerun over the same store.</summary>
public sealed class KilledRunTests
{
    private const int Reports = 900; // extraction must outlast the pipeline's 500 ms progress gate several times over
    private static readonly IsoWeek Week = new(2024, 26);
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Run_KilledDuringExtraction_RerunResumesWithSameItemsNoneLostOrDuplicated()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "reports");
        new TeamReportCorpus().Write(input, Week, Reports);
        var storeFile = Path.Combine(folder.Path, "killed.db");
        await using var resumed = new PipelineHarness(new Dictionary<string, string?> { ["Summarizer:Store"] = $"Data Source={storeFile}" });

        var killed = await KillOnceProgressShowsAsync(folder.Path, input, storeFile, resumed.Store);
        Assert.InRange(killed.SectionsDone, 1, killed.SectionsTotal - 1);

        // At once, on the real clock: the killed process still holds the week lock, and its lease has not run out.
        var progress = new FirstExtractProgress();
        var rerun = await resumed.RunAsync(Week.ToString(), input, progress: progress);
        Assert.Equal(RunState.Succeeded, rerun.Run.State);
        Assert.Equal(RunState.Interrupted, (await resumed.Store.GetRunAsync(killed.RunId))!.State); // not left "running" forever
        Assert.True(progress.Done >= killed.SectionsDone,
            $"the rerun started extraction at {progress.Done} sections; the killed run had checkpointed {killed.SectionsDone}");

        await using var uninterrupted = new PipelineHarness();
        var reference = await uninterrupted.RunAsync(Week.ToString(), input);
        var ids = rerun.Snapshot.Items.Select(i => i.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(reference.Snapshot.Items.Select(i => i.Id).Order(), ids.Order());
        Assert.NotEmpty(ids);
    }

    /// <summary>Starts <c>summarizer run</c>, polls the runs table until some sections are done, kills the process tree.</summary>
    private static async Task<RunRecord> KillOnceProgressShowsAsync(string workDir, string input, string storeFile, IDigestStore store)
    {
        using var process = SummarizerExecutable.Start(workDir, "run", "--input", input, "--week", Week.ToString(), "--engine", "offline",
            "--store", $"Data Source={storeFile}", "--out", Path.Combine(workDir, "out-killed"));
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        try
        {
            while (watch.Elapsed < Deadline)
            {
                if (process.HasExited)
                    Assert.Fail($"summarizer exited ({process.ExitCode}) before it could be killed mid-run: {await stderr}{await stdout}");
                var run = (await store.ListRunsAsync(Week.ToString())).FirstOrDefault();
                if (run is { State: RunState.Running, SectionsDone: > 0 })
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync();
                    return (await store.GetRunAsync(run.RunId))!;
                }
                await Task.Delay(25); // polling another process's store: there is nothing to await
            }
            Assert.Fail($"no progress in the store within {Deadline}: {await stderr}");
            return null!;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Synchronous progress sink: the sections already done when extraction started.</summary>
    private sealed class FirstExtractProgress : IProgress<RunProgress>
    {
        public int Done { get; private set; } = -1;

        public void Report(RunProgress value)
        {
            if (value.Stage == "extract" && Done < 0) Done = value.SectionsDone;
        }
    }
}
