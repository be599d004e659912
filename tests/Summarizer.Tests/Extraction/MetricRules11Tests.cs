namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of metric writing that rules-10 read wrongly on outside writers' reports (rules-11), each pinned with invented
/// examples (other words than the corpus, both languages where the convention exists in both), expected values from
/// what a careful reader lists: a target or limit is not the reading, a decision is not a metric, a day-and-month
/// written with a slash is a date, a qualifier inside a label is not the value, counts of work done are no KPI.
/// </summary>
public sealed class MetricRules11Tests
{
    private static List<ItemCandidate> LineMetrics(string line, string? heading = null) =>
        ReportUnits.ExtractLine(line, heading).Where(i => i.Kind == ItemKind.Metric).ToList();

    private static List<double> Values(string line, string? heading = null) => LineMetrics(line, heading).Select(m => m.Metric!.Value).ToList();

    // ---- a target or a limit is the bar, not the reading

    [Theory]
    [InlineData("- Refund dispute rate: 0.52%, target below 0.47%", 0.52, "0.47%")]
    [InlineData("- 退款争议率 0.61%，目标 < 0.5%", 0.61, "0.5%")]
    [InlineData("- Median page load 3.4 s; target is under 2 s", 3.4, "2 s")]
    [InlineData("- 工单首响时长 5.2 小时，要求不超过 4 小时", 5.2, "4 小时")]
    public void Match_TargetWordedAsBelowOrUnder_IsTheTargetNotASecondReading(string line, double value, string target)
    {
        var metric = Assert.Single(LineMetrics(line));
        Assert.Equal(value, metric.Metric!.Value);
        Assert.Contains(target.Replace(" ", ""), metric.Metric.Target!.Replace(" ", ""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- Cloud costs: spent $120k against a $100k budget", 120, "100k")]
    [InlineData("- Contractor spend £46k against a £40k cap", 46, "40k")]
    [InlineData("- 差旅费用已支出 38 万元，预算上限 30 万元", 38, "30 万元")]
    public void Match_SpendAgainstABudgetOrCap_ValueIsTheSpendAndTheBudgetItsCeiling(string line, double value, string target)
    {
        var metric = Assert.Single(LineMetrics(line));
        Assert.Equal(value, metric.Metric!.Value);
        Assert.Contains(target.Replace(" ", ""), metric.Metric.Target!.Replace(" ", ""), StringComparison.Ordinal);
        Assert.Equal(Severity.Medium, metric.Severity); // over its ceiling
    }

    [Theory]
    [InlineData("- Build phase 74% complete against a plan of 85%", 74)]
    [InlineData("- Regression pass rate 91.3%, must be 100% before the release", 91.3)]
    [InlineData("- 整体进度 58%，按计划本周应到 66%", 58)]
    [InlineData("- 安全整改完成率 47%，要求 6 月底完成 100%", 47)]
    [InlineData("Estimate at completion €1.84m against €1.70m approved", 1.84)]
    public void Match_PlannedOrRequiredFigureAfterTheReading_IsNoMetricOfItsOwn(string line, double value) =>
        Assert.Equal([value], Values(line));

    // ---- a decision is not a metric

    [Theory]
    [InlineData("- Approved: $85,000 for the second penetration test")]
    [InlineData("- Approved £12k for extra load-test capacity in March")]
    [InlineData("- 已批准：追加 15 万元用于压测环境扩容")]
    public void Match_ApprovedAmount_IsADecisionNotAMetric(string line) => Assert.Empty(LineMetrics(line));

    // ---- units kept on durations, names by subject

    [Theory]
    [InlineData("- Average onboarding time: 11 days (last week 13 days)", 11, "days")]
    [InlineData("- 平均排队时长 9.5 小时（上周 4 小时）", 9.5, "小时")]
    [InlineData("- Runway: ~15 months (was 17)", 15, "months")]
    public void Match_Duration_KeepsItsUnit(string line, double value, string unit)
    {
        var metric = Assert.Single(LineMetrics(line));
        Assert.Equal((value, unit), (metric.Metric!.Value, metric.Metric.Unit));
    }

    // ---- a day and month written with a slash is a date, not a ratio

    [Theory]
    [InlineData("- 支付 SDK 原定 4/8 提测，推迟到 4/15")]
    [InlineData("- 审核 11/3 提交，11/6 被拒")]
    [InlineData("- The vendor patch is now pushed to the 6/19 window")]
    [InlineData("- Apple rejected the build on Tue 5/5; we resubmit by Mon 5/11")]
    [InlineData("- GPU 集群被借走 32 卡，要用到 6/20")]
    public void Match_SlashDayMonthAfterADateWord_IsADateNotARatio(string line) =>
        Assert.DoesNotContain(LineMetrics(line), m => m.Metric!.Target is { } t && t.Length <= 2 && m.Metric.Value <= 12);

    [Theory]
    [InlineData("- 回归用例通过 312/486", 312)]
    [InlineData("- Smoke tests green: 14/18", 14)]
    public void Match_RatioWithoutDateWords_StaysARatio(string line, double value) => Assert.Contains(value, Values(line));

    // ---- a qualifier inside a label is no value

    [Theory]
    [InlineData("- Checkout availability (probe every 5 min): 99.42% (last week 99.80%)", 99.42)]
    [InlineData("- Devices silent > 24 h: 37 (last week 21)", 37)]
    [InlineData("- 慢接口（>800ms）：214 个，上周 180 个", 214)]
    [InlineData("- 当日发货率（48h）：93.1%（上周 95.0%）", 93.1)]
    public void Match_FigureInsideALabelBeforeItsColon_IsPartOfTheNameNotTheValue(string line, double value) =>
        Assert.Equal([value], Values(line));

    // ---- counts of work done, head-counts and shares of a total are no KPI

    [Theory]
    [InlineData("- 本周组织新人培训 3 场，参训 52 人次")]
    [InlineData("- 本周拜访客户 18 家次，投标 2 个，中标 1 个")]
    [InlineData("- 协助业务方变更审批 36 次")]
    [InlineData("- 项目组成员 8 人（前端 3、后端 5）")]
    [InlineData("- 修 bug 19 个，上线需求 6 个")]
    [InlineData("- 本月技术分享 2 次，到场约 45 人")]
    [InlineData("- Ran 14 customer interviews and 3 workshops this week")]
    [InlineData("- Team: 6 engineers, 1 designer")]
    public void Match_CountOfWorkDoneOrHeadCount_IsNoMetric(string line) => Assert.Empty(LineMetrics(line));

    [Theory]
    [InlineData("- 值班工单 96 张（上周 71 张）", 96, 71)]
    [InlineData("- 夜间告警 17 次，上周 6 次", 17, 6)]
    [InlineData("- Pages: 52 this week (last rotation 30)", 52, 30)]
    [InlineData("- Support callbacks: 9 this week against 4 the week before", 9, 4)]
    public void Match_CountComparedWithTheLastPeriod_IsAMetricWithItsPrevious(string line, double value, double previous)
    {
        var metric = Assert.Single(LineMetrics(line));
        Assert.Equal((value, previous), (metric.Metric!.Value, metric.Metric.Previous));
    }

    [Theory]
    [InlineData("- Patch coverage: 92% of hosts on the new baseline (last week 78%)", 92)]
    [InlineData("- 告警收敛率 64%，主要靠规则合并，上周 51%", 64)]
    public void Match_PreviousValueAfterAComma_IsNoReadingOfItsOwn(string line, double value) =>
        Assert.DoesNotContain(LineMetrics(line), m => m.Metric!.Value != value);
}
