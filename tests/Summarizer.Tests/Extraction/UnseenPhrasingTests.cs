namespace Summarizer.Tests.Extraction;

/// <summary>Phrasings met in the unseen reports, one line each: time ranges, stated lengths, slips, compared numbers, benign lines.</summary>
public sealed class UnseenPhrasingTests
{
    [Theory]
    [InlineData("- 6月25日 23:10至次日01:20 支付网关异常，影响约500笔交易。", "支付网关异常，影响约500笔交易", "2024-06-25 23:10", "2024-06-26 01:20", 130)]
    [InlineData("- 6月26日 08:00 至 次日 09:00 数据同步中断。", "数据同步中断", "2024-06-26 08:00", "2024-06-27 09:00", 1500)]
    [InlineData("- 6月24日 14:05~14:47 Redis 主节点故障，自动切换。", "Redis 主节点故障，自动切换", "2024-06-24 14:05", "2024-06-24 14:47", 42)]
    [InlineData("- 6月26日 10:00 短信通道故障，历时1小时20分钟。", "短信通道故障，历时1小时20分钟", "2024-06-26 10:00", "2024-06-26 11:20", 80)]
    [InlineData("- Jun 25 23:40 to 01:05 next day: cache cluster outage.", "cache cluster outage", "2024-06-25 23:40", "2024-06-26 01:05", 85)]
    [InlineData("- Jun 26: search degraded for 2 hours starting 09:15.", "search degraded for 2 hours starting 09:15", "2024-06-26 09:15", "2024-06-26 11:15", 120)]
    [InlineData("- Jun 27: webhook outage lasted 35 min (started 18:20).", "webhook outage lasted 35 min (started 18:20)", "2024-06-27 18:20", "2024-06-27 18:55", 35)]
    public void Match_IncidentRangesAndStatedLengths_GiveStartEndAndDuration(string line, string summary, string start, string end, int minutes)
    {
        var incident = Assert.Single(ReportUnits.ExtractLine(line, "故障回顾"));
        Assert.Equal((summary, start, end, minutes), (incident.Summary, incident.Incident!.Start, incident.Incident.End, incident.Incident.DurationMinutes!.Value));
    }

    [Fact]
    public void Match_IncidentSayingNoImpact_KeepsTheNegationInTheImpact()
    {
        var incident = Assert.Single(ReportUnits.ExtractLine("- 6月27日 09:30 告警风暴，持续42分钟，未影响业务。", "故障与异常"));
        Assert.Equal(new IncidentFacts("2024-06-27 09:30", "2024-06-27 10:12", 42, "未影响业务"), incident.Incident);
    }

    [Fact]
    public void Extract_IncidentTableOutsideAnIncidentHeading_IsReadByItsColumns()
    {
        var items = ReportUnits.Extract("""
            ## 本周情况

            | 开始时间 | 故障 | 影响 | 时长 |
            |---|---|---|---|
            | 6月26日 13:10 | 消息队列积压 | 通知延迟 | 25分钟 |
            """);
        var incident = Assert.Single(items);
        Assert.Equal(ItemKind.Incident, incident.Kind);
        Assert.Equal("消息队列积压", incident.Summary);
        Assert.Equal(new IncidentFacts("2024-06-26 13:10", "2024-06-26 13:35", 25, "通知延迟"), incident.Incident);
    }

    [Fact]
    public void Extract_EnglishIncidentTable_ReadsStartResolvedAndImpactCells()
    {
        var items = ReportUnits.Extract("""
            ## Incidents

            | Start (UTC) | Incident | Impact | Resolved |
            |---|---|---|---|
            | Jun 26 23:12 | Card auth timeouts at the acquirer | 2% of payments failed | 00:40 |
            """);
        var incident = Assert.Single(items);
        Assert.Equal("Card auth timeouts at the acquirer", incident.Summary);
        Assert.Equal(new IncidentFacts("2024-06-26 23:12", "2024-06-27 00:40", 88, "2% of payments failed"), incident.Incident);
    }

    [Theory]
    [InlineData("- Data export: slipped a week, now Jul 12.", "Data export", null, "2024-07-12")]
    [InlineData("- 版本发布延迟至下周五。", "版本发布", null, "2024-07-05")]
    [InlineData("- Launch date moved to Jul 22 (from Jul 15) pending security sign-off.", "Launch date", "2024-07-15", "2024-07-22")]
    [InlineData("- 数据迁移原计划6月30日完成，现延期至7月10日，原因是源端字段不一致。", "数据迁移", "2024-06-30", "2024-07-10")]
    public void Match_SlipPhrasings_GiveMilestoneAndDates(string line, string milestone, string? from, string to)
    {
        var delay = Assert.Single(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);
        Assert.Equal((milestone, from, to), (delay.Delay!.Milestone, delay.Delay.From, delay.Delay.To));
    }

