using Summarizer.Digest;
using Summarizer.Digest.Sections;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>What a chief of staff would sign: asks in the decision block, markers honoured, one entry per line.</summary>
public class DigestRankingTests
{
    // A week of 2024-W26 as a department head reads it: four asks, and things that are no asks. Items as the verifier
    // publishes them: a marked line's severity already raised to its marker, the marker out of the summary.
    private static readonly ExtractedItem ResolvedIncident = Items.Make(ItemKind.Incident, "结算批量失败，影响217笔", severity: Severity.High, line: 4,
        quote: "6月24日05:20结算批量失败，影响217笔，09:56补跑任务完成，结算恢复正常",
        incident: new IncidentFacts("2024-06-24 05:20", "2024-06-24 09:56", 276, "影响217笔"));
    private static readonly ExtractedItem ContractApproval = Items.Make(ItemKind.Risk, "招行专线合同7月5日到期，续签待采购审批", severity: Severity.High, line: 10,
        quote: "【高】招行专线合同7月5日到期，续签待采购审批");
    private static readonly ExtractedItem BlockedGoLive = Items.Make(ItemKind.Delay, "清算对账上线受阻", team: "clearing", severity: Severity.Medium, line: 6,
        quote: "清算对账上线受阻：等待银行提供测试环境，7月8日上线存在风险", delay: new DelayFacts("清算对账上线", null, null, "等待银行提供测试环境"));
    private static readonly ExtractedItem CloudOverrun = Items.Make(ItemKind.Metric, "云成本 $48,900", team: "platform", line: 12,
        quote: "云成本 $48,900（预算 $45,000）", metric: new MetricFacts("云成本", 48900, "$", null, "$45,000"));
    private static readonly ExtractedItem AuditPatch = Items.Make(ItemKind.Risk, "供应商补丁未到，影响7月12日审计", team: "risk-control", severity: Severity.High, line: 8,
        quote: "风险等级：高 供应商补丁未到，影响7月12日审计");
    private static readonly ExtractedItem DocsPending = Items.Make(ItemKind.Risk, "文档待补充", severity: Severity.Low, line: 14);
    private static readonly ExtractedItem LoadTestPlan = Items.Make(ItemKind.Plan, "下周完成压测", line: 15);
    private static readonly ExtractedItem UndatedHighRisk = Items.Make(ItemKind.Risk, "专线依赖单一供应商", severity: Severity.High, team: "mobile", line: 9);

    private static DigestDocument Week() => DigestWritersTests.Compose(
        ResolvedIncident, ContractApproval, BlockedGoLive, CloudOverrun, AuditPatch, DocsPending, LoadTestPlan, UndatedHighRisk);

    [Fact]
    public void Decisions_HoldTheWeeksAsks_WithWhenEachIsDue_AndNoResolvedIncident()
    {
        var asks = Week().Asks.ToDictionary(a => a.Item.Id);

        Assert.Equal(new[] { ContractApproval.Id, BlockedGoLive.Id, CloudOverrun.Id, AuditPatch.Id }.Order(), asks.Keys.Order());
        Assert.Equal((AskKind.Approval, new DateOnly(2024, 7, 5)), (asks[ContractApproval.Id].Kind, asks[ContractApproval.Id].Due!.Value));
        Assert.Equal((AskKind.Blocked, new DateOnly(2024, 7, 8)), (asks[BlockedGoLive.Id].Kind, asks[BlockedGoLive.Id].Due!.Value));
        Assert.Equal(AskKind.Overrun, asks[CloudOverrun.Id].Kind);
        Assert.Equal((AskKind.Deadline, new DateOnly(2024, 7, 12)), (asks[AuditPatch.Id].Kind, asks[AuditPatch.Id].Due!.Value));
    }

    [Fact]
    public void MailDecisionBlock_SaysWhatIsAskedAndByWhen_IncidentUnderWhatWentWrong()
    {
        var mail = new MarkdownDigestWriter().Write(DigestLayout.Mail(Week()));
        var decisions = Between(mail, "## 需要您决策", "## 出了什么问题");
        Assert.Contains("**待审批/决策 · payments**: 招行专线合同7月5日到期，续签待采购审批 — 截止 2024-07-05", decisions);
        Assert.Contains("— 截止 2024-07-08", decisions);
        Assert.DoesNotContain("结算", decisions);
        Assert.Contains("结算批量失败", Between(mail, "## 出了什么问题", "## 本周变化"));
        Assert.Contains("需要您决策 4 项", Between(mail, "## 执行摘要", "## 需要您决策"));
    }

    [Fact]
    public void ExplicitHigh_RanksAboveUnmarkedMedium()
    {
        var loud = Items.Make(ItemKind.Risk, "Load test shows the ledger at 85% of capacity", team: "web", severity: Severity.Medium, line: 3);
        var marked = Items.Make(ItemKind.Risk, "Vendor patch", quote: "Vendor patch is 🔴 Red", team: "web", severity: Severity.High, line: 9);
        Assert.Equal([marked.Id, loud.Id], DigestWritersTests.Compose(loud, marked).Risks.Select(r => r.Id));
    }

