namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of metric and plan writing that rules-10 read wrongly on outside writers' reports (round 2), each pinned with
/// invented examples; expected values are what a careful reader lists. Table headers are read by their meaning in
/// general report vocabulary ("This sprint", "Last wk", "MTD actual", "Model", "Account group"), not by the words one
/// writer used.
/// </summary>
public sealed class MetricPlanRound2Tests
{
    private static List<ItemCandidate> Metrics(string text) => ReportUnits.Extract(text).Where(i => i.Kind == ItemKind.Metric).ToList();

    private static List<ItemCandidate> LineMetrics(string line, string? heading = null) =>
        ReportUnits.ExtractLine(line, heading).Where(i => i.Kind == ItemKind.Metric).ToList();

    // ---- (b) table headers: period columns written as "this/last <period>" in any abbreviation

    [Theory]
    [InlineData("| KPI | This sprint | Last sprint | Target |")]
    [InlineData("| Measure | This wk | Last wk | Goal |")]
    [InlineData("| Indicator | Current month | Previous month | Target |")]
    [InlineData("| Signal | This period | Prior period | Target |")]
    [InlineData("| 指标 | 本月 | 上月 | 目标 |")]
    public void Extract_ThisAndLastPeriodColumns_AreValueAndPrevious(string header)
    {
        var metrics = Metrics($"## Summary\n\n{header}\n|---|---|---|---|\n| Tickets closed | 318 | 290 | 300 |\n| Reopen share | 4.2% | 3.1% | ≤ 3% |\n");

        Assert.Equal([("Tickets closed", 318d, (double?)290d), ("Reopen share", 4.2d, 3.1d)],
            metrics.Select(m => (m.Metric!.Name, m.Metric.Value, m.Metric.Previous)));
    }

    [Theory]
    [InlineData("| Service | Measure | This wk | Last wk | SLO |", "Checkout API")]
    [InlineData("| Model | Metric | Current | Previous | Guardrail |", "Checkout API")]
    [InlineData("| Account | KPI | Actual | Prev | Target |", "Checkout API")]
    public void Extract_ThingColumnBesideAMetricColumn_NamesTheRowByTheThing(string header, string thing)
    {
        var metric = Assert.Single(Metrics($"{header}\n|---|---|---|---|---|\n| {thing} | p95 latency | 212 ms | 190 ms | ≤ 250 ms |\n"));

        Assert.StartsWith(thing, metric.Metric!.Name);
        Assert.Equal((212d, (double?)190d), (metric.Metric.Value, metric.Metric.Previous));
    }

    [Theory]
    [InlineData("| Cost centre | MTD actual | MTD budget | Variance | Status |", "| Data lake | $84.0k | $70.0k | +20.0% | 🔴 |", 84.0, "$70.0k")]
    [InlineData("| Region | YTD actual | YTD plan | Variance |", "| Nordics | €1.2M | €1.5M | −20% |", 1.2, "€1.5M")]
    [InlineData("| 成本中心 | 本月实际 | 本月预算 | 差异 |", "| 数据平台 | 84 万元 | 70 万元 | +20% |", 84, "70 万元")]
    public void Extract_BudgetTable_ReadsTheActualColumnAgainstItsBudget(string header, string row, double value, string target)
    {
        var metric = Assert.Single(Metrics($"{header}\n|---|---|---|---|\n{row}\n"));

        Assert.Equal((value, target), (metric.Metric!.Value, metric.Metric.Target));
    }

    // ---- (a)/(c) "label: value" lines whose label is emphasised

    [Theory]
    [InlineData("- **ARR:** $2.4M (Q2: $2.1M)", "ARR", 2.4)]
    [InlineData("- **Active teams:** 3,410 (last month 3,120)", "Active teams", 3410)]
    [InlineData("- __Gross margin__: 71% (target 75%)", "Gross margin", 71)]
    [InlineData("- **Open incidents:** 7", "Open incidents", 7)]
    [InlineData("- Payouts: USD 4,250 (last week USD 3,900)", "Payouts", 4250)]
    [InlineData("* Refunds issued: EUR 12,800", "Refunds issued", 12800)]
    public void Extract_EmphasisedLabelAndValue_IsTheLabelledMetric(string line, string name, double value)
    {
        var metric = Assert.Single(LineMetrics(line, "Key numbers"));

        Assert.Equal((name, value), (metric.Metric!.Name, metric.Metric.Value));
    }

    // ---- (a) plan headings and markers

    [Theory]
    [InlineData("## Recommendations / next week")]
    [InlineData("## Improvements & next sprint")]
    [InlineData("## 建议与下周计划")]
    public void Extract_HeadingNamingTheNextPeriodBesideAdvice_ListsPlans(string heading)
    {
        var plans = ReportUnits.Extract($"{heading}\n\n- Rotate the staging API keys\n- Retire the legacy cron host\n")
            .Where(i => i.Kind == ItemKind.Plan).Select(i => i.Summary).ToList();

        Assert.Equal(["Rotate the staging API keys", "Retire the legacy cron host"], plans);
    }

    [Theory]
    [InlineData("- ➡️ Pair with Billing on the refund webhook", "Pair with Billing on the refund webhook")]
    [InlineData("- 🔜 Draft the Q3 hiring plan", "Draft the Q3 hiring plan")]
    [InlineData("* Next: cut the 2.8 release branch", "cut the 2.8 release branch")]
    public void Extract_CheckInLineMarkedNext_IsAPlanUnderAnyHeading(string line, string plan)
    {
        var found = ReportUnits.ExtractLine(line, "Alex").Where(i => i.Kind == ItemKind.Plan).Select(i => i.Summary).ToList();

        Assert.Equal([plan], found);
    }

    [Fact]
    public void Extract_CheckInLinesMarkedDoneOrBlocked_AreNoPlans()
    {
        var plans = ReportUnits.Extract("## Alex\n\n- ✅ Shipped the export fix\n- ⛔ Waiting on legal for the DPA\n").Where(i => i.Kind == ItemKind.Plan);

        Assert.Empty(plans);
    }
}
