namespace Summarizer.Tests.Extraction;

/// <summary>Every delay names what slipped, in its facts and its summary, and gives the cause without the shift.</summary>
public sealed class DelayMilestoneTests
{
    [Theory]
    [InlineData("2. 第三方渠道对账文件格式改造延期，由6月28日调整至7月15日，原因是渠道方接口文档未提供。", null,
        "第三方渠道对账文件格式改造", "2024-06-28", "2024-07-15", "渠道方接口文档未提供", "第三方渠道对账文件格式改造由6月28日推迟至7月15日")]
    [InlineData("2. 数据库升级：MySQL 8.0 升级进度70%，原计划6月28日完成，因DBA资源冲突推迟至7月5日。", "【P2 稳定性建设】",
        "数据库升级", "2024-06-28", "2024-07-05", "DBA资源冲突", "数据库升级由6月28日推迟至7月5日")]
    [InlineData("离线集群扩容：服务器到货推迟，扩容由7月3日调整至7月17日。", "风险与延期",
        "离线集群扩容", "2024-07-03", "2024-07-17", "服务器到货推迟", "离线集群扩容由7月3日推迟至7月17日")]
    [InlineData("- 小程序支付改造：开发完成，提测推迟至7月3日，原因是后端接口变更。", "本周进展",
        "小程序支付改造", null, "2024-07-03", "后端接口变更", "小程序支付改造提测推迟至7月3日")]
    [InlineData("- 建行: 对公代发专线未就绪，依赖建行排期，上线时间由7月9日调整至7月16日。", null,
        "建行", "2024-07-09", "2024-07-16", "依赖建行排期", "建行上线由7月9日推迟至7月16日")]
    [InlineData("- The ledger export was delayed, moved from Jun 28 to Jul 12 due to a missing vendor spec.", null,
        "ledger export", "2024-06-28", "2024-07-12", "a missing vendor spec", "The ledger export slipped from Jun 28 to Jul 12")]
    public void Match_DelayLine_NamesMilestoneInFactsAndSummary(string line, string? heading, string milestone, string? from, string to, string reason, string summary)
    {
        var delay = Assert.Single(ReportUnits.ExtractLine(line, heading), c => c.Kind == ItemKind.Delay);

        Assert.Equal(new DelayFacts(milestone, from, to, reason), delay.Delay);
        Assert.Equal(summary, delay.Summary);
    }

    [Fact]
    public void Match_DelayWhoseCauseIsADependency_IsDelayOnly()
    {
        var items = ReportUnits.ExtractLine("- 建行: 对公代发专线未就绪，依赖建行排期，上线时间由7月9日调整至7月16日。");

        Assert.Equal([ItemKind.Delay], items.Select(i => i.Kind));
    }

    [Fact]
    public void Match_DelayUnderRiskHeadingWithoutOtherRisk_IsDelayOnly()
    {
        var items = ReportUnits.ExtractLine("离线集群扩容：服务器到货推迟，扩容由7月3日调整至7月17日。", "风险与延期");

        Assert.Equal([ItemKind.Delay], items.Select(i => i.Kind));
    }

    [Fact]
    public void Match_KnockOnOfADelayUnderRisks_IsRiskNotUndatedDelay()
    {
        var items = ReportUnits.ExtractLine("- Kafka upgrade delay pushes the event-schema project out by two weeks.", "Risks");

        Assert.Equal([ItemKind.Risk], items.Select(i => i.Kind));
    }

    [Fact]
    public void Match_StatusRowNotesWithoutSubject_SummaryNamesTheRow()
    {
        var items = ReportUnits.Extract("""
            # 风控团队周报

            | 项目 | 状态 | 负责人 | 计划日期 | 备注 |
            |---|---|---|---|---|
            | 规则引擎迁移 | 🔴 延期 | 王磊 | 7月26日 | 由7月12日调整至7月26日，原因是压测未达标 |
            | Kafka 3.7 upgrade | 🟡 Amber | Marco | Jul 12 | Slipped from Jun 28 to Jul 12 because the staging cluster ran out of disk |
            """);

        var delays = items.Where(i => i.Kind == ItemKind.Delay).ToList();
        Assert.Equal(["规则引擎迁移由7月12日推迟至7月26日", "Kafka 3.7 upgrade slipped from Jun 28 to Jul 12"], delays.Select(d => d.Summary));
        Assert.Equal(new DelayFacts("Kafka 3.7 upgrade", "2024-06-28", "2024-07-12", "the staging cluster ran out of disk"), delays[1].Delay);
    }
}
