using Summarizer.Digest;
using Summarizer.Digest.Sections;
using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>The previous week's figure is shown as that week's report wrote it, as this week's is.</summary>
public class PreviousFigureTests
{
    private static ExtractedItem Mttr(string quote, double value, double? previous) => Items.Make(ItemKind.Metric, quote, team: "sre",
        severity: Severity.High, quote: quote, metric: new MetricFacts("MTTR", value, "min", previous));

    private static WeekSnapshot Stored(string week, ExtractedItem item) => Items.Week(item) with { Week = week };

    private static DigestDocument Compose() =>
        new DigestComposer().Compose(Items.Week(Mttr("MTTR: 15 min", 15, 18)), [],
            [Stored("2024-W24", Mttr("MTTR: 20 min", 20, null)), Stored("2024-W25", Mttr("MTTR: 18 min", 18, null))]);

    [Fact]
    public void MetricTables_PreviousValueFromTheEarlierWeek_IsShownAsThatReportWroteIt()
    {
        var d = Compose();

        foreach (var section in new[] { MetricsSection.Key(d, DigestLabels.English, full: true), MetricsSection.All(d, DigestLabels.English) })
        {
            var row = Assert.Single(section.Rows);
            Assert.Equal(("15 min", "18 min"), (row[1].Text, row[2].Text));
        }
    }

    [Fact]
    public void Sparkline_AltText_ListsTheFiguresAsWritten()
    {
        var row = Assert.Single(MetricsSection.Key(Compose(), DigestLabels.English, full: true).Rows);

        Assert.Contains("20 min → 18 min → 15 min", row[4].Text);
    }
}
