using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Extraction;

/// <summary>
/// Regression over the bundled 2024-W26 samples, run alone through the real pipeline (gather, GBK, docx, HTML,
/// sections, offline rules, verification): per team, the items a careful reader of each report lists.
/// Previous values are only those the reports state (no history in this run).
/// </summary>
public sealed class SamplesExtractionTests : IAsyncLifetime
{
    private readonly PipelineHarness _harness = new();
    private IReadOnlyList<ExtractedItem> _items = [];

    public async Task InitializeAsync() => _items = (await _harness.RunAsync("2024-W26")).Snapshot.Items;
    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private IEnumerable<ExtractedItem> Of(string team, ItemKind kind) => _items.Where(i => i.Team == team && i.Kind == kind);

    private void AssertMetrics(string team, params (string Name, double Value, double? Previous, string? Target)[] expected) =>
        Assert.Equal(expected.OrderBy(m => m.Name, StringComparer.Ordinal),
            Of(team, ItemKind.Metric).Select(i => (i.Metric!.Name, i.Metric.Value, i.Metric.Previous, i.Metric.Target)).OrderBy(m => m.Name, StringComparer.Ordinal));

    private void AssertRisks(string team, params string[] phrases)
    {
        var risks = Of(team, ItemKind.Risk).Select(i => i.Summary).ToList();
        Assert.Equal(phrases.Length, risks.Count);
        foreach (var phrase in phrases) Assert.Contains(risks, r => r.Contains(phrase, StringComparison.Ordinal));
    }

    private void AssertDelays(string team, params (string Milestone, string? From, string To)[] expected) =>
        Assert.Equal(expected, Of(team, ItemKind.Delay).Select(i => (i.Delay!.Milestone!, i.Delay.From, i.Delay.To!)));

    private void AssertIncidents(string team, params (string Start, string End, int Minutes)[] expected) =>
        Assert.Equal(expected, Of(team, ItemKind.Incident).Select(i => (i.Incident!.Start!, i.Incident.End!, i.Incident.DurationMinutes!.Value)));

    [Fact]
    public void Extract_ClearingGbkText_ListsWhatACarefulReaderLists()
    {
        AssertMetrics("clearing", ("日终批处理平均耗时", 71, 95, null), ("对账差错自动处理率", 87, null, "95%"));
        AssertRisks("clearing", "银联清算文件偶发晚到", "清算核心服务器维保7月到期");
        AssertDelays("clearing", ("第三方渠道对账文件格式改造", "2024-06-28", "2024-07-15"));
        AssertIncidents("clearing", ("2024-06-26 03:15", "2024-06-26 04:40", 85));
        Assert.Equal("当日对账延迟85分钟", Assert.Single(Of("clearing", ItemKind.Incident)).Incident!.Impact);
        Assert.Equal(3, Of("clearing", ItemKind.Plan).Count());
    }

    [Fact]
    public void Extract_DataPlatformDocx_ListsWhatACarefulReaderLists()
    {
        AssertMetrics("data-platform",
            ("数据质量平台 规则覆盖率", 78, 64, "90%"), ("指标中台 已上线指标", 312, null, "450"),
            ("任务准时完成率", 98.7, 97.9, "≥99%"), ("数据延迟P95", 12, 18, "≤15分钟"), ("存储用量", 8.2, 8.0, null));
        AssertRisks("data-platform", "Hive元数据库为单点");
        AssertDelays("data-platform", ("离线集群扩容", "2024-07-03", "2024-07-17"));
        Assert.Equal("服务器到货推迟", Assert.Single(Of("data-platform", ItemKind.Delay)).Delay!.Reason);
        AssertIncidents("data-platform", ("2024-06-26 08:30", "2024-06-26 09:12", 42));
        Assert.Equal(2, Of("data-platform", ItemKind.Plan).Count());
    }

