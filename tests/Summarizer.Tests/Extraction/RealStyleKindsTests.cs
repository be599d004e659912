namespace Summarizer.Tests.Extraction;

/// <summary>
/// The fault kinds issue 12 found on real reports, one example each, with the values a careful reader lists
/// (incidents, delays, metrics, risks, plans).
/// </summary>
public sealed class RealStyleKindsTests
{
    // ---- incidents

    [Theory]
    [InlineData("2024-06-25")] // a heading that is only a date
    [InlineData("Summary")]
    [InlineData(null)]
    public void Extract_ProseBetweenTwoTimes_IsOneIncidentOf45MinutesUnderAnyHeading(string? heading)
    {
        var items = ReportUnits.ExtractLine(
            "Between 14:20 and 15:05 UTC the export service returned errors for 12% of requests, resulting in delayed downloads for EU customers.", heading);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(45, incident.Incident!.DurationMinutes);
        Assert.EndsWith("14:20", incident.Incident.Start, StringComparison.Ordinal);
        Assert.EndsWith("15:05", incident.Incident.End, StringComparison.Ordinal);
        Assert.DoesNotContain(items, i => i.Kind is ItemKind.Delay or ItemKind.Risk);
    }

    [Fact]
    public void Extract_DateHeading_DatesTheIncidentOfItsLines()
    {
        var incident = Assert.Single(ReportUnits.ExtractLine("Between 14:20 and 15:05 UTC the export service returned errors.", "2024-06-25"));
        Assert.Equal(("2024-06-25 14:20", "2024-06-25 15:05"), (incident.Incident!.Start, incident.Incident.End));
    }

    [Fact]
    public void Extract_ProseTimeline_EndsAtTheRecoveryTimeNotTheNextStep()
    {
        var incident = Assert.Single(ReportUnits.ExtractLine("6月25日 09:40 告警触发，值班介入。09:52 定位为证书过期。10:35 证书更新，服务恢复。", "故障经过"));
        Assert.Equal(new IncidentFacts("2024-06-25 09:40", "2024-06-25 10:35", 55, null), incident.Incident);
    }

