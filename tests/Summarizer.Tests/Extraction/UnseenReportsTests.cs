using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Extraction;

/// <summary>
/// Reports written for these tests in styles the rules were not built on (Extraction/Unseen/*.md): a Chinese DBA team,
/// an English product team, a Chinese business team with OKRs, a mixed team with metric and incident tables. Each test
/// states what a careful reader lists: every incident with its duration, the delays with their dates, the metrics with
/// previous values and targets, the risks and no good news among them.
/// </summary>
public sealed class UnseenReportsTests
{
    private static List<ItemCandidate> Extract(string file) =>
        ReportUnits.Extract(File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Summarizer.Tests", "Extraction", "Unseen", file)));

    private static void AssertMetrics(List<ItemCandidate> items, params (string Name, double Value, double? Previous, string? Target)[] expected) =>
        Assert.Equal(expected.OrderBy(m => m.Name, StringComparer.Ordinal),
            items.Where(i => i.Kind == ItemKind.Metric).Select(i => (i.Metric!.Name, i.Metric.Value, i.Metric.Previous, i.Metric.Target)).OrderBy(m => m.Name, StringComparer.Ordinal));

    private static void AssertRisks(List<ItemCandidate> items, params string[] phrases)
    {
        var risks = items.Where(i => i.Kind == ItemKind.Risk).Select(i => i.Summary).ToList();
        Assert.Equal(phrases.Length, risks.Count);
        foreach (var phrase in phrases) Assert.Contains(risks, r => r.Contains(phrase, StringComparison.Ordinal));
    }

    private static void AssertDelays(List<ItemCandidate> items, params DelayFacts[] expected) =>
        Assert.Equal(expected, items.Where(i => i.Kind == ItemKind.Delay).Select(i => i.Delay));

    private static void AssertIncidents(List<ItemCandidate> items, params (string Summary, IncidentFacts Facts)[] expected) =>
        Assert.Equal(expected, items.Where(i => i.Kind == ItemKind.Incident).Select(i => (i.Summary, i.Incident!)));

    private static void AssertQuotesAreSource(List<ItemCandidate> items, string file)
    {
        var source = File.ReadAllText(Path.Combine(RepoPaths.Root, "tests", "Summarizer.Tests", "Extraction", "Unseen", file));
        Assert.All(items, i => Assert.Contains(i.Quote, source, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DbaInfraReport_ListsRangesNextDayAndStatedDurations()
    {
        var items = Extract("dba-infra.md");
        AssertIncidents(items,
            ("订单库主库CPU打满，部分下单请求超时，约3200笔订单受影响，切换从库后恢复",
                new IncidentFacts("2024-06-24 14:05", "2024-06-24 14:47", 42, "3200笔订单受影响")),
            ("对象存储网关异常，导致日志归档任务失败，扩容网关节点后恢复正常",
                new IncidentFacts("2024-06-25 23:10", "2024-06-26 01:20", 130, "日志归档任务失败")),
            ("监控平台告警风暴，持续42分钟，值班人员手工收敛，未影响业务",
                new IncidentFacts("2024-06-27 09:30", "2024-06-27 10:12", 42, "未影响业务")));
        AssertDelays(items, new DelayFacts("堡垒机替换", null, "2024-07-12", "采购流程未走完"));
        AssertMetrics(items,
            ("MySQL集群巡检 慢查询数", 310, 1240, null), // "完成 32 个" counts work done: no KPI
            ("Redis 7 升级 生产环境升级进度", 60, null, null), ("备份体系改造 备份成功率", 100, null, null),
            /* "新增物理机24台" under 扩容 counts work done: no KPI */ ("容器平台节点扩容 集群CPU平均利用率", 41, 56, null),
            ("核心库可用性", 99.98, null, "≥99.95%"), ("告警总数", 186, 240, null), ("主从复制平均延迟", 0.8, null, null));
        // "告警总数：186次" is a falling count and "备份成功率…无异常" is good news: neither is a risk.
        AssertRisks(items, "UPS电池已超期服役", "读写分离推进受阻");
        Assert.Equal(2, items.Count(i => i.Kind == ItemKind.Plan));
        AssertQuotesAreSource(items, "dba-infra.md");
    }

    [Fact]
    public void Extract_ProductTeamReport_ReadsBareComparedNumbersUnitChangesAndStatedLengths()
    {
        var items = Extract("product-growth.md");
        AssertIncidents(items,
            ("signup emails delayed because the ESP throttled our account",
                new IncidentFacts("2024-06-26 10:12", "2024-06-26 10:58", 46, "2,300 users affected")),
            ("payment webhook outage lasted 35 min (started 18:20), about 140 orders stuck in pending",
                new IncidentFacts("2024-06-27 18:20", "2024-06-27 18:55", 35, "140 orders stuck")));
        AssertDelays(items, new DelayFacts("Pricing page redesign", "2024-07-03", "2024-07-10", "waiting on final copy"));
        // "Onboarding v3 shipped to 100% of new users" is a rollout stage, no measure (rules-12, outside readers' convention).
        AssertMetrics(items,
            ("activation rate", 46, 41, null), ("NPS", 41, 38, null),
            ("Checkout p99 latency", 900, 1200, null), ("Weekly active users", 182, null, null));
        // "Overall status: Amber" grades the report; "up 6%" is the change of the users count, not a measure.
        AssertRisks(items, "EU data residency: Blocked by legal", "Pricing experiment is at risk", "SMS verification expires Jul 15");
        Assert.Equal(4, items.Count(i => i.Kind == ItemKind.Plan)); // Referral ETA, EU residency ETA, two next-week lines
        AssertQuotesAreSource(items, "product-growth.md");
    }

    [Fact]
    public void Extract_BusinessOkrReport_ReadsObjectivesAsGoalsAndNextWeekdayAsDate()
    {
        var items = Extract("biz-ops.md");
        AssertIncidents(items);
        AssertDelays(items, new DelayFacts("商家后台改版", "2024-06-28", "2024-07-03", "设计稿返工"));
        AssertMetrics(items,
            ("GMV", 1.2, null, null), ("订单量", 356, 331, null), ("新客数", 18.6, null, "20万人"),
            ("商家续约率", 87, 85, null), ("客诉率", 0.31, 0.27, null),
            ("KR1 新签商家3000家 新签", 620, null, null), ("KR1 新签商家3000家", 2150, null, "3000家"), ("KR1 新签商家3000家 完成度", 72, null, null),
            ("KR2 到店核销率提升至65%", 61, null, "65%"), ("KR2 到店核销率提升至65% 完成度", 60, null, null),
            ("KR1 单均补贴降至2.5元", 2.8, null, "2.5元"), ("KR1 单均补贴降至2.5元 完成度", 40, null, null),
            ("城市合伙人招募 已签约", 12, null, null));
        var subsidy = items.Single(i => i.Metric?.Name == "KR1 单均补贴降至2.5元");
        Assert.Equal(Severity.Medium, subsidy.Severity); // 2.8元 is above the 2.5元 it should come down to
        AssertRisks(items, "新客获取成本可能上升", "城市经理离职");
        Assert.Equal(2, items.Count(i => i.Kind == ItemKind.Plan));
        AssertQuotesAreSource(items, "biz-ops.md");
    }

    [Fact]
    public void Extract_MixedTeamReport_ReadsMetricAndIncidentTablesByTheirColumns()
    {
        var items = Extract("platform-mixed.md");
        AssertIncidents(items,
            ("银联渠道证书过期导致签名失败", new IncidentFacts("2024-06-25 16:40", "2024-06-25 17:25", 45, "约1,800笔交易失败")),
            ("DNS解析异常，网关无法访问风控服务", new IncidentFacts("2024-06-27 02:15", "2024-06-27 02:51", 36, "夜间交易降级放行，影响约300笔")));
        AssertDelays(items, new DelayFacts("对账服务重构", "2024-06-28", "2024-07-08", "依赖的清算接口变更"));
        AssertMetrics(items,
            ("完成 gateway v2.3 灰度发布", 30, null, null),
            ("交易成功率", 99.93, 99.90, "≥99.95%"), ("P99 延迟", 380, 420, "≤400ms"), ("日均 TPS 峰值", 5200, 4800, null),
            ("渠道超时率", 0.12, 0.09, "≤0.10%"), ("多活架构 RTO", 4, null, null), ("Kafka 迁移 完成", 60, null, null));
        Assert.Equal(2, items.Count(i => i.Kind == ItemKind.Metric && i.Severity == Severity.Medium)); // success rate and timeouts miss their targets
        AssertRisks(items, "联调环境尚未开放，有延期风险", "证书到期缺乏自动提醒");
        Assert.Equal(2, items.Count(i => i.Kind == ItemKind.Plan));
        AssertQuotesAreSource(items, "platform-mixed.md");
    }
}
