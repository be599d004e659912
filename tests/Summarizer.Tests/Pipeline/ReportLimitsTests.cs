using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Extraction;
using Summarizer.Gather;
using Summarizer.Pipeline;
using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

/// <summary>Limits with reasons: sections per report, characters per line and per report, and a time budget per run.</summary>
public sealed class ReportLimitsTests : IDisposable
{
    private const string Week = "2024-W26";
    private const string Alpha = "# Alpha\n\n## Risks\n- Vendor API timeouts may delay the launch by a week.\n";
    private readonly TempFolder _input = new();

    public void Dispose() => _input.Dispose();

    private void Write(string team, string text) => _input.Write($"{Week}/{team}.md", text);

    [Fact]
    public async Task ReportWithMoreSectionsThanTheLimit_IsRejectedWithReasonAndTheOthersArePublished()
    {
        Write("alpha", Alpha);
        Write("flood", string.Concat(Enumerable.Range(1, 60).Select(i => $"# Heading {i}\n")));
        await using var harness = new PipelineHarness(new Dictionary<string, string?> { ["Summarizer:Gather:MaxSectionsPerReport"] = "50" });

        var outcome = await harness.RunAsync(Week, _input.Path);

        Assert.Equal(["alpha"], outcome.Snapshot.Reports.Select(r => r.Team));
        var rejected = Assert.Single(outcome.Snapshot.Rejected);
        Assert.Equal($"{Week}/flood.md", rejected.File);
        Assert.Contains("60 sections, more than the limit of 50", rejected.Reason);
        Assert.NotEmpty(outcome.Snapshot.Items);
    }

    [Fact]
    public async Task LineLongerThanTheLimit_RejectsTheReportWithReason()
    {
        var gatherer = new ReportGatherer(NullLogger<ReportGatherer>.Instance, Options.Create(new GatherOptions()));
        Write("alpha", Alpha);
        Write("blob", "# Blob\n\n## Risks\n- " + new string('x', 4 * 1024 * 1024) + "\n");

        var result = await gatherer.GatherAsync(new GatherRequest(_input.Path, IsoWeek.Parse(Week)));

        Assert.Equal(["alpha"], result.Reports.Select(r => r.Team));
        Assert.Contains("has 4,194,306 characters on line 4, more than the limit of 20,000 per line", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public async Task ReportLongerThanTheLimit_IsRejectedWithReason()
    {
        var gatherer = new ReportGatherer(NullLogger<ReportGatherer>.Instance, Options.Create(new GatherOptions { MaxReportChars = 5_000 }));
        Write("alpha", Alpha);
        Write("long", "# Long\n" + string.Concat(Enumerable.Repeat("- Hiring is on track for the quarter.\n", 200)));

        var result = await gatherer.GatherAsync(new GatherRequest(_input.Path, IsoWeek.Parse(Week)));

        Assert.Equal(["alpha"], result.Reports.Select(r => r.Team));
        Assert.Contains("more than the limit of 5,000 (Summarizer:Gather:MaxReportChars)", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public async Task ReportWithMoreLinesThanTheDefaultLimit_IsRejectedWithReason()
    {
        // 20,001 short lines: under the size limits, over the default 20,000 lines (a 90,000-line upload kept a core busy for minutes).
        var gatherer = new ReportGatherer(NullLogger<ReportGatherer>.Instance, Options.Create(new GatherOptions()));
        Write("alpha", Alpha);
        Write("long", "# Long\n" + string.Concat(Enumerable.Repeat("- ok\n", 20_000)));

        var result = await gatherer.GatherAsync(new GatherRequest(_input.Path, IsoWeek.Parse(Week)));

        Assert.Equal(["alpha"], result.Reports.Select(r => r.Team));
        Assert.Contains("lines, more than the limit of 20,000 (Summarizer:Gather:MaxLinesPerReport)", Assert.Single(result.Rejected).Reason);
    }

    [Theory]
    [InlineData("Summarizer:Gather:MaxLineChars", "0")]
    [InlineData("Summarizer:Gather:MaxSectionsPerReport", "-1")]
    [InlineData("Summarizer:Gather:MaxLinesPerReport", "5")]
    [InlineData("Summarizer:RunTimeBudget", "00:00:00")]
    public async Task BadLimit_IsRefusedWithTheSettingNamed(string key, string value)
    {
        await using var harness = new PipelineHarness(new Dictionary<string, string?> { [key] = value });
        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = harness.Services.GetRequiredService<IOptions<GatherOptions>>().Value;
            _ = harness.Services.GetRequiredService<IOptions<SummarizerOptions>>().Value;
        });
        Assert.Contains(key.Split(':').Last(), error.Message);
    }

    [Fact]
    public async Task RunPastItsTimeBudget_FailsWithReasonAndReleasesTheWeek()
    {
        Write("alpha", Alpha);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var stalled = new Api.StalledExtractor();
        await using var harness = new PipelineHarness(
            new Dictionary<string, string?> { ["Summarizer:RunTimeBudget"] = "00:10:00" },
            s =>
            {
                s.AddSingleton<TimeProvider>(clock);
                s.RemoveAll<IItemExtractor>();
                s.AddSingleton<IItemExtractor>(stalled);
            });
        var running = harness.RunAsync(Week, _input.Path);
        await stalled.Started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        clock.Advance(TimeSpan.FromMinutes(11));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => running);
        Assert.Contains("time budget of 00:10:00", error.Message);
        var run = Assert.Single(await harness.Store.ListRunsAsync(Week));
        Assert.Equal(RunState.Failed, run.State);
        Assert.Contains("Summarizer:RunTimeBudget", run.Error);
        Assert.Null(await harness.Store.GetWeekLockHolderAsync(Week));
    }
}
