using Summarizer.Evaluation;

namespace Summarizer.Tests.Evaluation;

/// <summary>The matching rules of bench/eval/README.md, one at a time, on a small hand-made report.</summary>
public class GoldMatcherTests
{
    private static readonly string[] Lines =
    [
        "# Week 20, 2024",                                                   // 1
        "- Error rate peaked at 4.1% (last week 2.0%)",                      // 2
        "- Between 14:20 and 15:05 UTC the export service returned errors",  // 3
        "- Android app moves from Jun 14 to Jul 5: two engineers moved",     // 4
        "- We added alerts so this is caught earlier",                       // 5
        "- Build times are slow on ARM runners",                             // 6
        "- Attendance 7 of 8",                                               // 7
    ];

    private static CorpusReport Report(params GoldItem[] items) => new(
        new ReportDocument
        {
            Team = "t", File = "r.md", Encoding = "utf-8", Format = "md", Lines = Lines, Week = new IsoWeek(2024, 20), ContentHash = "h",
        },
        new GoldReport("test", "en", "2024-W20", items, [new BenignLine("We added alerts", "a fix")]) { File = "r.md" });

    private static ExtractedItem Item(ItemKind kind, int line, MetricFacts? metric = null, IncidentFacts? incident = null, DelayFacts? delay = null) => new()
    {
        Id = $"{kind}{line}", Kind = kind, Team = "t", Section = "s", Summary = Lines[line - 1].TrimStart('-', ' '),
        Metric = metric, Incident = incident, Delay = delay, Source = new SourceRef("r.md", line, line, Lines[line - 1]), Engine = "offline",
    };

    private static readonly GoldItem ErrorRate = new(ItemKind.Metric, "Error rate peaked", Value: 4.1, Unit: "%", Previous: 2.0);

    [Fact]
    public void A_metric_matches_on_its_anchor_line_with_the_value_within_half_a_percent()
    {
        var score = GoldMatcher.Match(Report(ErrorRate), [Item(ItemKind.Metric, 2, new MetricFacts("error rate", 4.12, "%"))]);

        Assert.Equal(MatchVerdict.Matched, Assert.Single(score.Extracted).Verdict);
        Assert.Empty(score.Misses);
    }

    [Fact]
    public void A_metric_with_another_value_on_the_anchor_line_is_a_wrong_fact_and_the_gold_stays_missed()
    {
        var score = GoldMatcher.Match(Report(ErrorRate), [Item(ItemKind.Metric, 2, new MetricFacts("error rate", 2.0, "%"))]);

        var outcome = Assert.Single(score.Extracted);
        Assert.Equal(MatchVerdict.WrongFacts, outcome.Verdict);
        Assert.Contains("gold 4.1", outcome.Detail);
        Assert.Equal(2, Assert.Single(score.Misses).Line);
    }

    [Fact]
    public void The_same_line_as_another_kind_matches_nothing()
    {
        var score = GoldMatcher.Match(Report(ErrorRate), [Item(ItemKind.Risk, 2)]);

        var outcome = Assert.Single(score.Extracted);
        Assert.Equal(MatchVerdict.NotInGold, outcome.Verdict);
        Assert.Equal("the gold lists this line as metric", outcome.Detail);
    }

    [Theory]
    [InlineData(45, MatchVerdict.Matched)]
    [InlineData(46, MatchVerdict.Matched)]
    [InlineData(12, MatchVerdict.WrongFacts)]
    public void An_incident_needs_the_minutes_within_one(int minutes, MatchVerdict expected)
    {
        var gold = new GoldItem(ItemKind.Incident, "Between 14:20 and 15:05 UTC", Minutes: 45);
        var score = GoldMatcher.Match(Report(gold), [Item(ItemKind.Incident, 3, incident: new IncidentFacts("14:20", "15:05", minutes, null))]);

        Assert.Equal(expected, Assert.Single(score.Extracted).Verdict);
    }

