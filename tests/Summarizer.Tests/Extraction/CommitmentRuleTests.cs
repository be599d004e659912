namespace Summarizer.Tests.Extraction;

/// <summary>A line committing a milestone to a future date is a plan that carries the milestone and the date.</summary>
public sealed class CommitmentRuleTests
{
    [Theory]
    [InlineData("- 建行: 对公代发专线申请中，计划7月9日上线。", null, "建行计划7月9日上线", "建行", "2024-07-09")]
    [InlineData("2. 数据库升级：MySQL 8.0 升级进度45%，计划6月28日完成。", "【P2 稳定性建设】", "数据库升级计划6月28日完成", "数据库升级", "2024-06-28")]
    [InlineData("- 小程序支付改造：开发中，计划6月26日提测。", "本周进展", "小程序支付改造计划6月26日提测", "小程序支付改造", "2024-06-26")]
    [InlineData("2. 第三方渠道对账文件格式改造，计划6月28日完成。", null, "第三方渠道对账文件格式改造计划6月28日完成", "第三方渠道对账文件格式改造", "2024-06-28")]
    [InlineData("1. 分账平台：内部联调中，预计7月3日上线。", null, "分账平台预计7月3日上线", "分账平台", "2024-07-03")]
    [InlineData("- 账户中心拆分将于7月20日投产", null, "账户中心拆分将于7月20日投产", "账户中心拆分", "2024-07-20")]
    [InlineData("- Card vault: integration tests green, go-live Jul 5.", null, "Card vault: go-live Jul 5", "Card vault", "2024-07-05")]
    [InlineData("- Ledger v2 migration: ETA Jul 19", null, "Ledger v2 migration: ETA Jul 19", "Ledger v2 migration", "2024-07-19")]
    public void Match_FutureCommitment_IsPlanWithMilestoneAndDate(string line, string? heading, string summary, string milestone, string to)
    {
        var plan = Assert.Single(ReportUnits.ExtractLine(line, heading, week: "2024-W25"), c => c.Kind == ItemKind.Plan);

        Assert.Equal(summary, plan.Summary);
        Assert.Equal(new DelayFacts(milestone, null, to, null), plan.Delay);
    }

    [Fact]
    public void Match_CommitmentWithMetric_KeepsTheMetric()
    {
        var items = ReportUnits.ExtractLine("2. 数据库升级：MySQL 8.0 升级进度45%，计划6月28日完成。", week: "2024-W25");

        Assert.Equal([ItemKind.Metric, ItemKind.Plan], items.Select(i => i.Kind));
        Assert.Equal(new MetricFacts("数据库升级 MySQL 8.0 升级进度", 45, "%", null, null), items[0].Metric);
    }

    [Theory]
    [InlineData("- 招行: 直连代扣接口联调完成，已于6月18日投产。")] // done, not committed
    [InlineData("- 分账平台：原计划6月20日上线，已于6月19日提前上线。")] // a date already past in 2024-W25
    [InlineData("- 二期目标7月30日。")] // no deliverable named with the date
    public void Match_NoFutureCommitment_IsNoPlan(string line)
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine(line, week: "2024-W25"), c => c.Kind == ItemKind.Plan);
    }

    [Fact]
    public void Match_CommitmentThatMoved_IsDelayOnly()
    {
        var items = ReportUnits.ExtractLine("- 建行: 对公代发专线未就绪，依赖建行排期，上线时间由7月9日调整至7月16日。");

        Assert.Contains(items, i => i.Kind == ItemKind.Delay);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Plan);
    }

    [Fact]
    public void Match_StatusRowWithDueAhead_IsPlanAndPastDueIsNot()
    {
        var items = ReportUnits.Extract("""
            # Platform Reliability, Week 26

            | Project | Status | Owner | Due | Notes |
            |---|---|---|---|---|
            | API gateway migration | 🟢 Green | Priya | Jun 28 | Done; all 42 services moved |
            | Observability cost cut | 🟢 Green | Sam | Jul 19 | 14 of 18 dashboards migrated |
            """);

        var plan = Assert.Single(items, i => i.Kind == ItemKind.Plan);
        Assert.Equal("Observability cost cut due Jul 19", plan.Summary);
        Assert.Equal(new DelayFacts("Observability cost cut", null, "2024-07-19", null), plan.Delay);
    }
}
