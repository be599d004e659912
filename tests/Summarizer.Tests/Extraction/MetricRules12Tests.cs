namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of metric writing that rules-11 read wrongly on outside writers' reports (rules-12), each pinned with invented
/// examples in both languages, expected values from what a careful reader lists: a line that tells a problem or a slip
/// gives its figures as context (no KPI), unless a figure is a reading in its own right (compared with last period or a
/// target, named as a measure, the line's label and value, or where the measure moved to); "last wk" is last week.
/// </summary>
public sealed class MetricRules12Tests
{
    private static List<ItemCandidate> LineItems(string line, string? heading = null) => ReportUnits.ExtractLine(line, heading);

    // ---- figures in a problem or a slip are its context

    [Theory]
    [InlineData("- 第三批支架 4,800 件原定 6/12 发货，因模具返修改到 6/19 发货，先发 2,000 件")]
    [InlineData("- Payroll migration slipped from Apr 7 to Apr 21 because the vendor's export broke, costing an extra $18k in contractor fees")]
    public void Extract_FiguresOnASlipLine_AreNoMetrics(string line)
    {
        var items = LineItems(line);
        Assert.Contains(items, i => i.Kind == ItemKind.Delay);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Metric);
    }

    [Theory]
    [InlineData("- 铝锭价格两周内上涨了约 8%，存在断供风险，三季度原材料成本将多出 60 万元")]
    [InlineData("- If the second storage quote does not arrive by Friday we risk paying a $25k expedite fee and slipping the April cut-over")]
    public void Extract_FiguresOnARiskLine_AreNoMetrics(string line)
    {
        var items = LineItems(line);
        Assert.Contains(items, i => i.Kind is ItemKind.Risk or ItemKind.Delay);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Metric);
    }

    // ---- a reading stays a reading on a problem line

    [Theory]
    [InlineData("- 退货率 4.6%（上周 3.9%），主要是尺码偏小，客诉明显增多", 4.6)]
    [InlineData("- Checkout error rate climbed to 2.4% and the payment gateway keeps timing out; this is a risk for the sale weekend", 2.4)]
    [InlineData("- 夜间批处理平均耗时 95 分钟，超出窗口，存在影响早间对账的风险", 95)]
    [InlineData("- 严重缺陷 12 个，占比 6.5%，回归测试存在延期风险", 12)]
    public void Extract_ReadingOnAProblemLine_StaysAMetric(string line, double value)
    {
        Assert.Contains(LineItems(line), i => i.Kind == ItemKind.Metric && i.Metric!.Value == value);
    }

    // ---- "last wk" is the previous value

    [Theory]
    [InlineData("- Crash-free users, iOS: 99.62% (last wk 99.70%)", 99.62, 99.70)]
    [InlineData("- Ticket backlog: 212 (last wk 240)", 212, 240)]
    public void Match_LastWkInBrackets_IsThePreviousValue(string line, double value, double previous)
    {
        var metric = Assert.Single(LineItems(line), i => i.Kind == ItemKind.Metric);
        Assert.Equal(value, metric.Metric!.Value);
        Assert.Equal(previous, metric.Metric.Previous);
    }
}