    [Fact]
    public void WithinHigh_ImpactLeads_AndTheTeamsIncidentScaleBreaksTies()
    {
        // Two 30-minute outages: the P0 before the 【高】; a 6-hour P1 before a 5-minute P0 with no customer impact.
        var marked = Items.Make(ItemKind.Incident, "报表服务不可用", team: "data", severity: Severity.High, line: 3,
            quote: "【高】报表服务不可用 30 分钟", incident: new IncidentFacts(null, null, 30, null));
        var p0 = Items.Make(ItemKind.Incident, "支付全部失败", team: "payments", severity: Severity.High, line: 7,
            quote: "P0 支付全部失败 30 分钟", incident: new IncidentFacts(null, null, 30, null));
        var shortP0 = Items.Make(ItemKind.Incident, "DNS misconfiguration", team: "ops", severity: Severity.High, line: 9,
            quote: "P0 incident: DNS misconfiguration from 14:00 to 14:05 (5 min), no customer impact", incident: new IncidentFacts(null, null, 5, null));
        var longP1 = Items.Make(ItemKind.Incident, "database failover stuck", team: "ops", severity: Severity.High, line: 11,
            quote: "P1 incident: database failover stuck from 01:00 to 07:00, 50,000 users could not log in", incident: new IncidentFacts(null, null, 360, null));

        Assert.Equal([p0.Id, marked.Id], new[] { marked, p0 }.Ranked().Select(i => i.Id));
        Assert.Equal([longP1.Id, shortP0.Id], new[] { shortP0, longP1 }.Ranked().Select(i => i.Id));
    }

    [Fact]
    public void TeamsReview_ThatLowersAMarkedSeverity_IsWhatTheDigestShows()
    {
        // The verifier raised the item to its 【高】 marker; the team lead then judged it low. Nothing a team corrected
        // is undone, so the digest shows low (the items API shows the same), not the marker's floor.
        var reviewed = Items.Make(ItemKind.Risk, "专线断供", quote: "【高】专线断供，已切备用线路", severity: Severity.Low);
        var digest = DigestWritersTests.Compose(reviewed);
        Assert.Equal(Severity.Low, Assert.Single(digest.Risks).Severity);
    }

    [Theory]
    [InlineData("[高] 【高】招行专线断供", "招行专线断供")]
    [InlineData("Vendor patch is 🔴 Red", "Vendor patch")]
    [InlineData("Severity: high — vendor patch late", "vendor patch late")]
    [InlineData("P0: 支付失败", "支付失败")]
    [InlineData("P0 risk: refund queue backlog could breach the SLA", "refund queue backlog could breach the SLA")]
    [InlineData("Risk (P0): CDN provider could raise prices 30%", "CDN provider could raise prices 30%")]
    [InlineData("P1 故障：支付回调超时", "支付回调超时")]
    [InlineData("风险（P0）：对账服务单点，无备份", "对账服务单点，无备份")]
    [InlineData("影响严重，需协调", "影响严重，需协调")]
    [InlineData("Credit card red-team review", "Credit card red-team review")]
    [InlineData("Severity: high. Tax engine vendor contract expires Jul 31", "Tax engine vendor contract expires Jul 31")]
    [InlineData("风险等级：高。供应商合同7月31日到期", "供应商合同7月31日到期")]
    public void Markers_AreStrippedFromSummaries(string summary, string expected)
    {
        Assert.Equal(expected, Summarizer.Extraction.Offline.SeverityRule.Strip(summary));
    }

    [Fact]
    public void MoneyAndCustomersAffected_RaiseRankWithinASeverity()
    {
        var flaky = Items.Make(ItemKind.Risk, "Test environment unstable", team: "web", severity: Severity.Medium, line: 3);
        var costly = Items.Make(ItemKind.Risk, "Fee change may hit 3,000 merchants and $1.2M revenue", team: "web", severity: Severity.Medium, line: 9);
        Assert.Equal([costly.Id, flaky.Id], DigestWritersTests.Compose(flaky, costly).Risks.Select(r => r.Id));
    }

    [Fact]
    public void OneSourceLine_IsOneEntry_RiskAndPlanMerge()
    {
        var risk = Items.Make(ItemKind.Risk, "压测未完成，大促前容量不足", severity: Severity.Medium, line: 20);
        var plan = Items.Make(ItemKind.Plan, "下周完成压测", line: 20) with { Id = "payments-plan-20" };
        var d = DigestWritersTests.Compose(risk, plan);
        var (_, teamItems) = Assert.Single(d.Teams);
        Assert.Equal([risk.Id], teamItems.Select(i => i.Id));
        Assert.Empty(d.Plans);
        var full = new MarkdownDigestWriter().Write(DigestLayout.Full(d));
        Assert.Single(full.Split('\n'), l => l.Contains("payments.md:L20", StringComparison.Ordinal) && l.Contains("id=", StringComparison.Ordinal));
    }

    [Fact]
    public void OneSourceLine_WithSeveralFigures_IsOneAsk()
    {
        const string line = "云资源费用：本月累计¥128万，预算¥100万，已超支28%";
        var spent = Items.Make(ItemKind.Metric, "云资源费用 本月 ¥128万", quote: line, line: 13, metric: new MetricFacts("云资源费用 本月", 128, "¥万", null, "¥100万"));
        var share = Items.Make(ItemKind.Metric, "云资源费用 已超支 28%", quote: line, line: 13, metric: new MetricFacts("云资源费用 已超支", 28, "%")) with { Id = "payments-share-13" };

        var asks = DecisionAsks.Find([spent, share], null);

        Assert.Equal(AskKind.Overrun, Assert.Single(asks).Kind);
    }

    private static string Between(string text, string from, string to)
    {
        int start = text.IndexOf(from, StringComparison.Ordinal);
        int end = text.IndexOf(to, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"'{from}' … '{to}' not found in:\n{text}");
        return text[start..end];
    }
}
