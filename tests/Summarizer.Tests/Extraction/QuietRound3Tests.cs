using Summarizer.Extraction.Offline;

namespace Summarizer.Tests.Extraction;

/// <summary>
/// Quiet lines (rules-11, round 3): a mail's closing under a plans heading, a "none this week" line, and routine counts
/// under an overview heading are no items a reader lists. Invented examples, report week 2024-W26; expected items are
/// what a careful reader lists.
/// </summary>
public sealed class QuietRound3Tests
{
    [Fact]
    public void Extract_ZhMailClosingUnderPlans_IsNoPlan()
    {
        var items = ReportUnits.Extract("""
            ## 四、下周计划

            1. 完成对象存储扩容评审；
            2. 6月28日前给出机房空调更换预算。

            有任何问题欢迎随时联系。
            王芳
            网络保障组
            """);

        Assert.Equal(["完成对象存储扩容评审", "6月28日前给出机房空调更换预算"],
            items.Where(i => i.Kind == ItemKind.Plan).Select(i => i.Summary));
    }

    [Fact]
    public void Extract_EnMailClosingUnderPlans_IsNoPlan()
    {
        var items = ReportUnits.Extract("""
            ## Next week

            - Rotate the VPN certificates
            - Draft the storage renewal quote

            Feel free to reach out with any questions.
            Priya
            Network team
            """);

        Assert.Equal(["Rotate the VPN certificates", "Draft the storage renewal quote"],
            items.Where(i => i.Kind == ItemKind.Plan).Select(i => i.Summary));
    }

    [Theory]
    [InlineData("本周无重大投诉事件。")]
    [InlineData("本期没有新增故障。")]
    [InlineData("No other outages this week.")]
    [InlineData("No major escalations from partners this week. Thanks to Legal for the quick review.")]
    public void Extract_NoneThisWeekUnderPlans_IsNoPlan(string line)
    {
        var items = ReportUnits.ExtractLine(line, line.Any(c => c > 0x2E80) ? "下周计划" : "Plans for next week");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Plan);
    }

    [Theory]
    [InlineData("- 下周无重大发布，仅做例行补丁升级", "下周计划")] // a plan that says what it is not: still planned work
    [InlineData("- Contact the vendor about the renewal quote", "Next week")]
    public void Extract_PlanThatMentionsNoneOrContact_StaysAPlan(string line, string heading)
    {
        Assert.Single(ReportUnits.ExtractLine(line, heading), i => i.Kind == ItemKind.Plan);
    }

    [Theory]
    [InlineData("一、本周概况", "本周系统整体平稳，共完成发布 31 次，其中紧急发布 2 次。工单 205 张，较上周减少 12%。")]
    [InlineData("总体情况", "共处理变更 40 次，其中紧急变更 4 次，告警 280 条，环比下降 9%。")]
    [InlineData("Summary of the week", "Quiet week overall: 28 deploys, 2 of them emergency changes; pages down 15% to 96.")]
    public void Extract_RoutineCountsUnderAnOverviewTitle_AreNoRisk(string heading, string line)
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine(line, heading), i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("本周概况")]
    [InlineData("二、整体情况")]
    [InlineData("Summary of the week")]
    public void Classify_OverviewTitle_IsBackground(string title) =>
        Assert.Equal(SectionRole.Background, SectionRoles.Classify(title));

    [Theory]
    [InlineData("本周风险概况", "Risks")] // a title naming problems keeps that role
    [InlineData("下周计划", "Plans")]
    public void Classify_TitleNamingItsLines_KeepsItsRole(string title, string role) =>
        Assert.Equal(Enum.Parse<SectionRole>(role), SectionRoles.Classify(title));
}

/// <summary>Metric names that keep their subject (rules-11, round 3). Invented examples; names are what a reader calls the figure.</summary>
public sealed class MetricNameRound3Tests
{
    [Theory]
    [InlineData("Crash-free sessions iOS 99.7%, Android 99.1%", "Crash-free sessions Android")]
    [InlineData("- Checkout conversion EU 3.1%, US 2.7%", "Checkout conversion US")]
    [InlineData("崩溃率 iOS 0.3%，Android 0.8%", "崩溃率 Android")]
    public void Extract_SecondSegmentOfAMeasure_KeepsTheMeasure(string line, string secondName)
    {
        var metrics = ReportUnits.ExtractLine(line, "Metrics").Where(i => i.Kind == ItemKind.Metric).ToList();

        Assert.Equal(2, metrics.Count);
        Assert.Equal(secondName, metrics[1].Metric!.Name);
    }

    [Fact]
    public void Extract_TwoMeasuresInOneLine_KeepTheirOwnNames()
    {
        var metrics = ReportUnits.ExtractLine("New signups 120, Churn 2%", "Metrics").Where(i => i.Kind == ItemKind.Metric).ToList();

        Assert.Contains(metrics, m => m.Metric!.Name == "Churn");
    }

    [Theory]
    [InlineData("Availability (API gateway): 99.99%", "Availability (API gateway)")]
    [InlineData("Latency p95 (search service): 310 ms", "Latency p95 (search service)")]
    [InlineData("可用性（支付网关）：99.95%", "可用性（支付网关）")]
    public void Extract_ShortBracketAfterTheMeasure_NamesItsSubject(string line, string name)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line, "Metrics"), i => i.Kind == ItemKind.Metric);

        Assert.Equal(name, metric.Metric!.Name);
    }
}

/// <summary>A word that names a kind of work does not grade (rules-11, round 3). Invented examples.</summary>
public sealed class SeverityWordRound3Tests
{
    [Theory]
    [InlineData("本周紧急变更 5 次")]
    [InlineData("其中紧急发布 2 次，均按流程审批")]
    public void Explicit_EmergencyChangeCount_IsNoGrade(string text) => Assert.Null(SeverityRule.Explicit(text));

    [Theory]
    [InlineData("【紧急】核心交换机单点，需尽快采购备件")]
    [InlineData("数据库磁盘剩余 5%，情况紧急")]
    public void Explicit_UrgentStatedOfTheProblem_IsHigh(string text) => Assert.Equal(Severity.High, SeverityRule.Explicit(text));
}
