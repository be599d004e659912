using Summarizer.Pipeline;
using Summarizer.Store;
using Summarizer.Tests.Robustness.Corpus;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Robustness;

/// <summary>
/// kill -9 of the real executable in the middle of a run, then a rerun over the same store. The executable kills
/// itself after a set number of section checkpoints (the host's SUMMARIZER_TEST_KILL_AFTER_CHECKPOINTS hook), so
/// the kill lands mid-extraction every time, with no large corpus and no clock.
/// </summary>
[Trait("Category", "slow")]
public sealed class KilledRunTests
{
    private const int Reports = 12;
    private const int KillAfter = 20; // section checkpoints stored before the kill; the 12 reports have several times more
    private static readonly IsoWeek Week = new(2024, 26);

    [Fact]
    public async Task Run_KilledDuringExtraction_RerunResumesWithSameItemsNoneLostOrDuplicated()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "reports");
        new TeamReportCorpus().Write(input, Week, Reports);
        var storeFile = Path.Combine(folder.Path, "killed.db");
        await using var resumed = new PipelineHarness(new Dictionary<string, string?> { ["Summarizer:Store"] = $"Data Source={storeFile}" });

        var killed = await RunUntilKilledAsync(folder.Path, input, storeFile, resumed.Store);
        Assert.Equal(RunState.Running, killed.State); // it had no chance to record anything else

        // At once: the killed process's week lock is taken over, the dead run is closed, finished sections are reused.
        var progress = new FirstExtractProgress();
        var rerun = await resumed.RunAsync(Week.ToString(), input, progress: progress);
        Assert.Equal(RunState.Succeeded, rerun.Run.State);
        Assert.Equal(RunState.Interrupted, (await resumed.Store.GetRunAsync(killed.RunId))!.State); // not left "running" forever
        // At least the checkpointed sections are reused (more when sections of identical text share a checkpoint).
        Assert.InRange(progress.Done, KillAfter, progress.Total - 1);

        await using var uninterrupted = new PipelineHarness();
        var reference = await uninterrupted.RunAsync(Week.ToString(), input);
        var ids = rerun.Snapshot.Items.Select(i => i.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(reference.Snapshot.Items.Select(i => i.Id).Order(), ids.Order());
        Assert.NotEmpty(ids);
    }

    /// <summary>Runs <c>summarizer run</c> with the kill hook set; returns the run it left behind in the store.</summary>
    private static async Task<RunRecord> RunUntilKilledAsync(string workDir, string input, string storeFile, IDigestStore store)
    {
        using var process = SummarizerExecutable.Start(workDir,
            new Dictionary<string, string> { ["SUMMARIZER_TEST_KILL_AFTER_CHECKPOINTS"] = KillAfter.ToString() },
            "run", "--input", input, "--week", Week.ToString(), "--engine", "offline",
            "--store", $"Data Source={storeFile}", "--out", Path.Combine(workDir, "out-killed"));
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try { await process.WaitForExitAsync(timeout.Token); }
        finally { if (!process.HasExited) process.Kill(entireProcessTree: true); }
        Assert.True(process.ExitCode == 128 + 9, $"summarizer was to die by SIGKILL (exit 137) but exited {process.ExitCode}: {await stderr}{await stdout}");
        Assert.False(File.Exists(Path.Combine(workDir, "out-killed", "digest.md")));
        return Assert.Single(await store.ListRunsAsync(Week.ToString()));
    }

    /// <summary>Synchronous progress sink: the sections already done when extraction started, and their total.</summary>
    private sealed class FirstExtractProgress : IProgress<RunProgress>
    {
        public int Done { get; private set; } = -1;
        public int Total { get; private set; }

        public void Report(RunProgress value)
        {
            if (value.Stage != "extract" || Done >= 0) return;
            (Done, Total) = (value.SectionsDone, value.SectionsTotal);
        }
    }
}
