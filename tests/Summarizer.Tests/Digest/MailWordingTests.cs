using Summarizer.Digest;
using Summarizer.Digest.Html;
using Summarizer.Digest.Sections;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>
/// The mail's words as a department head reads them: an overrun states its budget, the summary spends its bullets on
/// what must be acted on, counts agree with their nouns, amounts never break across lines.
/// </summary>
public class MailWordingTests
{
    private static readonly ExtractedItem CloudSpend = Items.Make(ItemKind.Metric, "Cloud spend $52,000", team: "platform", line: 7,
        quote: "Cloud spend: $52,000 this month (budget $45,000)", metric: new MetricFacts("Cloud spend", 52000, "$", null, "budget $45,000"));

    [Fact]
    public void Overrun_StatesSpendAgainstBudget_InTheDecisionBlock()
    {
        var mail = new MarkdownDigestWriter().Write(DigestLayout.Mail(DigestWritersTests.Compose(CloudSpend)));
        Assert.Contains("Cloud spend: spent $52,000 of $45,000 budget, +15.6%", Between(mail, "## Needs your decision", "## What went wrong"));
    }

    [Fact]
    public void Overrun_InChinese_FromTheMetricOfTheSameLine_StatesBudgetAndPercentage()
    {
        const string quote = "云资源费用：本月累计¥128万，预算¥100万，已超支28%";
        var spend = Items.Make(ItemKind.Metric, "云资源费用 ¥128万", line: 9, quote: quote, metric: new MetricFacts("云资源费用", 128, "¥万", null, "¥100万"));
        var risk = Items.Make(ItemKind.Risk, "云资源费用已超支28%", line: 9, severity: Severity.Medium, quote: quote);

        var ask = Assert.Single(DigestWritersTests.Compose(spend, risk).Asks);

        Assert.Equal("云资源费用：已用 ¥128万，预算 ¥100万，超出 +28%", DecisionSection.Statement(ask, DigestLabels.Chinese));
    }

    [Fact]
    public void Ask_WhoseSummaryTheTeamCorrected_ShowsTheCorrection_NotTheReportsLine()
    {
        const string quote = "We ask leadership to approve the extra budget of $30,000 for load tests before Dec 8";
        var ask = Items.Make(ItemKind.Risk, "Approve $30,000 load-test budget", severity: Severity.Medium, line: 4, quote: quote);
        var corrected = ask with { Summary = "Approve $30,000 for the Q1 load tests, not Q4", SummaryEdited = true };

        Assert.Equal(quote, DecisionAsks.Statement(ask)); // the report's own line reads better than a clipped summary
        Assert.Equal("Approve $30,000 for the Q1 load tests, not Q4", DecisionAsks.Statement(corrected));
    }

    [Fact]
    public void Overrun_WithoutABudgetFigure_SaysTheReportGivesNone()
    {
        var overrun = Items.Make(ItemKind.Risk, "Cloud costs overran this month", severity: Severity.Medium, line: 5);
        var ask = Assert.Single(DigestWritersTests.Compose(overrun).Asks);
        Assert.Equal("Cloud costs overran this month (the report states no budget figure)", DecisionSection.Statement(ask, DigestLabels.English));
    }

    [Fact]
    public void Ask_FromATableRow_ReadsAsItsSummary_NotAsTheRowsCells()
    {
        var row = Items.Make(ItemKind.Risk, "Secrets rotation: Blocked on vendor: HSM firmware patch not delivered", team: "platform-sre", severity: Severity.High, line: 15,
            quote: "Secrets rotation | 🔴 Red | Lena | Jul 5 | Blocked on vendor: HSM firmware patch not delivered");
        var ask = Assert.Single(DigestWritersTests.Compose(row).Asks);
        Assert.Equal("Secrets rotation: Blocked on vendor: HSM firmware patch not delivered", ask.Text);
        Assert.Equal(new DateOnly(2024, 7, 5), ask.Due);
    }