    [Theory]
    [InlineData("- NPS 41 (prev 38), based on survey.", "NPS", 41, 38.0)]
    [InlineData("- Checkout p99 latency 1.2s → 900ms.", "Checkout p99 latency", 900, 1200.0)]
    [InlineData("- Churn 2.1% (target <2%), conversion 3.4% (prev 3.1%).", "conversion", 3.4, 3.1)]
    [InlineData("- MTTR 45 min, down from 70 min.", "MTTR", 45, 70.0)]
    public void Match_ComparedNumbers_GiveValueAndPreviousInTheSameUnit(string line, string name, double value, double previous)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line), i => i.Metric?.Name == name);
        Assert.Equal((value, (double?)previous), (metric.Metric!.Value, metric.Metric.Previous));
    }

    [Theory]
    [InlineData("- GMV 1.2亿，环比+8%。", "GMV")]
    [InlineData("- Weekly active users 182k, up 6% week over week.", "Weekly active users")]
    [InlineData("- 支付成功率 99.2%，同比提升0.3个百分点。", "支付成功率")]
    public void Match_ChangeBesideAMeasure_IsNotAMeasureOfItsOwn(string line, string name) =>
        Assert.Equal(name, Assert.Single(ReportUnits.ExtractLine(line)).Metric!.Name);

    [Fact]
    public void Match_ObjectiveLine_TakesTheGoalAsTargetNotAsResult()
    {
        var items = ReportUnits.ExtractLine("- KR2 到店核销率提升至65%：当前61%，完成度 60%。");
        Assert.Equal([("KR2 到店核销率提升至65%", 61.0, "65%"), ("KR2 到店核销率提升至65% 完成度", 60.0, null)],
            items.Select(i => (i.Metric!.Name, i.Metric.Value, i.Metric.Target)));
    }

    [Theory]
    [InlineData("**Overall status:** 🟡 Amber")]
    [InlineData("- 监控告警规则梳理完成，新增告警项35个。")]
    [InlineData("- 告警总数：186次（上周 240次）")]
    public void Match_BenignLines_AreNoRisks(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Risk);

    [Fact]
    public void Match_GrowingFailureCount_StaysARisk() =>
        Assert.Contains(ReportUnits.ExtractLine("- 渠道超时次数：35次（上周 3次）"), i => i.Kind == ItemKind.Risk);

    [Theory]
    [InlineData("1. 6月25日 14:05 核心账务系统出现数据库连接池耗尽，14:47恢复，期间约1.2万笔交易失败。", "2024-06-25 14:05", "2024-06-25 14:47", 42)]
    [InlineData("2. 故障时间：6月26日 10:20，恢复时间：10:58，原因是配置下发错误。", "2024-06-26 10:20", "2024-06-26 10:58", 38)]
    [InlineData("3. P1故障：6月27日夜间批量任务异常，影响时长约40分钟，已补跑完成。", "2024-06-27", null, 40)]
    [InlineData("4. Sev2 on Jun 26 from 10:12 to 10:58 UTC: login errors for 3% of users.", "2024-06-26 10:12", "2024-06-26 10:58", 46)]
    public void Extract_IncidentOutsideAnIncidentHeading_IsOneIncidentWithItsTiming(string line, string start, string? end, int minutes)
    {
        var incident = Assert.Single(ReportUnits.ExtractLine(line, "系统稳定性"));
        Assert.Equal(ItemKind.Incident, incident.Kind);
        Assert.Equal((start, end, (int?)minutes), (incident.Incident!.Start, incident.Incident.End, incident.Incident.DurationMinutes));
    }

    [Theory]
    [InlineData("- 清分系统重构：原定7月5日上线，延后两周。", "清分系统重构", "2024-07-05", "2024-07-19")]
    [InlineData("- Billing revamp ETA Jul 10 (was Jul 3).", "Billing revamp", "2024-07-03", "2024-07-10")]
    [InlineData("- 二期验收：截止日期由6月30日调整为7月15日。", "二期验收", "2024-06-30", "2024-07-15")]
    public void Match_SlipByASpanOrWasDate_GivesBothDates(string line, string milestone, string from, string to)
    {
        var delay = Assert.Single(ReportUnits.ExtractLine(line));
        Assert.Equal(new DelayFacts(milestone, from, to, null), delay.Delay);
    }

    [Theory]
    [InlineData("- 完成依赖升级，修复3个安全漏洞。")]
    [InlineData("- 问题单关闭率95%，较上周提升5个百分点。")]
    [InlineData("- 完成超时重试机制开发，已提测。")]
    [InlineData("- 故障自愈平台上线，覆盖12个核心服务。")]
    [InlineData("- 失败订单自动补偿功能上线。")]
    [InlineData("- 本周共处理线上问题15个，均已闭环。")]
    [InlineData("- 支付渠道超时率0.05%，处于正常水平。")]
    [InlineData("- Dependency upgrade to Spring Boot 3.2 done.")]
    [InlineData("- Alert noise reduced by 40% after tuning.")]
    [InlineData("- Held the weekly issue triage; backlog down to 23 tickets.")]
    [InlineData("- Removed the single point of failure in the auth DB.")]
    [InlineData("- Timeout handling in the SDK reworked and shipped.")]
    public void Match_WorkDoneOnAProblemArea_IsNoRisk(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Risk);

    [Theory]
    [InlineData("- 新版收银台上线后出现超时，部分用户支付失败。")]
    [InlineData("- 完成灰度发布，但仍有依赖未就绪。")]
    [InlineData("- 数据库升级演练完成，切换脚本执行失败。")]
    [InlineData("- Search v2 shipped, but p95 regressed to 2.1s.")]
    public void Match_WorkDoneThatWentWrong_StaysARisk(string line) =>
        Assert.Contains(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Risk);
}
