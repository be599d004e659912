namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of metric writing that rules-9 read wrongly on an outside writer's reports (rules-10), each pinned with invented
/// examples in the languages the convention exists in, expected values from what a careful reader lists: which column
/// of a table is this period's, which figure on a line is the reading (not the target, the change, the breakdown, the
/// date or the condition), and which counts are activity rather than a KPI.
/// </summary>
public sealed class MetricKindsRules10Tests
{
    private static List<ItemCandidate> Metrics(string text) => ReportUnits.Extract(text).Where(i => i.Kind == ItemKind.Metric).ToList();

    private static List<ItemCandidate> LineMetrics(string line) => ReportUnits.ExtractLine(line).Where(i => i.Kind == ItemKind.Metric).ToList();

    // ---- columns by header meaning

    [Fact]
    public void Extract_SprintTableWithNewestColumnFirst_ReadsTheHighestNumberedSprintAsTheValue()
    {
        var metrics = Metrics("""
            ## Numbers

            | | Iteration 7 | Iteration 6 | avg |
            |---|---|---|---|
            | Stories done | 12 | 17 | 15 |
            | Bugs escaped | 5 | 2 | 3 |
            """);

        Assert.Equal([(12d, 17d), (5d, 2d)], metrics.Select(m => (m.Metric!.Value, m.Metric.Previous!.Value)));
    }

    [Fact]
    public void Extract_WeekColumnsInAscendingOrder_StillReadTheLatestWeek()
    {
        var metrics = Metrics("""
            | 指标 | 第11周 | 第12周 |
            |---|---|---|
            | 工单量 | 410 | 388 |
            """);

        var metric = Assert.Single(metrics);
        Assert.Equal((388d, 410d), (metric.Metric!.Value, metric.Metric.Previous!.Value));
    }

    [Theory]
    [InlineData("| 项目组 | 预算(万元) | 已用(万元) | 使用率 |", "| 平台组 | 800 | 344 | 43.0% |", 43.0)]
    [InlineData("| Team | Budget | Spent | Burn rate |", "| Growth | $90k | $61k | 67.8% |", 67.8)]
    public void Extract_TableWithoutValueColumn_ReadsItsRateColumn(string header, string row, double value)
    {
        var metric = Assert.Single(Metrics($"{header}\n|---|---|---|---|\n{row}\n"));
        Assert.Equal(value, metric.Metric!.Value);
    }

    [Fact]
    public void Extract_PlainTextTableAlignedWithBlanks_ReadsEachRowByItsHeader()
    {
        var metrics = Metrics("""
            一、核心指标

              指标            本周        上周       目标
              ---------------------------------------
              订单量          12,400      11,980     --
              退款率          1.8%        2.1%       <=2%
              ---------------------------------------
            """);

        Assert.Equal([("订单量", 12400d, (double?)11980d), ("退款率", 1.8d, 2.1d)],
            metrics.Select(m => (m.Metric!.Name, m.Metric.Value, m.Metric.Previous)));
    }

    // ---- the reading, not the bar

    [Theory]
    [InlineData("- Search p95 climbed to 1.3 s against a 0.8 s target.", 1.3, "0.8 s")]
    [InlineData("- 工单首响达标率 88.5%，未达 95% 目标，主要因夜班缺人。", 88.5, "95%")]
    [InlineData("- 坏账率升至 4.1%（上周 3.9%，警戒线 3%）。", 4.1, "3%")]
    public void Extract_TargetOrLimitNamedAroundItsNumber_IsTheTargetNotAMetric(string line, double value, string target)
    {
        var metric = Assert.Single(LineMetrics(line));
        Assert.Equal((value, target), (metric.Metric!.Value, metric.Metric.Target));
    }

    [Theory]
    [InlineData("- 导出任务耗时 38 秒，满足 45 秒的验收要求。", 38)]
    [InlineData("- 全量回放完成，耗时 3 小时，在 6 小时窗口内。", 3)]
    public void Extract_AcceptanceBarAfterTheReading_IsNoMetricOfItsOwn(string line, double value) =>
        Assert.DoesNotContain(LineMetrics(line), m => m.Metric!.Value != value);

    [Theory]
    [InlineData("- 本周活跃用户 5.2 万，环比上升 9%。", 5.2)]
    [InlineData("- 留存率 41.0%，比上周提升 2.3 个百分点。", 41.0)]
    [InlineData("- Weekly signups: 1,840, conversion 3.1% (up 0.4 pp).", 1840)]
    public void Extract_ChangeAgainstTheLastPeriod_IsNotAValue(string line, double value)
    {
        var metrics = LineMetrics(line);
        Assert.Contains(metrics, m => m.Metric!.Value == value);
        Assert.DoesNotContain(metrics, m => m.Metric!.Value is 9 or 2.3 or 0.4);
    }