    [Fact]
    public void Summary_RanksAsksIncidentsDelaysAndOffTargetMetrics_NotRolloutPercentages()
    {
        var rollout = Items.Make(ItemKind.Metric, "Checkout v2 rollout 60%", team: "web", line: 3, metric: new MetricFacts("Checkout v2 rollout", 60, "%", 20));
        var approval = Items.Make(ItemKind.Risk, "Waiting for approval from Finance on the $120k GPU purchase by Jul 10", team: "data", severity: Severity.Medium, line: 4);
        var outage = Items.Make(ItemKind.Incident, "Checkout down for 42 minutes", team: "web", severity: Severity.High, line: 5,
            incident: new IncidentFacts("2024-06-24 14:05", "2024-06-24 14:47", 42, "3% of orders failed"));
        var slip = Items.Make(ItemKind.Delay, "Card vault migration moved from Jun 28 to Jul 12", team: "payments", severity: Severity.Medium, line: 6,
            delay: new DelayFacts("Card vault migration", "Jun 28", "Jul 12", "vendor"));
        var latency = Items.Make(ItemKind.Metric, "p99 latency 480 ms", team: "search", line: 7, metric: new MetricFacts("p99 latency", 480, "ms", 300, "≤ 300 ms"));
        var week = Items.Week(rollout, approval, outage, slip, latency) with
        {
            Changes = [new WeekChange(ItemKind.Metric, "web", "Checkout v2 rollout: 20% → 60% (+40%)", 20d, 60d)],
        };

        var lines = OfflineExecutiveSummaryWriter.Write(week);

        Assert.InRange(lines.Count, 1, DigestComposer.SummaryBullets);
        Assert.StartsWith("1 ask needs your decision; first: Waiting for approval from Finance on the $120k GPU purchase", lines[0]);
        Assert.Contains("by 2024-07-10", lines[0]);
        Assert.StartsWith("1 production incident, 42 minutes of impact", lines[1]);
        Assert.StartsWith("1 delay across 1 team", lines[2]);
        Assert.Equal("1 metric off target: p99 latency 480 ms (target ≤ 300 ms, search).", lines[3]); // "480 ms" as the report wrote it
        Assert.DoesNotContain(lines, l => l.Contains("rollout", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(4, lines.Count); // no coverage bullet: the header says how many teams reported
    }

    [Fact]
    public void Summary_APlanDateThatMovedWithoutADelayItem_IsAMoveSinceLastWeek_NotADelayCountOrASecondSlip()
    {
        var plan = Items.Make(ItemKind.Plan, "计划12月18日上线新清算引擎", team: "clearing", line: 3);
        var week = Items.Week(plan) with
        {
            Changes = [new WeekChange(ItemKind.Delay, "clearing", "里程碑“新清算引擎”从 2026-12-10 推迟到 2026-12-18", "2026-12-10", "2026-12-18")],
        };

        var line = Assert.Single(OfflineExecutiveSummaryWriter.Write(week));

        Assert.Equal("计划日期较上周推迟 1 项：里程碑“新清算引擎”从 2026-12-10 推迟到 2026-12-18（clearing）。", line);
        Assert.DoesNotContain("再次", line);
        Assert.DoesNotContain("延期", line);
    }

    [Fact]
    public void Counts_AgreeWithTheirNouns_InTheTeamLines()
    {
        var risk = Items.Make(ItemKind.Risk, "Vendor API unstable", team: "web", severity: Severity.Medium, line: 3);
        var delays = new[] { 4, 5 }.Select(n => Items.Make(ItemKind.Delay, $"Milestone {n} moved", team: "web", severity: Severity.Medium, line: n,
            delay: new DelayFacts($"Milestone {n}", "Jun 28", "Jul 12", null))).ToArray();
        var mail = new MarkdownDigestWriter().Write(DigestLayout.Mail(DigestWritersTests.Compose([risk, .. delays])));

        Assert.Contains("1 risk · 2 delays · 0 incidents · 0 metrics", mail);
        Assert.Contains("1 team reported · 1 file could not be used", mail);
        Assert.DoesNotContain("1 risks", mail);
        Assert.Equal("风险 1 · 延期 2 · 事件 0 · 指标 0", DigestFormat.Format(DigestLabels.Chinese.TeamLine, 1, 2, 0, 0));
    }

    [Theory]
    [InlineData("本月累计¥128万，预算¥100万", new[] { "¥128万", "¥100万" })]
    [InlineData("Spent $52,000 of $45,000 by 2024-07-12 09:56, down 42 min (+15.6%)", new[] { "$52,000", "$45,000", "2024-07-12 09:56", "42 min", "+15.6%" })]
    [InlineData("7月12日审计截止，停机3小时", new[] { "7月12日", "3小时" })]
    public void Amounts_DatesAndDurations_AreKeptWhole(string text, string[] kept)
    {
        var runs = TextRuns.Split(text);
        Assert.Equal(kept, runs.Where(r => r.Keep).Select(r => r.Text));
        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
    }

    [Fact]
    public async Task Html_WrapsAmountsInEntryTextInNowrapSpans()
    {
        var risk = Items.Make(ItemKind.Risk, "云资源费用本月累计¥128万，超出预算", severity: Severity.High, line: 3);
        var html = await new HtmlDigestWriter().WriteAsync(DigestLayout.Mail(DigestWritersTests.Compose(risk)));
        Assert.Contains("<span class=\"nw\">¥128万</span>", html);
    }

    private static string Between(string text, string start, string end)
    {
        int s = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(s >= 0, $"'{start}' not found");
        int e = text.IndexOf(end, s + start.Length, StringComparison.Ordinal);
        return e < 0 ? text[s..] : text[s..e];
    }
}
