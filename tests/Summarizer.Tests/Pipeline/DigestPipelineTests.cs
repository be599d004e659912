using System.Text.Json;
using Json.Schema;
using Summarizer.Gather;
using Summarizer.Pipeline;
using Summarizer.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.Tests.Pipeline;

public class DigestPipelineTests
{
    [Fact]
    public async Task Run_Samples_WritesDigestFilesAndSchemaValidItemsJson()
    {
        await using var h = new PipelineHarness();
        var outcome = await h.RunAsync("2024-W26");

        foreach (var file in new[] { "digest.md", "digest.html", "items.json" })
            Assert.True(File.Exists(Path.Combine(outcome.OutDir, file)), file);
        var schema = ItemsSchema.Schema;
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "items.json")));
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        Assert.Equal("2024-W26", doc.RootElement.GetProperty("week").GetString());
        Assert.Equal(Summarizer.Store.RunState.Succeeded, outcome.Run.State);
    }

    [Fact]
    public async Task Run_EveryPublishedQuote_IsVerbatimInItsCitedLines()
    {
        await using var h = new PipelineHarness();
        var outcome = await h.RunAsync("2024-W26");
        var gathered = await h.Services.GetRequiredService<ReportGatherer>()
            .GatherAsync(new GatherRequest(RepoPaths.Samples, IsoWeek.Parse("2024-W26")));
        var lines = gathered.Reports.ToDictionary(r => r.File, r => r.Lines);
        // Every one of the six sample reports states risks, metrics or plans a reader would list; a run that
        // published nothing (or only from some files) must not pass this test vacuously.
        Assert.Equal(lines.Keys.Order(), outcome.Snapshot.Items.Select(i => i.Source.File).Distinct().Order());
        foreach (var item in outcome.Snapshot.Items)
        {
            var cited = string.Join('\n', lines[item.Source.File].Skip(item.Source.Line - 1).Take(item.Source.EndLine - item.Source.Line + 1));
            Assert.Contains(item.Source.Quote, cited);
        }
    }

    [Fact]
    public async Task Run_SameInputTwice_KeepsIdsAndReusesEverySection()
    {
        await using var h = new PipelineHarness();
        var first = await h.RunAsync("2024-W26");
        var progress = new RecordingProgress();
        var second = await h.RunAsync("2024-W26", progress: progress);

        Assert.Equal(first.Snapshot.Items.Select(i => i.Id), second.Snapshot.Items.Select(i => i.Id));
        var firstExtract = progress.Reports.First(p => p.Stage == "extract");
        Assert.Equal(firstExtract.SectionsTotal, firstExtract.SectionsDone); // nothing left to extract
    }

    [Fact]
    public async Task Run_FolderWithoutReports_FailsWithAReasonAndRecordsTheRun()
    {
        await using var h = new PipelineHarness();
        using var empty = new TempFolder();
        Directory.CreateDirectory(Path.Combine(empty.Path, "2024-W26"));
        var ex = await Assert.ThrowsAsync<NothingToDigestException>(() => h.RunAsync("2024-W26", input: empty.Path));
        Assert.Contains("2024-W26", ex.Message);
        var runs = await h.Store.ListRunsAsync("2024-W26");
        Assert.Equal(Summarizer.Store.RunState.Failed, Assert.Single(runs).State);
    }

    private sealed class RecordingProgress : IProgress<RunProgress>
    {
        public List<RunProgress> Reports { get; } = [];
        public void Report(RunProgress value) { lock (Reports) Reports.Add(value); }
    }
}
