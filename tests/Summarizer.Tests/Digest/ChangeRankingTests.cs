using Summarizer.Digest;

namespace Summarizer.Tests.Digest;

public class ChangeRankingTests
{
    private static WeekChange Slip(int n) => new(ItemKind.Delay, "payments", $"里程碑{n}推迟", "2024-07-01", "2024-07-08");
    private static WeekChange Metric(string name, double from, double to) => new(ItemKind.Metric, "sre", name, from, to);

    [Fact]
    public void ForDigest_EventsFirst_LargestMetricMovesFillTheRoomLeft()
    {
        var changes = Enumerable.Range(1, 8).Select(Slip)
            .Append(Metric("flat", 5, 5)).Append(Metric("small", 100, 101)).Append(Metric("big", 10, 20))
            .Append(Metric("medium", 10, 12)).Append(Metric("tiny", 1000, 1001)).Append(Metric("drop", 50, 10)).ToList();

        var shown = ChangeRanking.ForDigest(ChangeRanking.Ranked(changes));

        Assert.Equal(ChangeRanking.Shown, shown.Count);
        Assert.Equal(8, shown.Count(c => c.Kind == ItemKind.Delay));
        Assert.Equal(["big", "drop", "medium", "small"], shown.Where(c => c.Kind == ItemKind.Metric).Select(c => c.Summary));
        Assert.DoesNotContain(ChangeRanking.Ranked(changes), c => c.Summary == "flat");
    }

    [Fact]
    public void ForDigest_MailOfEight_ShowsEverySlipBeforeAnyMetricMove()
    {
        // Sample week 2024-W26: seven slips and an absence outrank the largest metric move in a mail of eight lines.
        var changes = Enumerable.Range(1, 7).Select(Slip).Append(new WeekChange(ItemKind.Risk, "growth", "growth did not report"))
            .Append(Metric("big", 10, 20)).ToList();

        var shown = ChangeRanking.ForDigest(ChangeRanking.Ranked(changes), 8);

        Assert.Equal(8, shown.Count);
        Assert.DoesNotContain(shown, c => c.Kind == ItemKind.Metric);
    }

    [Fact]
    public void ForDigest_FewMetrics_GivesTheirRoomToEvents()
    {
        var changes = Enumerable.Range(1, 11).Select(Slip).Append(Metric("big", 10, 20)).ToList();

        var shown = ChangeRanking.ForDigest(ChangeRanking.Ranked(changes));

        Assert.Equal(11, shown.Count(c => c.Kind == ItemKind.Delay));
        Assert.Equal("big", shown[^1].Summary);
    }
}
