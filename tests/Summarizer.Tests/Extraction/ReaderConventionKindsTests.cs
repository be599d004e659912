namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of phrasing and layout that rules-8 read wrongly on reports by an outside writer (rules-9), one invented example
/// each, with what a careful reader lists: slips written as "planned for X, now Y", milestone tables with 计划完成 and
/// 预测完成, missing safeguards and capacity shortages as risks, counts of done work that are no KPIs, prose timelines.
/// </summary>
public sealed class ReaderConventionKindsTests
{
    // ---- delays

    [Theory]
    [InlineData("- **Object storage migration** — was planned for May 4, now May 11. Two buckets still need lifecycle rules.", "2024-05-04", "2024-05-11")]
    [InlineData("The SSO rollout was planned for June 3; it's now June 17 at the earliest.", "2024-06-03", "2024-06-17")]
    [InlineData("The index rebuild was planned for 3 Jun and is now expected 12 Jun because the new nodes arrived late.", "2024-06-03", "2024-06-12")]
    [InlineData("数据中心搬迁：原定6月20日完成，实际延至6月27日，因机柜到货晚", "2024-06-20", "2024-06-27")]
    public void Extract_PlannedDateAndTheDateNow_IsASlipBetweenThem(string line, string from, string to)
    {
        var delay = Assert.Single(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);
        Assert.Equal((from, to), (delay.Delay!.From, delay.Delay.To));
    }

    [Fact]
    public void Extract_ActualDateAfterThePlannedOne_NamesWhatSlipped()
    {
        var delay = Assert.Single(ReportUnits.ExtractLine("数据中心搬迁：原定6月20日完成，实际延至6月27日，因机柜到货晚"), i => i.Kind == ItemKind.Delay);
        Assert.Equal("数据中心搬迁", delay.Delay!.Milestone);
        Assert.Equal("机柜到货晚", delay.Delay.Reason);
    }

    [Fact]
    public void Extract_PushedToAQuarterMissingADatedTarget_IsASlipFromThatTarget()
    {
        var delay = Assert.Single(ReportUnits.ExtractLine("- **Log pipeline consolidation** — we've pushed this to Q3; it will not make the Jul 1 target."),
            i => i.Kind == ItemKind.Delay);
        Assert.Equal("2024-07-01", delay.Delay!.From);
        Assert.Equal("Q3", delay.Delay.To);
    }