    [Theory]
    [InlineData("- 线上告警：本周新增 15 条（P0 1条、P1 4条、P2 10条），上周 19 条。", 15)]
    [InlineData("- 本周退款 86 万元，其中渠道退款 30 万元。", 86)]
    [InlineData("- New bugs: 9 this week (of which 2 critical).", 9)]
    public void Extract_BreakdownOfAFigure_IsNotAMetricOfItsOwn(string line, double value)
    {
        var metric = Assert.Single(LineMetrics(line));
        Assert.Equal(value, metric.Metric!.Value);
    }

    [Fact]
    public void Extract_ShareInsideABreakdown_StaysAMeasure() =>
        Assert.Contains(LineMetrics("- 本周告警 340 条，其中有效告警占比 28%。"), m => m.Metric!.Value == 28);

    [Theory]
    [InlineData("- Ingest rate fell to 95 MB/s from 140 MB/s after the upgrade.", 95, 140)]
    [InlineData("- Cold start dropped to 2.4 s, down from 3.1 s last sprint.", 2.4, 3.1)]
    public void Extract_NewValueBeforeFromOldValue_IsAChange(string line, double value, double previous)
    {
        var metric = Assert.Single(LineMetrics(line));
        Assert.Equal((value, (double?)previous), (metric.Metric!.Value, metric.Metric.Previous));
    }

    // ---- figures that are no KPI

    [Theory]
    [InlineData("- 新版收银页于 6/12 上线，首日访问 3.4 万次")]
    [InlineData("■ 三、下周安排（6/17-6/21）")]
    [InlineData("- 合作伙伴签约排期确认 4 场（6/18–6/20）")]
    public void Extract_SlashDatesMarkedAsDates_AreNoValues(string line) =>
        Assert.DoesNotContain(LineMetrics(line), m => m.Metric!.Value is 6 or 12 or 17 or 18 or 20 or 21);

    [Theory]
    [InlineData("- 临时加开周末班 3 个，覆盖高峰时段。")]
    [InlineData("- 召开需求评审会、架构评审会各 2 次。")]
    [InlineData("- 处理用户工单 212 条，已回复 198 条。")]
    [InlineData("- 排期确认 6 场（6/18–6/22），其中头部主播 2 场。")]
    [InlineData("- 本周投入 17 人，与计划一致。")]
    [InlineData("- 整理对外接口说明 31 份，已同步合作方。")]
    [InlineData("- 新员工培训结业，12人通过考核。")]
    [InlineData("- Held 3 design reviews and triaged 57 tickets.")]
    public void Extract_CountsOfEffortSpent_AreNoMetrics(string line) => Assert.Empty(LineMetrics(line));

    [Theory]
    [InlineData("- 客服中心：日均处理 3.6 万笔咨询。", 3.6)]
    [InlineData("- Support handled 410 tickets per day on average.", 410)]
    public void Extract_RateOfWork_StaysAMetric(string line, double value) =>
        Assert.Contains(LineMetrics(line), m => m.Metric!.Value == value);

    [Theory]
    [InlineData("注：本季度时间进度为 33%，消耗率高于 40% 的项目需说明原因。")]
    [InlineData("- 渠道费用超过 5 万元的合同需法务复核。")]
    [InlineData("*Week 6 of 12 · Owner: Dana Ruiz*")]
    [InlineData("- Search reranker: canary at 10% of hosts since Tuesday.")]
    [InlineData("- 供应商合同审批已等待 8 个工作日。")]
    public void Extract_ConditionsFootnotesPeriodsAndRollouts_AreNoMetrics(string line) => Assert.Empty(LineMetrics(line));

    [Theory]
    [InlineData("- New onboarding flow live on Android (100% of traffic) and web (20% rollout).")]
    [InlineData("- 新搜索排序已放开 30% 流量，观察转化。")]
    [InlineData("- 实验组下单转化 +6.5%，已全量。")]
    [InlineData("- Ask the steering group to approve +$40k for the extra contractor.")]
    public void Extract_RolloutSharesAndSignedChanges_AreNoMetrics(string line) => Assert.Empty(LineMetrics(line));

    [Fact]
    public void Extract_CurrencyAmountWithShortMultiplier_KeepsItsComparisonTogether()
    {
        // The approved amount is the budget the forecast is held against (its ceiling), not an earlier reading (rules-11).
        var metric = Assert.Single(LineMetrics("- Forecast at completion: $3.8m vs $3.5m approved."));
        Assert.Equal((3.8, (double?)null), (metric.Metric!.Value, metric.Metric.Previous));
        Assert.Contains("3.5m", metric.Metric.Target, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_NotAFigureAfterNot_IsTheBarMissed()
    {
        var metrics = LineMetrics("- Dark-mode adoption is 62%, not the 80% we planned.");
        Assert.DoesNotContain(metrics, m => m.Metric!.Value == 80);
    }

    [Fact]
    public void Extract_ProgressOfTotalAfterDoneCount_StaysProgressNotATarget()
    {
        var metric = Assert.Single(LineMetrics("- 对账差异：已闭环 156/240 笔。"));
        Assert.Equal(156, metric.Metric!.Value);
        Assert.DoesNotContain(LineMetrics("- 对账差异：已闭环 156/240 笔。"), m => m.Metric!.Value == 240);
    }
}
