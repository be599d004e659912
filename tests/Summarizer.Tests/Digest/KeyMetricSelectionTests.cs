using Summarizer.Digest;
using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>Which figures take the mail's few key-metric rows: the ones a head must see, not progress going to plan.</summary>
public class KeyMetricSelectionTests
{
    private static ExtractedItem Metric(string id, string team, string name, double value, string unit, double? previous = null, int line = 3) =>
        Items.Make(ItemKind.Metric, $"{name} {value}{unit}", team: team, line: line,
            metric: new MetricFacts(name, value, unit, previous)) with { Id = id };

    private static WeekSnapshot Stored(string week, params ExtractedItem[] items) => new(week, "offline", [], [], items, [], []);

    [Fact]
    public void AMeasureWorseThreeWeeksRunning_TakesTheRow_BeforeProgressRisingAsPlanned()
    {
        // 转化率 3.1% → 2.9% → 2.6% over three stored weeks, the line states no previous value; the redesign went 60% → 80%.
        var history = new[]
        {
            Stored("2024-W24", Metric("g24", "growth", "转化率", 3.1, "%")),
            Stored("2024-W25", Metric("g25", "growth", "转化率", 2.9, "%")),
        };
        var sliding = Metric("g26", "growth", "转化率", 2.6, "%");
        var progress = Metric("w26", "web", "官网改版完成", 80, "%", previous: 60, line: 5);

        var key = KeyMetricSelection.Select([progress, sliding], history, rows: 1);

        Assert.Equal("g26", Assert.Single(key).Item.Id);
    }

    [Fact]
    public void AMoveForTheWorse_OutranksAnEqualMoveForTheBetter()
    {
        var latencyUp = Metric("a", "api", "p99 latency", 240, "ms", previous: 200);        // +20 %, worse
        var successUp = Metric("b", "pay", "success rate", 96, "%", previous: 80, line: 4); // +20 %, better

        var key = KeyMetricSelection.Select([successUp, latencyUp], [], rows: 2);

        Assert.Equal(["a", "b"], key.Select(k => k.Item.Id));
    }
}