    [Fact]
    public void Extract_MilestoneTableWithPlannedAndForecastCompletion_GivesTheRowsSlip()
    {
        var items = ReportUnits.Extract("""
            ## 里程碑

            | 里程碑 | 计划完成 | 预测完成 | 状态 | 备注 |
            |---|---|---|---|---|
            | 接口联调 | 2024-06-14 | 2024-06-14 | 🟢 正常 | — |
            | 联调验收 | 2024-06-21 | 2024-06-28 | 🔴 延期 | 测试环境排期冲突 |
            """);

        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay);
        Assert.Equal(new DelayFacts("联调验收", "2024-06-21", "2024-06-28", "测试环境排期冲突"), delay.Delay);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Plan);
    }

    // ---- risks

    [Theory]
    [InlineData("What we're worried about", "The billing export job is shared by every region and nobody is on call for it.")]
    [InlineData(null, "We have no alert on disk usage for the build agents.")]
    [InlineData(null, "Only one engineer is available for the ledger migration until August.")]
    [InlineData(null, "The SSO launch depends on the vendor enabling SCIM for our tenant.")]
    [InlineData(null, "The SMS gateway has throttled us three times this month.")]
    [InlineData("故障复盘", "原因：备份脚本在机房迁移后未同步新配置。")]
    [InlineData("Incident", "Root cause: the retry queue had no size limit.")]
    [InlineData(null, "余额告警未接入我方监控，欠费后无人处理。")]
    public void Extract_ProblemsWithoutRiskWords_AreRisks(string? heading, string line) =>
        Assert.Single(ReportUnits.ExtractLine(line, heading), i => i.Kind == ItemKind.Risk);

    [Theory]
    [InlineData("No alerts fired this week.")]
    [InlineData("建议各组上线前统一检查配置，人员变动时不至于漏告警。")]
    [InlineData("Confidence scale 1–5 (1–2 at risk, 3 watch, 4–5 on track).")]
    [InlineData("Release gate now blocks promotion on error-rate regressions.")]
    [InlineData("清理历史告警规则 30 条（无人认领或长期静默）")]
    public void Extract_AdviceLegendsAndShippedGuards_AreNoRisks(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Risk);

    [Fact]
    public void Extract_AdviceLabelUnderPlans_IsNoPlan()
    {
        var items = ReportUnits.Extract("""
            ## 下周计划

            1. 完成订单库扩容
            建议：大促前一周做一次全链路压测
            """);

        var plan = Assert.Single(items);
        Assert.Equal(ItemKind.Plan, plan.Kind);
        Assert.Contains("订单库扩容", plan.Summary, StringComparison.Ordinal);
    }

    // ---- metrics

    [Theory]
    [InlineData("本周共修复线上缺陷 15 个，其中 P1 级 3 个。")]
    [InlineData("协助风控组上线 4 条规则")]
    [InlineData("华北区对象存储扩容 200TB，已上线")]
    [InlineData("总部 300 人全部切换完成，VPN 账号停用 280 个")]
    [InlineData("完成堡垒机闲置账号清理，回收账号 90 个")]
    public void Extract_CountsOfDoneWork_AreNoMetrics(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Metric);

    [Theory]
    [InlineData("Completed: 21 story points", 21)]
    [InlineData("门店改造完成 12 家，共 20 家。", 12)]
    [InlineData("高危漏洞修复率 92%（目标 95%）", 92)]
    [InlineData("告警总数：1,200条", 1200)]
    public void Extract_NamedOrComparedCounts_StayMetrics(string line, double value)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Metric);
        Assert.Equal(value, metric.Metric!.Value);
    }

    [Theory]
    [InlineData("Forecast at completion: £1.8m", 1.8)]
    [InlineData("Spent to date: €140k", 140)]
    public void Extract_PoundAndEuroAmounts_AreMetrics(string line, double value)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Metric);
        Assert.Equal(value, metric.Metric!.Value);
    }

    [Fact]
    public void Extract_SloTable_ReadsAttainmentAsValueAndObjectiveAsTarget()
    {
        var items = ReportUnits.Extract("""
            ## SLO status

            | Service | SLI | Objective | 28d attainment | Status |
            |---|---|---|---|---|
            | Search | availability | 99.9% | 99.85% | 🟢 |
            """);

        var metric = Assert.Single(items, i => i.Kind == ItemKind.Metric);
        Assert.Equal((99.85, "%", "99.9%"), (metric.Metric!.Value, metric.Metric.Unit, metric.Metric.Target));
    }

    // ---- plans

    [Theory]
    [InlineData("Next period")]
    [InlineData("Sprint 18 focus (starts Jul 1)")]
    public void Extract_NextCycleHeadings_GivePlans(string heading) =>
        Assert.Equal(ItemKind.Plan, Assert.Single(ReportUnits.ExtractLine("- Run the second data migration trial", heading)).Kind);

    [Fact]
    public void Extract_NextMeetingUnderPlans_IsNoPlan() =>
        Assert.Empty(ReportUnits.ExtractLine("Next review: Jul 2, 2024, 10:00, Room 4", "Next steps"));

    // ---- incidents

    [Fact]
    public void Extract_ProseTimelineBelowASummary_IsTheSummarysOneIncident()
    {
        var items = ReportUnits.Extract("""
            ## Summary

            Between 09:00 and 09:40 UTC on June 25 the search API returned errors for 30% of queries.

            ## Timeline (UTC)

            At 08:50 a config change was merged. At 09:00 the first errors appeared.

            At 09:20 the on-call engineer rolled the change back.

            Errors returned to baseline at 09:40 and the incident was resolved at 10:00.
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(40, incident.Incident!.DurationMinutes);
    }

    [Theory]
    [InlineData("构建机磁盘写满，流水线排队变慢约 1 小时，未影响线上，不算事件")]
    [InlineData("Between 10:00 and 10:30 checkout was slower than usual but stayed inside the SLO; not an incident.")]
    public void Extract_LineThatRulesItselfOut_IsNoIncident(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line, "运维"), i => i.Kind == ItemKind.Incident);

    [Fact]
    public void Extract_FailureWithItsStatedImpactLength_IsAnIncidentAnywhere()
    {
        var incident = Assert.Single(ReportUnits.ExtractLine("凌晨 ETL 任务失败：03:10 任务 OOM 退出，05:40 重跑后产出，日报晚出（影响 2 小时 30 分钟）", "数据平台"),
            i => i.Kind == ItemKind.Incident);
        Assert.Equal(150, incident.Incident!.DurationMinutes);
    }
}