    [Fact]
    public void Extract_MobileMarkdown_ListsWhatACarefulReaderListsAndNoInjectedText()
    {
        AssertMetrics("mobile-app",
            ("崩溃率", 0.12, 0.19, null), ("新首页灰度", 30, null, null), ("次日留存", 1.8, null, null),
            ("DAU", 386, 372, null), ("启动耗时 P90", 1.9, null, "≤ 1.5 s"));
        AssertRisks("mobile-app", "iOS 18 beta 适配"); // the injected "instructions" under 风险 are no risks
        AssertDelays("mobile-app", ("小程序支付改造", null, "2024-07-03"));
        AssertIncidents("mobile-app");
        Assert.Equal(2, Of("mobile-app", ItemKind.Plan).Count());
    }

    [Fact]
    public void Extract_PaymentsMarkdown_ListsWhatACarefulReaderLists()
    {
        AssertMetrics("payments",
            ("支付页首屏耗时", 540, 820, null), ("资金对账 日终对账自动化覆盖率", 91, 82, null), ("资金对账 历史差错单", 312, null, "450"),
            ("退款中心 日均处理", 1.2, null, null), ("同城双活 RTO", 7, 18, "≤5分钟"),
            ("数据库升级 MySQL 8.0 升级进度", 70, null, null), ("限流熔断 核心链路接入", 14, null, "18"),
            ("入金有效成功率", 99.991, null, null), ("出金有效成功率", 99.978, null, null), ("核心交易可用性", 99.995, null, "≥99.99%"),
            ("资损率", 0.0012, null, "≤0.003%"), ("交易额", 38.6, null, null), ("交易笔数", 2150, null, null));
        AssertRisks("payments", "部分老版本App未升级", "分账规则与商户结算周期不一致", "牌照审批依赖外部");
        AssertDelays("payments", ("建行", "2024-07-09", "2024-07-16"), ("数据库升级", "2024-06-28", "2024-07-05"));
        Assert.Equal(["依赖建行排期", "DBA资源冲突"], Of("payments", ItemKind.Delay).Select(d => d.Delay!.Reason)); // the dependency is the delay's cause, not a second risk
        AssertIncidents("payments",
            ("2024-06-24 05:20", "2024-06-24 09:56", 276), ("2024-06-25 14:02", "2024-06-25 14:47", 45), ("2024-06-27 21:30", "2024-06-27 22:15", 45));
        // 企业付款项目 7月1日, 招行 7月8日, 分账平台 7月10日, and the four lines under 下周计划.
        Assert.Equal(["企业付款项目", "招行", "分账平台"], Of("payments", ItemKind.Plan).Where(p => p.Delay is not null).Select(p => p.Delay!.Milestone!));
        Assert.Equal(7, Of("payments", ItemKind.Plan).Count());
    }

    [Fact]
    public void Extract_PlatformSreEnglishMarkdown_ListsWhatACarefulReaderLists()
    {
        AssertMetrics("platform-sre",
            ("p95 latency", 245, 310, null), ("Availability", 99.95, null, "99.9%"), ("Error rate", 0.08, 0.11, null),
            ("Deploys this week", 63, null, null), ("Cloud spend", 41200, null, "$45,000"), ("On-call pages", 9, null, null));
        AssertRisks("platform-sre", "Secrets rotation", "Postgres 16 upgrade", "event-schema project", "audit deadline");
        AssertDelays("platform-sre", ("Kafka 3.7 upgrade", "2024-06-28", "2024-07-12"));
        AssertIncidents("platform-sre", ("2024-06-25 14:10", "2024-06-25 15:02", 52));
        // Due dates still ahead (Secrets rotation, Observability cost cut, Postgres 16) and the three next-week lines.
        Assert.Equal(6, Of("platform-sre", ItemKind.Plan).Count());
    }

    [Fact]
    public void Extract_RiskControlHtml_ListsWhatACarefulReaderLists()
    {
        AssertMetrics("risk-control",
            ("欺诈损失率", 0.0008, null, "≤0.001%"), ("规则命中量", 12.6, null, null), ("人工审核", 3120, null, null), ("模型平均响应", 28, null, null));
        AssertRisks("risk-control", "外部工商数据接口断供");
        AssertDelays("risk-control", ("规则引擎迁移", "2024-07-12", "2024-07-26"));
        AssertIncidents("risk-control", ("2024-06-26 10:05", "2024-06-26 10:48", 43));
        Assert.Equal(5, Of("risk-control", ItemKind.Plan).Count());
    }
}