    [Fact]
    public void Extract_StatedLengthWithTimelineTable_IsOneIncidentOfTheStatedLength()
    {
        var items = ReportUnits.Extract("""
            ## 故障复盘

            6月25日 14:02 支付回调异常，持续约25分钟，影响约300笔订单。

            | 时间 | 事件 |
            |---|---|
            | 14:02 | 告警触发 |
            | 14:10 | 定位到配置错误 |
            | 14:27 | 回滚完成，服务恢复 |
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(25, incident.Incident!.DurationMinutes);
        Assert.Equal("2024-06-25 14:02", incident.Incident.Start);
    }

    [Fact]
    public void Extract_TimelineTableAlone_IsOneIncidentFromFirstStepToRecovery()
    {
        var items = ReportUnits.Extract("""
            ## 6月25日 支付回调异常

            | 时间 | 事件 |
            |---|---|
            | 14:02 | 告警触发 |
            | 14:10 | 定位到配置错误 |
            | 14:27 | 回滚完成，服务恢复 |
            | 15:00 | 复盘会 |
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(new IncidentFacts("2024-06-25 14:02", "2024-06-25 14:27", 25, null), incident.Incident);
    }

    // ---- delays

    [Theory]
    [InlineData("- Users saw delayed responses from the search API during peak hours.")]
    [InlineData("- 消息队列延迟升高，p99 达到 800ms。")]
    [InlineData("- Replication delays stayed under 2 s.")]
    public void Extract_LatencyWords_AreNoScheduleSlip(string line)
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);
    }

    [Fact]
    public void Extract_SlipWithoutDates_IsADelayWithItsReason()
    {
        var delay = Assert.Single(ReportUnits.ExtractLine("- The billing cut-over is 3 weeks behind because the vendor API keeps timing out."), i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("billing cut-over", null, null, "the vendor API keeps timing out"), delay.Delay);
    }

    [Fact]
    public void Extract_NotDoneOnTime_IsADelayToTheExpectedDate()
    {
        var delay = Assert.Single(ReportUnits.ExtractLine("- 对账报表未按期完成，预计下周三交付。"), i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("对账报表", null, "2024-07-03", null), delay.Delay);
        Assert.Equal(new DateOnly(2024, 7, 3), delay.Delay!.ToDate);
    }

    [Fact]
    public void Extract_PlannedThenActualDate_IsADelayFromPlanToActual()
    {
        var delay = Assert.Single(ReportUnits.ExtractLine("- 计划 8.12 上线 → 实际 8.15 上线（晚3天，因证书审批）"), i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("上线", "2024-08-12", "2024-08-15", "证书审批"), delay.Delay);
        Assert.Equal((new DateOnly(2024, 8, 12), new DateOnly(2024, 8, 15)), (delay.Delay!.FromDate, delay.Delay.ToDate));
    }

    [Fact]
    public void Extract_DelayedStatusRow_NamesTheRowsTaskAndItsNoteAsReason()
    {
        var items = ReportUnits.Extract("""
            ## 任务进度

            | 任务 | 负责人 | 状态 | 备注 |
            |---|---|---|---|
            | 支付对账改造 | 张三 | 已延期 | 因需求变更返工 |
            """);

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("支付对账改造", null, null, "需求变更返工"), delay.Delay);
    }

    // ---- metrics

    [Fact]
    public void Extract_TaskTableWithPercentColumn_GivesAMetricPerTaskNamedByItsItem()
    {
        var items = ReportUnits.Extract("""
            ## Progress

            | Task | Owner | Progress |
            |---|---|---|
            | Data import | Ana | 60% |
            | Search index | Li | 35% |
            """);

        Assert.Equal([new MetricFacts("Data import", 60, "%"), new MetricFacts("Search index", 35, "%")],
            items.Where(i => i.Kind == ItemKind.Metric).Select(i => i.Metric));
    }

    [Fact]
    public void Extract_RowLabelTable_GivesAMetricPerRowWithItsPreviousValue()
    {
        var items = ReportUnits.Extract("""
            ## 数据

            |  | 本周 | 上周 |
            |---|---|---|
            | 新增用户 | 1,200 | 1,050 |
            """);

        Assert.Equal(new MetricFacts("新增用户", 1200, null, 1050), Assert.Single(items, i => i.Kind == ItemKind.Metric).Metric);
    }

    [Theory]
    [InlineData("- 本月活跃用户接近 35%", "本月活跃用户", 35, "%", null)]
    [InlineData("- The error rate peaked at 41% on Tuesday.", "error rate", 41, "%", null)]
    [InlineData("- 转化率下降12%", "转化率", 12, "%", null)]
    [InlineData("- 超时率高达7%", "超时率", 7, "%", null)]
    [InlineData("- 累计收到工单38起", "工单", 38, "起", null)]
    [InlineData("- 损失约3.2万元", "损失", 3.2, "万元", null)]
    [InlineData("- 周会从上月的 12 次上升到本月的 19 次", "周会", 19, "次", 12.0)]
    [InlineData("- Flaky: 18/240 = 7.5%", "Flaky", 7.5, "%", null)]
    public void Extract_MetricName_EndsBeforeTheVerbOrHedge(string line, string name, double value, string unit, double? previous)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line, "Metrics"), i => i.Kind == ItemKind.Metric);
        Assert.Equal(new MetricFacts(name, value, unit, previous), metric.Metric);
    }

    [Fact]
    public void Extract_DotSeparatedFigures_AreNamedEach()
    {
        var metrics = ReportUnits.ExtractLine("Health · 可用率92% · 复购率48%", "指标").Where(i => i.Kind == ItemKind.Metric);
        Assert.Equal([new MetricFacts("可用率", 92, "%"), new MetricFacts("复购率", 48, "%")], metrics.Select(m => m.Metric));
    }

    [Fact]
    public void Extract_ADateWithTwoSlashes_IsNoMetric()
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine("- Design doc reviewed on 08/21/24 by the platform group."), i => i.Kind == ItemKind.Metric);
    }

    // ---- risks

    [Fact]
    public void Extract_RiskWordRowWithEmptyOrZeroValues_IsQuiet()
    {
        var items = ReportUnits.Extract("""
            ## Quality

            | Type | Last week | Count |
            |---|---|---|
            | Regressions | - | 0 |
            | Blockers | 0 | 无 |
            """);

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Extract_TableRowRisk_IsSummarisedByItsItemAndProblem()
    {
        var items = ReportUnits.Extract("""
            ## 风险跟踪

            | 事项 | 状态 | 风险描述 |
            |---|---|---|
            | 证书续期 | 🔴 持续 | 供应商审批未回复，可能影响8月上线 |
            """);

        var risk = Assert.Single(items, i => i.Kind == ItemKind.Risk);
        Assert.Equal("证书续期：供应商审批未回复，可能影响8月上线", risk.Summary);
        Assert.Equal(Severity.High, risk.Severity);
    }

    [Fact]
    public void Extract_RiskTableWithoutItemColumn_IsSummarisedByTheProblemNotItsLabel()
    {
        var items = ReportUnits.Extract("""
            ## Risks

            | Risk Description | Owner | RAG |
            |---|---|---|
            | Vendor API rate limits cap the nightly sync | Dana | Red |
            """);

        Assert.Equal("Vendor API rate limits cap the nightly sync", Assert.Single(items, i => i.Kind == ItemKind.Risk).Summary);
    }

    [Theory]
    [InlineData("Challenges", "- The staging cluster is shared with the data team, so test runs queue for hours.")]
    [InlineData("What went wrong", "- We shipped the migration on a Friday without a rollback script.")]
    [InlineData("Blockers", "- Waiting for the security sign-off on the new SSO flow.")]
    [InlineData("根本原因", "- 证书自动续期脚本只在主节点运行，备节点一直未更新。")]
    [InlineData("存在问题", "- 测试环境与生产配置不一致，回归用例覆盖不到。")]
    [InlineData("踩坑", "- iOS 17 的 WebView 不支持该 API，只能降级。")]
    public void Extract_LineUnderAProblemHeading_IsARisk(string heading, string line)
    {
        Assert.Single(ReportUnits.ExtractLine(line, heading), i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("What went wrong", "- We added alerts so this is caught earlier.")]
    [InlineData("存在问题", "- 优化方向：统一在网关层做兼容。")]
    [InlineData("故障复盘", "下面说明故障经过和改进措施。")]
    [InlineData(null, "- We added alerts so this is caught earlier.")]
    [InlineData(null, "下面说明故障经过和改进措施。")]
    [InlineData("Challenges", "- Suggest we pin the SDK version until the vendor fixes the timeout bug.")]
    public void Extract_FixMitigationAdviceOrIntroduction_IsNoRisk(string? heading, string line)
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine(line, heading), i => i.Kind == ItemKind.Risk);
    }

    // ---- plans

    [Fact]
    public void Extract_NextPhaseSectionWithBoldNumberedItems_GivesItsPlans()
    {
        var items = ReportUnits.Extract("""
            ## 本周进展

            - 完成登录页改版

            ### 下一阶段计划

            1. **完成权限模块重构**
            2. **接入统一登录**，与安全组对齐方案
            """);

        Assert.Equal(["完成权限模块重构", "接入统一登录，与安全组对齐方案"], items.Where(i => i.Kind == ItemKind.Plan).Select(i => i.Summary));
    }
}
