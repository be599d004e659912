namespace Summarizer.Tests.Extraction;

/// <summary>
/// Issue 12 leftovers, one kind each, through extraction and verification (what the pipeline publishes), with the values
/// a careful reader lists: milestone tables read by their plan and forecast columns, tables without a separator row,
/// timelines that are one incident, action-item tables that are plans, metrics compared in the next clauses, and lines
/// of thanks, hedges and report labels that stay quiet.
/// </summary>
public sealed class TablesTimelinesAndClausesTests
{
    // ---- milestone tables: a forecast later than the plan is the row's slip

    [Fact]
    public async Task MilestoneTable_ForecastLaterThanPlan_IsTheRowsDelayWithTheNotesReason()
    {
        var items = await ReportUnits.PublishedAsync("""
            ## 里程碑状态

            | 里程碑 | 计划日期 | 预计日期 | 状态 | 说明 |
            |---|---|---|---|---|
            | 需求冻结 | 2024-06-14 | 2024-06-14 | 绿 | 已完成 |
            | 门店收银系统联调 | 2024-06-21 | 2024-07-05 | 红 | 因收银机厂商SDK版本不兼容，需等待新版SDK |
            | 全量推广 | 2024-08-30 | 2024-08-30 | 绿 | 暂不调整 |
            """);

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("门店收银系统联调", "2024-06-21", "2024-07-05", "收银机厂商SDK版本不兼容"), delay.Delay);
        Assert.DoesNotContain(items, i => i.Source.Quote.Contains("全量推广", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Source.Quote.Contains("需求冻结", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("| 任务 | 原计划 | 当前预计 | 备注 |")]
    [InlineData("| 任务 | 截止日期 | 预计完成 | 备注 |")]
    public async Task MilestoneTable_ChineseColumnNames_GiveTheSlip(string header)
    {
        var items = await ReportUnits.PublishedAsync($"""
            ## 进度

            {header}
            |---|---|---|---|
            | 支付联调 | 6月20日 | 6月28日 | 因银行接口变更 |
            """);

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("支付联调", "2024-06-20", "2024-06-28", "银行接口变更"), delay.Delay);
    }

    [Fact]
    public async Task MilestoneTable_TabSeparatedWithoutSeparatorRow_IsReadByItsHeader()
    {
        var items = await ReportUnits.PublishedAsync(
            "## Milestones\n\nMilestone\tPlanned\tForecast\tNotes\nData migration\tJun 14\tJun 21\tvendor export arrived late\nCutover\tJun 30\tJun 30\ton track\n");

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("Data migration", "2024-06-14", "2024-06-21", "vendor export arrived late"), delay.Delay);
        Assert.DoesNotContain(items, i => i.Source.Quote.Contains("Cutover", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MilestoneTable_PipeRowsWithoutSeparator_DueAndCurrentDateColumns_GiveTheSlip()
    {
        var items = await ReportUnits.PublishedAsync("""
            ## Schedule

            | Task | Due | Current Date | Notes |
            | Billing cut-over | Jul 1 | Jul 22 | waiting for the vendor API fix |
            | Invoice export | Jul 8 | Jul 8 | |
            """);

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("Billing cut-over", "2024-07-01", "2024-07-22", "waiting for the vendor API fix"), delay.Delay);
    }

    // ---- timelines: one incident with the stated length, not one per step

    [Fact]
    public async Task SummaryWithStatedLengthAndTimelineTable_IsOneIncidentEndingAtTheRecoveryTime()
    {
        var items = await ReportUnits.PublishedAsync("""
            # 故障复盘报告：会员中心登录失败

            ## 一、故障概述
            2024年6月25日晚，会员中心登录接口大面积返回 500，持续约25分钟。期间约 3.1 万次登录失败。已在 21:37 全部恢复。

            ## 二、故障时间线
            | 时间 | 事件 |
            |---|---|
            | 21:12 | 配置中心推送新的连接池参数 |
            | 21:14 | 登录接口错误率升至 38%，监控告警 |
            | 21:37 | 错误率恢复正常，故障结束 |

            ## 三、改进措施
            | 序号 | 措施 | 负责人 | 完成时间 |
            |---|---|---|---|
            | 1 | 配置中心强制灰度发布 | 曹宁 | 7月5日 |
            | 2 | 连接池参数增加范围校验 | 潘越 | 7月3日 |
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(25, incident.Incident!.DurationMinutes);
        Assert.Equal("2024-06-25 21:37", incident.Incident.End);
        var plans = items.Where(i => i.Kind == ItemKind.Plan).ToList();
        Assert.Equal(2, plans.Count);
        Assert.Contains(plans, p => p.Summary.StartsWith("配置中心强制灰度发布", StringComparison.Ordinal) && p.Delay!.To == "2024-07-05");
        Assert.Contains(plans, p => p.Summary.StartsWith("连接池参数增加范围校验", StringComparison.Ordinal) && p.Delay!.To == "2024-07-03");
    }

    [Fact]
    public async Task ProseTimelineUnderADatedHeading_IsPublishedWithTheHeadingsDateAndTheRecoveryAsEnd()
    {
        var items = await ReportUnits.PublishedAsync("""
            ## 二、故障处理
            ### （一）6月25日 支付网关证书过期故障
            09:40 告警触发，值班介入。09:52 定位为证书过期。10:35 证书更新，服务恢复。
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(new IncidentFacts("2024-06-25 09:40", "2024-06-25 10:35", 55, null), incident.Incident);
    }

    [Fact]
    public async Task TimelineListWithStatedLength_IsOneIncidentOfThatLength()
    {
        var items = await ReportUnits.PublishedAsync("""
            ## Incident: checkout errors

            On Jun 25 checkout returned errors for EU customers; the outage lasted 40 minutes.

            ## Timeline

            - 14:02 alert fired
            - 14:10 on-call engaged
            - 14:31 bad config identified
            - 14:42 rollback complete, service recovered
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(40, incident.Incident!.DurationMinutes);
    }

    [Fact]
    public async Task StatedStartAndLength_KeepTheEndTheyImply()
    {
        var items = await ReportUnits.PublishedAsync("## 故障\n\n- 6月27日 09:30 告警风暴，持续42分钟，未影响业务。\n");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(new IncidentFacts("2024-06-27 09:30", "2024-06-27 10:12", 42, "未影响业务"), incident.Incident);
    }

    // ---- metrics compared in the next clauses, without brackets

    [Theory]
    [InlineData("- 核心可用率 99.2%，上周 99.5%，目标 99.9%", "99.9%")]
    [InlineData("- Availability 99.2%, last week 99.5%, target 99.9%", "99.9%")]
    public async Task MetricWithPreviousAndTargetClauses_KeepsBothGrounded(string line, string target)
    {
        var items = await ReportUnits.PublishedAsync($"## 运行数据\n\n{line}\n");

        var metric = Assert.Single(items, i => i.Kind == ItemKind.Metric);
        Assert.Equal((99.2, (double?)99.5, target), (metric.Metric!.Value, metric.Metric.Previous, metric.Metric.Target));
        Assert.Contains("99.5", metric.Source.Quote, StringComparison.Ordinal);
    }

    // ---- lines that stay quiet

    [Theory]
    [InlineData("- 感谢运维组同学周末支援扩容，解决了磁盘告警问题。")]
    [InlineData("- Thanks to the SRE team for the quick failover during the outage.")]
    [InlineData("- Thank you to everyone who filed issues and reviewed fixes this month.")]
    [InlineData("- Kudos to Maria for fixing the flaky login test that blocked releases.")]
    public async Task ThanksLines_AreNoItems(string line)
    {
        Assert.Empty(await ReportUnits.PublishedAsync($"## Notes\n\n{line}\n"));
    }

    [Theory]
    [InlineData("- We believe the iOS release will be delayed a little by the review queue.")]
    [InlineData("- The Android release is probably delayed by the new store policy.")]
    public async Task Hedges_AreNoDelays(string line)
    {
        Assert.DoesNotContain(await ReportUnits.PublishedAsync($"## Mobile\n\n{line}\n"), i => i.Kind == ItemKind.Delay);
    }

    [Fact]
    public async Task HedgeThatMovesADate_IsADelay()
    {
        var items = await ReportUnits.PublishedAsync("## Mobile\n\n- We believe the iOS release will slip from Jun 28 to Jul 5 because of the review queue.\n");

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(("2024-06-28", "2024-07-05"), (delay.Delay!.From, delay.Delay.To));
    }

    [Theory]
    [InlineData("**故障等级：** P2　**复盘日期：** 2024年6月27日　**负责人：** 曹宁（会员中心）")]
    [InlineData("周期：2024年第26周 ｜ 负责人：苏婉 ｜ 状态：🟡 部分延期")]
    public async Task ReportLabelLines_AreNoItems(string line)
    {
        Assert.Empty(await ReportUnits.PublishedAsync($"# 故障复盘报告\n\n{line}\n"));
    }
}
