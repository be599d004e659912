using Summarizer.Digest;
using Summarizer.Digest.Sections;
using Summarizer.Tests.Extraction;
using Summarizer.Text;

namespace Summarizer.Tests.Digest;

/// <summary>rules-11 leftovers of asks, digest and the one lower-is-better vocabulary (issue 12).</summary>
public class DigestTrustRules11Tests
{
    // Cases where the engine's and the digest's lists disagreed until rules-11; a careful reader's answer in the last column.
    [Theory]
    [InlineData("MTTR", "min", null, true)]                 // a time: engine had no word for it
    [InlineData("平均修复时长", "小时", null, true)]         // a time outweighs 修复
    [InlineData("告警数", null, null, true)]                // engine lacked 告警
    [InlineData("客户流失率", "%", null, true)]             // engine lacked 流失
    [InlineData("Open defects", null, null, true)]         // engine lacked defect
    [InlineData("Pages to on-call", null, null, true)]
    [InlineData("接口时延", "ms", null, true)]              // digest lacked 时延
    [InlineData("Downtime", "min", null, true)]            // digest lacked downtime
    [InlineData("Infra expenses", "$", null, true)]        // digest lacked expense
    [InlineData("差错率", "%", null, true)]                // digest lacked 差错
    [InlineData("Bugs fixed", null, null, false)]          // a higher-is-better word outweighs a failure word
    [InlineData("故障修复率", "%", null, false)]
    [InlineData("Page views", null, null, false)]
    [InlineData("Error budget remaining", "%", "≥ 50%", false)] // an operator decides before any word
    [InlineData("转化率", "%", "< 5%", true)]
    [InlineData("Availability", "%", null, false)]
    public void OneVocabulary_TellsWhichWayAMeasureIsGood(string name, string? unit, string? target, bool lowerIsBetter) =>
        Assert.Equal(lowerIsBetter, MetricDirection.LowerIsBetter(name, unit, target));

    [Theory]
    [InlineData("- MTTR 45 min (target 30 min)", Severity.Medium)]
    [InlineData("- MTTR 25 min (target 30 min)", null)]
    [InlineData("- 本周告警数 14 次（目标 8 次）", Severity.Medium)]
    [InlineData("- 本周告警数 6 次（目标 8 次）", null)]
    public void TheEngine_GradesOffTarget_ByTheSharedVocabulary(string line, Severity? expected)
    {
        var metric = ReportUnits.ExtractLine(line).First(i => i.Kind == ItemKind.Metric);
        Assert.Equal(expected, metric.Severity);
    }