    [Theory]
    [InlineData("Jun 14", "Jul 5", MatchVerdict.Matched)]
    [InlineData("2024-06-14", "2024-07-05", MatchVerdict.Matched)]
    [InlineData("Jun 14", null, MatchVerdict.WrongFacts)]
    [InlineData("Jun 14", "Jul 15", MatchVerdict.WrongFacts)]
    public void A_delay_needs_the_dates_the_gold_states_however_they_are_written(string? from, string? to, MatchVerdict expected)
    {
        var gold = new GoldItem(ItemKind.Delay, "Android app moves", From: "2024-06-14", To: "2024-07-05");
        var score = GoldMatcher.Match(Report(gold), [Item(ItemKind.Delay, 4, delay: new DelayFacts("Android app", from, to, null))]);

        Assert.Equal(expected, Assert.Single(score.Extracted).Verdict);
    }

    [Fact]
    public void A_delay_without_gold_dates_matches_on_its_anchor_alone()
    {
        var gold = new GoldItem(ItemKind.Delay, "Android app moves");
        var score = GoldMatcher.Match(Report(gold), [Item(ItemKind.Delay, 4, delay: new DelayFacts("Android app", null, null, null))]);

        Assert.Equal(MatchVerdict.Matched, Assert.Single(score.Extracted).Verdict);
    }

    [Fact]
    public void An_item_from_a_benign_line_is_a_benign_flag()
    {
        var score = GoldMatcher.Match(Report(), [Item(ItemKind.Risk, 5)]);

        var outcome = Assert.Single(score.Extracted);
        Assert.Equal(MatchVerdict.BenignLine, outcome.Verdict);
        Assert.False(outcome.IsReal);
    }

    [Fact]
    public void A_second_item_for_a_matched_gold_item_is_a_duplicate_that_counts_as_real()
    {
        var risk = new GoldItem(ItemKind.Risk, "Build times are slow");
        var score = GoldMatcher.Match(Report(risk), [Item(ItemKind.Risk, 6), Item(ItemKind.Risk, 6)]);

        Assert.Equal([MatchVerdict.Matched, MatchVerdict.Duplicate], score.Extracted.Select(o => o.Verdict));
        Assert.All(score.Extracted, o => Assert.True(o.IsReal));
    }

    [Fact]
    public void An_item_whose_source_spans_the_anchor_line_matches()
    {
        var risk = new GoldItem(ItemKind.Risk, "Build times are slow");
        var spanning = Item(ItemKind.Risk, 5) with { Source = new SourceRef("r.md", 5, 6, "We added alerts") };

        var score = GoldMatcher.Match(Report(risk), [spanning]);

        Assert.Equal(MatchVerdict.Matched, Assert.Single(score.Extracted).Verdict);
    }

    [Fact]
    public void The_scorer_leaves_optional_misses_out_of_recall_and_counts_every_flag_in_precision()
    {
        var risk = new GoldItem(ItemKind.Risk, "Build times are slow");
        var optionalMetric = new GoldItem(ItemKind.Metric, "Attendance 7 of 8", Value: 7, Optional: true);
        var report = GoldMatcher.Match(Report(ErrorRate, risk, optionalMetric),
        [
            Item(ItemKind.Metric, 2, new MetricFacts("error rate", 4.1, "%")),
            Item(ItemKind.Metric, 2, new MetricFacts("error rate", 2.0, "%")),
            Item(ItemKind.Risk, 5),
        ]);

        var score = CorpusScorer.Score("c", [report]);

        var metric = score[ItemKind.Metric];
        Assert.Equal((1, 1, 2, 1), (metric.GoldTotal, metric.GoldFound, metric.ExtractedTotal, metric.ExtractedReal));
        Assert.Equal(0.5, metric.Precision);
        var riskScore = score[ItemKind.Risk];
        Assert.Equal((1, 0, 1, 0, 1), (riskScore.GoldTotal, riskScore.GoldFound, riskScore.ExtractedTotal, riskScore.ExtractedReal, riskScore.BenignFlags));
        Assert.Null(score[ItemKind.Plan].Recall);
        Assert.Equal(["r.md:6 Risk"], score.Misses.Select(m => $"{m.File}:{m.Line} {m.Kind}"));
        Assert.Equal(2, score.FalseFlags.Count);
    }
}
