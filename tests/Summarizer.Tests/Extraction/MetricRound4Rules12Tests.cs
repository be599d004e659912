namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of metric writing a fresh tester's reports showed read wrongly (round 4 of rules-12), each pinned with invented
/// examples, expected values from what a careful reader lists: an English name is the measure before its scope ("for
/// the EU region"), a hyphenated word is never cut, "against a budget of" / "against a target of" give the target; counts
/// of work done by staff, the size of a deal won, a rollout stage and a staged rollout plan are no metrics.
/// </summary>
public sealed class MetricRound4Rules12Tests
{
    private static List<ItemCandidate> LineItems(string line, string? heading = null) => ReportUnits.ExtractLine(line, heading);

    private static ItemCandidate OneMetric(string line, string? heading = null) =>
        Assert.Single(LineItems(line, heading), i => i.Kind == ItemKind.Metric);

    // ---- names: the measure before its scope, hyphenated words whole

    [Theory]
    [InlineData("Median checkout latency for the EU storefront was 380 ms, down from 420 ms.", "Median checkout latency", 380, 420)]
    [InlineData("Error rate for the mobile payments service was 1.4% (last week 1.9%).", "Error rate", 1.4, 1.9)]
    public void Match_LongNameWithScope_IsNamedByItsMeasure(string line, string name, double value, double previous)
    {
        var metric = OneMetric(line).Metric!;
        Assert.Equal(name, metric.Name);
        Assert.Equal(value, metric.Value);
        Assert.Equal(previous, metric.Previous);
    }

    [Fact]
    public void Match_LongHyphenatedName_IsNeverCutInsideTheWord()
    {
        var metric = OneMetric("- Year-end payroll automation: 7 of 10 jobs migrated").Metric!;
        Assert.False(metric.Name.StartsWith('-'), metric.Name);
        Assert.EndsWith("payroll automation", metric.Name);
        Assert.Equal(7, metric.Value);
    }

    // ---- "against a budget of", "against a target of"

    [Fact]
    public void Match_AgainstABudgetOf_IsTheTargetAndAnOverspendMissesIt()
    {
        var item = OneMetric("Storage spend for October is tracking at $48,500 against a budget of $42,000.");
        Assert.Equal("Storage spend", item.Metric!.Name);
        Assert.Equal(48500, item.Metric.Value);
        Assert.Contains("42,000", item.Metric.Target);
        Assert.Equal(Severity.Medium, item.Severity);
    }

    [Theory]
    [InlineData("Checkout availability was 99.82% against a target of 99.9% (last week 99.95%).", 99.82, 99.95, "99.9%")]
    [InlineData("核心接口可用率 99.82%，目标 99.9%（上周 99.95%）。", 99.82, 99.95, "99.9%")]
    public void Match_TargetAndPreviousAfterTheValue_AreBothRead(string line, double value, double previous, string target)
    {
        var item = OneMetric(line);
        Assert.Equal(value, item.Metric!.Value);
        Assert.Equal(previous, item.Metric.Previous);
        Assert.Contains(target, item.Metric.Target);
        Assert.Equal(Severity.Medium, item.Severity);
    }

    // ---- work done, deals won, rollouts: no metrics

    [Theory]
    [InlineData("- 完成春节活动收尾，累计处理咨询 3.4 万条")]
    [InlineData("- 完成年中盘点，累计录入资产 1.2 万件")]
    public void Extract_CumulativeWorkDoneInTenThousands_IsNoMetric(string line)
    {
        Assert.DoesNotContain(LineItems(line), i => i.Kind == ItemKind.Metric);
    }

    [Theory]
    [InlineData("客服团队本周处理投诉 87 件。", "本周运营数据")]
    [InlineData("The support team handled 412 tickets this week.", "Key metrics")]
    public void Extract_StaffWorkCountUnderAMetricsHeading_IsNoMetric(string line, string heading)
    {
        Assert.DoesNotContain(LineItems(line, heading), i => i.Kind == ItemKind.Metric);
    }

    [Fact]
    public void Extract_RateOfWorkUnderAMetricsHeading_StaysAMetric()
    {
        Assert.Contains(LineItems("客服团队人均日均处理投诉 35 件。", "本周运营数据"), i => i.Kind == ItemKind.Metric && i.Metric!.Value == 35);
    }

    [Theory]
    [InlineData("- Closed the Fabrikam expansion ($310K ARR), two-year term.")]
    [InlineData("- Signed the Litware pilot for $45,000.")]
    [InlineData("- 签下华东物流续约（180 万元），三年期。")]
    public void Extract_DealWon_IsNoMetric(string line)
    {
        Assert.DoesNotContain(LineItems(line), i => i.Kind == ItemKind.Metric);
    }

    [Fact]
    public void Extract_ClosedWonLabel_StaysAMetric()
    {
        Assert.Contains(LineItems("- New ARR closed this month: $310K (last month $260K)"), i => i.Kind == ItemKind.Metric && i.Metric!.Value == 310);
    }

    [Theory]
    [InlineData("Web client 8.3 shipped to 100%. Desktop 8.3 waits for signing.")]
    [InlineData("- 安卓 6.2 版本已灰度至 30%，下周全量。")]
    [InlineData("- Desktop 8.3 rollout completed (staged 5% → 25% → 100%)")]
    [InlineData("- 支付新链路分阶段放量（10% → 40% → 100%）已完成")]
    public void Extract_RolloutStagesAndPlans_AreNoMetrics(string line)
    {
        Assert.DoesNotContain(LineItems(line), i => i.Kind == ItemKind.Metric);
    }

    [Fact]
    public void Match_SingleArrowChange_StaysAChange()
    {
        var metric = OneMetric("- 首页 LCP 3.1s → 2.4s").Metric!;
        Assert.Equal(2.4, metric.Value);
        Assert.Equal(3.1, metric.Previous);
    }
}