    [Fact]
    public void TheDigest_ReadsDowntimeRisingAsWorse_LikeTheEngine()
    {
        // Both moved 20 %: downtime 50 → 60 min is worse, sign-ups 50 → 60 better; the worse move ranks first.
        var downtime = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Metric, "Downtime 60", team: "ops", line: 3,
            metric: new MetricFacts("Downtime", 60, null, 50)) with { Id = "d" };
        var signups = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Metric, "Sign-ups 60", team: "web", line: 4,
            metric: new MetricFacts("Sign-ups", 60, null, 50)) with { Id = "s" };

        var key = KeyMetricSelection.Select([signups, downtime], [], rows: 2);

        Assert.Equal(["d", "s"], key.Select(k => k.Item.Id));
    }

    [Theory]
    [InlineData("## Progress\n\n- We ask leadership to approve the second GPU node purchase before Jul 8.\n", 7, 8)]
    [InlineData("## Status\n\n- We are requesting that Finance sign off on the vendor renewal by Jul 10.\n", 7, 10)]
    [InlineData("## 本周进展\n\n- 请领导在7月8日前批准测试环境扩容方案。\n", 7, 8)]
    [InlineData("## 风险与求助\n\n- 提请管理层7月9日前审批外包续签。\n", 7, 9)]
    public async Task AnAskAddressedToLeadership_IsADatedApproval_WhoseDueReachesTheItem(string report, int month, int day)
    {
        var items = await ReportUnits.PublishedAsync("# Weekly\n\n" + report, "2024-W27");

        var ask = Assert.Single(DecisionAsks.Find(items, IsoWeek.Parse("2024-W27")));
        Assert.Equal((AskKind.Approval, new DateOnly(2024, month, day)), (ask.Kind, ask.Due));
        Assert.Equal(new DateOnly(2024, month, day), ask.Item.Due);
    }

    [Fact]
    public async Task ItemsJson_CarriesTheAsksDueDate_AndNullForOtherItems()
    {
        var items = await ReportUnits.PublishedAsync("# Weekly\n\n## 本周进展\n\n- 完成支付网关灰度发布。\n- 请领导在7月8日前批准测试环境扩容方案。\n", "2024-W27");
        var week = new Summarizer.Store.WeekSnapshot("2024-W27", "offline", [], [], items, [], []);

        var json = System.Text.Json.Nodes.JsonNode.Parse(ItemsJsonWriter.Write(week))!["items"]!.AsArray();

        Assert.Contains(json, i => (string?)i!["due"] == "2024-07-08" && ((string)i["source"]!["quote"]!).Contains("批准"));
        Assert.All(json.Where(i => !((string)i!["source"]!["quote"]!).Contains("批准")), i => Assert.Null(i!["due"]));
    }

    private static DigestDocument Compose(Summarizer.Store.WeekSnapshot week) =>
        new DigestComposer(TimeProvider.System).Compose(week, OfflineExecutiveSummaryWriter.Write(week, TimeProvider.System));

    [Fact]
    public void ATeamWhoseReportHeldNothing_IsListed_AsTheHeaderCountsIt()
    {
        var risk = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Risk, "Vendor SDK deprecation may break checkout", team: "web", severity: Severity.Medium);
        var week = Summarizer.Tests.TestSupport.Items.Week(risk) with
        {
            Reports = [new("web", "2024-W26/web.md", 3, "utf-8"), new("legal", "2024-W26/legal.md", 1, "utf-8")],
        };

        var d = Compose(week);
        var mail = new MarkdownDigestWriter().Write(DigestLayout.Mail(d));
        var full = new MarkdownDigestWriter().Write(DigestLayout.Full(d));

        Assert.Equal(["legal", "web"], d.Teams.Select(t => t.Team));
        Assert.Contains("2 teams reported", mail);
        Assert.Contains("**legal**", mail);
        Assert.Contains("### legal", full);
    }

    [Fact]
    public void KeyMetrics_WithNoneToShow_SaysWhy_NotNoneAboveNMore()
    {
        // Two flat figures with no target: nothing is key, both are in the full digest.
        var a = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Metric, "文档页数 40", team: "docs", line: 3, metric: new MetricFacts("文档页数", 40));
        var b = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Metric, "评审次数 3", team: "docs", line: 4, metric: new MetricFacts("评审次数", 3));

        var mail = new MarkdownDigestWriter().Write(DigestLayout.Mail(Compose(Summarizer.Tests.TestSupport.Items.Week(a, b))));

        var keySection = mail[mail.IndexOf("## 关键指标", StringComparison.Ordinal)..];
        keySection = keySection[..keySection.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        Assert.DoesNotContain("- 无\n", keySection);
        Assert.Contains("无偏离目标或明显变动的指标", keySection);
        Assert.Contains("另有 2 项见完整版", keySection);
    }

    [Fact]
    public void WhatChanged_PutsAMoveOfAnOffBudgetMetric_BeforeALargerMoveOfAMinorOne()
    {
        // Spend 48k → 52k (+8 %) is over its 45k budget; wiki pages 10 → 15 (+50 %) has no target.
        var spend = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Metric, "Cloud spend $52,000", team: "platform", line: 3,
            quote: "Cloud spend $52,000 (budget $45,000)", metric: new MetricFacts("Cloud spend", 52000, "$", 48000, "budget $45,000"));
        var pages = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Metric, "Wiki pages 15", team: "docs", line: 4,
            metric: new MetricFacts("Wiki pages", 15, null, 10));
        WeekChange[] changes =
        [
            new(ItemKind.Metric, "docs", "Wiki pages: 10 → 15", 10.0, 15.0),
            new(ItemKind.Metric, "platform", "Cloud spend: $48,000 → $52,000", 48000.0, 52000.0),
        ];

        var ranked = ChangeRanking.Ranked(changes, [pages, spend]);

        Assert.Equal(["platform", "docs"], ranked.Select(c => c.Team));
        Assert.Equal("platform", ChangeRanking.ForDigest(ranked, 1).Single().Team);
    }

    [Theory]
    [InlineData("本周无P0故障，发生P1故障1起", "【高】核心交易库磁盘使用率85%，预计两周写满")]
    [InlineData("本月P0事故0起，P1事故2起，均已复盘", "【高】结算对账服务仍为单点部署，无容灾")]
    public void ALineThatTalliesIncidentGrades_IsNoTopRisk(string tally, string risk)
    {
        var a = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Risk, tally, team: "ops", severity: Severity.High, line: 3);
        var b = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Risk, risk, team: "ops", severity: Severity.High, line: 9);

        Assert.Equal([risk, tally], new[] { a, b }.Ranked().Select(i => i.Summary));
        Assert.Equal(2, ItemRanking.Weight(a));
    }

    [Theory]
    [InlineData("P0 故障：支付网关中断 40 分钟")]
    [InlineData("P1: checkout errors for 2 hours after the release")]
    public void AGradeThatHeadsTheLine_StillWeighsHigh(string line) =>
        Assert.Equal(3, ItemRanking.Weight(Summarizer.Tests.TestSupport.Items.Make(ItemKind.Risk, line, severity: Severity.High)));

    [Fact]
    public void AnOverrun_IsNamedOnceInTheSummary_AsTheAsk_NotAgainAsAMetricOffTarget()
    {
        var spend = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Metric, "Cloud spend $52,000", team: "platform", line: 8,
            quote: "Cloud spend: $52,000 this month (budget $45,000)", metric: new MetricFacts("Cloud spend", 52000, "$", null, "budget $45,000"));
        var uptime = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Metric, "Availability 99.2%", team: "platform", line: 9,
            quote: "Availability 99.2% (target 99.9%)", metric: new MetricFacts("Availability", 99.2, "%", null, "99.9%"));
        var week = Summarizer.Tests.TestSupport.Items.Week(spend, uptime);

        var summary = string.Join("\n", OfflineExecutiveSummaryWriter.Write(week, TimeProvider.System));
        var full = new MarkdownDigestWriter().Write(DigestLayout.Full(Compose(week)));

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(summary, "Cloud spend"));
        Assert.Contains("1 metric off target: Availability", summary);
        var decisions = full[full.IndexOf("## Needs your decision", StringComparison.Ordinal)..];
        decisions = decisions[..decisions.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(decisions, "Cloud spend"));
    }
}
