using Summarizer.Evaluation;

namespace Summarizer.Tests.Evaluation;

public class GoldValidatorTests
{
    private static CorpusReport Report(IReadOnlyList<GoldItem> items, IReadOnlyList<BenignLine>? benign = null) => new(
        new ReportDocument
        {
            Team = "t", File = "r.md", Encoding = "utf-8", Format = "md", ContentHash = "h",
            Lines = ["- churn 4%", "- churn 4% again", "- we added alerts"],
        },
        new GoldReport("test", "en", "2024-W20", items, benign ?? []) { File = "r.md" });

    [Fact]
    public void An_anchor_must_be_on_exactly_one_line()
    {
        var problems = GoldValidator.Problems(Report([new GoldItem(ItemKind.Metric, "churn 4%", Value: 4), new GoldItem(ItemKind.Risk, "not there")]));

        Assert.Equal(2, problems.Count);
        Assert.Contains("on 2 lines (1, 2)", problems[0]);
        Assert.Contains("'not there' is not on any line", problems[1]);
    }

    [Fact]
    public void A_metric_value_and_previous_value_must_be_written_on_the_anchor_line()
    {
        var problems = GoldValidator.Problems(Report([new GoldItem(ItemKind.Metric, "again", Value: 4, Previous: 3)]));

        Assert.Equal(["r.md:2: metric 'again' previous value 3 is not written on its line"], problems);
    }

    [Fact]
    public void A_metric_needs_a_value_dates_are_iso_and_a_benign_line_is_no_item_line()
    {
        var problems = GoldValidator.Problems(Report(
            [new GoldItem(ItemKind.Metric, "again"), new GoldItem(ItemKind.Delay, "added", To: "Jun 5")],
            [new BenignLine("we added alerts")]));

        Assert.Equal(3, problems.Count);
        Assert.Contains("has no value", problems[0]);
        Assert.Contains("'Jun 5' is not yyyy-MM-dd", problems[1]);
        Assert.Contains("is also the source of a gold item", problems[2]);
    }
}
