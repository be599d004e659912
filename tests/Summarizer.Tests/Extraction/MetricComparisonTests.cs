namespace Summarizer.Tests.Extraction;

/// <summary>A metric's comparisons (last week's value, the target, the budget) belong to it and are never metrics of their own.</summary>
public sealed class MetricComparisonTests
{
    [Theory]
    [InlineData("- App 8.6 版本已上线，崩溃率 0.12%（上周 0.19%）。", null, "崩溃率", 0.12, "%", 0.19, null)]
    [InlineData("- DAU：386万（上周 372万）", "数据", "DAU", 386, "万", 372.0, null)]
    [InlineData("- 投诉量：35单（上期 41单）", "数据", "投诉量", 35, "单", 41.0, null)]
    [InlineData("- 活跃商户 1.2万户，环比上周 1.1万户", null, "活跃商户", 1.2, "万户", 1.1, null)]
    [InlineData("- Error rate: 0.08% (last week 0.11%)", "Metrics", "Error rate", 0.08, "%", 0.11, null)]
    [InlineData("- Open tickets: 42 (prev 57)", "Metrics", "Open tickets", 42, null, 57.0, null)]
    [InlineData("- Signups: 1,830 (previously 1,420)", null, "Signups", 1830, null, 1420.0, null)]
    [InlineData("- Churn 2.1% vs 2.4%", null, "Churn", 2.1, "%", 2.4, null)]
    [InlineData("- 启动耗时 P90：1.9 s，目标 ≤ 1.5 s", "数据", "启动耗时 P90", 1.9, "s", null, "≤ 1.5 s")]
    [InlineData("- Cloud spend: $41,200 (budget $45,000)", "Metrics", "Cloud spend", 41200, "$", null, "$45,000")]
    [InlineData("1. 对账差错自动处理率：87%，目标95%。", null, "对账差错自动处理率", 87, "%", null, "95%")]
    [InlineData("- p99 latency 420 ms, target 300 ms", null, "p99 latency", 420, "ms", null, "300 ms")]
    [InlineData("- 接口超时率 0.3%，SLA ≤0.5%", null, "接口超时率", 0.3, "%", null, "≤0.5%")]
    public void Match_ValueWithComparison_GivesOneMetricWithPreviousOrTarget(string line, string? heading, string name, double value, string? unit, double? previous, string? target)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line, heading), c => c.Kind == ItemKind.Metric);

        Assert.Equal(new MetricFacts(name, value, unit, previous, target), metric.Metric);
    }

    [Fact]
    public void Match_ChangeAndTargetInOneClause_GivesTheChangedValueWithTarget()
    {
        var metrics = ReportUnits.ExtractLine("1. 同城双活：切换演练完成2次，RTO由18分钟降至7分钟，目标≤5分钟。", "【P2 稳定性建设】")
            .Where(c => c.Kind == ItemKind.Metric).Select(c => c.Metric).ToList();

        // "切换演练完成2次" counts work done, which a reader does not list as a KPI (rules-9).
        Assert.Equal([new MetricFacts("同城双活 RTO", 7, "分钟", 18, "≤5分钟")], metrics);
    }

    [Theory]
    [InlineData("日终批处理平均耗时由95分钟缩短至71分钟，运行稳定。", "日终批处理平均耗时", 71, "分钟", 95)]
    [InlineData("规则覆盖率由64%提升至78%，目标90%。", "规则覆盖率", 78, "%", 64)]
    [InlineData("接入商户由120家增加到180家", "接入商户", 180, "家", 120)]
    [InlineData("QPS峰值从8k提升至12k", "QPS峰值", 12, "k", 8)]
    [InlineData("Build time went from 14 min to 9 min after caching", "Build time", 9, "min", 14)]
    public void Match_ChangeAfterLettersOrInClause_GivesNewValueAndPrevious(string line, string name, double value, string unit, double previous)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line), c => c.Kind == ItemKind.Metric);

        Assert.Equal(name, metric.Metric!.Name);
        Assert.Equal((value, unit, previous), (metric.Metric.Value, metric.Metric.Unit, metric.Metric.Previous));
    }

    [Theory]
    [InlineData("- 崩溃率 0.12%（上周 0.19%），DAU：386万（上周 372万）")]
    [InlineData("同城双活：RTO由18分钟降至7分钟，目标≤5分钟")]
    [InlineData("- Cloud spend: $41,200 (budget $45,000); Availability 99.95% (target 99.9%)")]
    [InlineData("- 入金成功率 99.98%（较上周 99.97%）｜出金成功率 99.96%")]
    public void Match_AnyLine_NamesCarryNoBracketBarChangeWordOrValue(string line)
    {
        var metrics = ReportUnits.ExtractLine(line).Where(c => c.Kind == ItemKind.Metric).ToList();

        Assert.NotEmpty(metrics);
        foreach (var m in metrics)
        {
            Assert.DoesNotMatch(@"[|｜(（)）]|由$|从$|上周|较$|budget|target|目标|\d", m.Metric!.Name.Replace("P90", "").Replace("同城双活", ""));
        }
    }
}
