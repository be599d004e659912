using Summarizer.Extraction;

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

    // ---- plain-text reports: numbered sentences the parser takes for headings are lines

    [Fact]
    public async Task NumberedSentencesUnderABracketLabel_AreReadAsLines()
    {
        var report = ReportUnits.Document("""
            【重点项目】
            三、教育局采购项目：原计划4月10日签约，因客户领导出差，推迟到4月17日。

            【问题与困难】
            （一）渠道伙伴报价混乱，同一项目出现三家伙伴报价，客户对价格体系有疑问。
            （二）本周两名销售离职，华北片区客户暂由主管代管。
            """, "2024-W15") with { Format = "txt", File = "2024-W15/sales.txt" };
        var items = await new Summarizer.Evaluation.CorpusEvaluator(new OfflineExtractor()).ExtractAsync(report);

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(("2024-04-10", "2024-04-17"), (delay.Delay!.From, delay.Delay.To));
        Assert.Equal(2, items.Count(i => i.Kind == ItemKind.Risk && i.Source.Line >= 5));
    }

    // ---- risks: problems, not their fixes, explanations or progress

    [Theory]
    [InlineData("## Releases", "- **v2.7.1** (Sep 26): fixes a regression in plugin loading on Windows reported by three users.")]
    [InlineData("## 四、说明", "- 资金余额下降主要是付款节奏，非经营性问题。")]
    [InlineData("## 三、已采取措施", "- 物流破损问题已反馈给仓储部，对方本周开始加固包装。")]
    [InlineData("## What we learned", "- Delayed job pickup on the ARM pool is a capacity issue, not a scheduler bug.")]
    public async Task FixesExplanationsAndMeasuresTaken_AreNoRisks(string heading, string line)
    {
        Assert.DoesNotContain(await ReportUnits.PublishedAsync($"{heading}\n\n{line}\n"), i => i.Kind is ItemKind.Risk or ItemKind.Delay);
    }

    [Fact]
    public async Task RiskRegisterRows_AreRisksOfTheirDescription_AndAPastedHeaderRowIsNone()
    {
        var items = await ReportUnits.PublishedAsync("""
            ## 风险与问题

            | 编号 | 描述 | 等级 | 应对措施 | 责任人 |
            |---|---|---|---|---|
            | R1 | 收银机厂商新版SDK发布时间未确定 | 高 | 每日跟进厂商 | 袁博 |
            | R2 | 试点门店店员培训时间不足 | 中 | 录制培训视频 | 冯雨 |
            | 描述 | 等级 | 应对措施 | 责任人 | 备注 |
            """);

        var risks = items.Where(i => i.Kind == ItemKind.Risk).Select(i => i.Summary).ToList();
        Assert.Equal(["收银机厂商新版SDK发布时间未确定", "试点门店店员培训时间不足"], risks);
    }

    [Fact]
    public async Task AmberRowThatStatesNoProblem_IsAMetricNotARisk()
    {
        var items = await ReportUnits.PublishedAsync("""
            ## 版本测试情况

            | 版本 | 测试进度 | 用例通过率 | 状态 |
            |---|---|---|---|
            | 后台 v3.8 | 80% | 91.2% | 🟡 测试中 |
            """);

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
        Assert.Contains(items, i => i.Kind == ItemKind.Metric && i.Metric!.Value == 80);
    }

    [Fact]
    public async Task OverdueReceivables_AreNoScheduleSlip()
    {
        Assert.DoesNotContain(await ReportUnits.PublishedAsync("## 应收\n\n- 逾期 90 天以上应收 412 万元，占应收总额 12.8%（上月 10.5%）。\n"), i => i.Kind == ItemKind.Delay);
    }

    // ---- metrics

    [Theory]
    [InlineData("- **KR A1**: First response time under 2 hours for 90% of tickets. *Now 81% (was 74% in April).* Score 0.6.", 81, "90%")]
    [InlineData("- KR1：CI 构建时长从 18 分钟缩短到 12 分钟 —— 当前 14.5 分钟，信心 🟢", 14.5, "12 分钟")]
    public async Task KeyResultLines_ReportTheCurrentValueWithTheGoalAsTarget(string line, double value, string target)
    {
        var items = await ReportUnits.PublishedAsync($"## Objectives\n\n{line}\n");

        var metric = Assert.Single(items, i => i.Kind == ItemKind.Metric && i.Metric!.Value == value);
        Assert.Equal(target, metric.Metric!.Target);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Metric && i.Metric!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) == target.Split(' ', '%')[0]);
    }

    [Fact]
    public async Task RatioWithItsPercentage_IsThePercentage()
    {
        var items = await ReportUnits.PublishedAsync("## Progress\n\n- Multilingual eval set: 1,800 of 3,000 items annotated (60%).\n");

        Assert.Equal([60.0], items.Where(i => i.Kind == ItemKind.Metric).Select(i => i.Metric!.Value));
    }

    [Fact]
    public async Task ProgressInANotesCell_IsTheRowsMetric()
    {
        var items = await ReportUnits.PublishedAsync("""
            ## 专项

            | 事项 | 状态 | 说明 |
            |---|---|---|
            | 接口自动化补齐 | 进行中 | 完成 60% |
            """);

        var metric = Assert.Single(items, i => i.Kind == ItemKind.Metric);
        Assert.Equal(("接口自动化补齐", 60.0), (metric.Metric!.Name, metric.Metric.Value));
    }

    [Fact]
    public async Task DottedPlanAndActualDates_AreGroundedFromAndTo()
    {
        var items = await ReportUnits.PublishedAsync("## 延期说明\n\n- 计划 12.3 上线 → 实际 12.6 上线（晚3天，因证书审批），涉及新人礼包 2.0。\n", "2024-W49");

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("上线", "2024-12-03", "2024-12-06", "证书审批"), delay.Delay);
    }

    // ---- slips stated without a delay word

    [Theory]
    [InlineData("## Risks", "- The payments team has not confirmed a window, and the Postgres upgrade is already 2 weeks behind because of that.", null)]
    [InlineData("## Status", "- The Kafka upgrade scheduled for Jun 28 did not happen — the vendor patch was not released — and there is no new date yet.", "2024-06-28")]
    [InlineData("## Infra", "- The new A100 nodes are still not in the cluster; procurement now says end of July instead of Jun 10.", "2024-06-10")]
    [InlineData("## Summary", "- Site 2 go-live was planned for 15 July and is now 29 July: the scanners arrived late.", "2024-07-15")]
    [InlineData("## Releases", "- v3.0 was planned for the end of June; it is now expected in August because the config RFC is still open.", null)]
    public async Task SlipsWithoutADelayWord_AreDelays(string heading, string line, string? from)
    {
        var delay = Assert.Single(await ReportUnits.PublishedAsync($"{heading}\n\n{line}\n"), i => i.Kind == ItemKind.Delay);
        Assert.Equal(from, delay.Delay!.From);
    }

    [Fact]
    public async Task RowsUnderANotCompletedHeading_AreDelaysOfTheirItemWithTheReasonCell()
    {
        var items = await ReportUnits.PublishedAsync("""
            ## Not completed
            | Story | Points | Reason |
            |---|---|---|
            | ATL-318 SCIM import | 5 | Blocked: identity team's SCIM endpoint not deployed until Jul 19 |
            """);

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal("ATL-318 SCIM import", delay.Delay!.Milestone);
        Assert.Contains("SCIM endpoint not deployed", delay.Delay.Reason, StringComparison.Ordinal);
    }
}
