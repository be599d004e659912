using Microsoft.Extensions.Time.Testing;
using Summarizer.Digest;
using Summarizer.Digest.Sections;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>
/// "Needs your decision" as a chief of staff orders it (week 2024-W26, Jun 24–30): overdue first, then the nearest
/// deadline, then undated approvals and overruns; month-only deadlines read as the month; every count adds up.
/// </summary>
public class DecisionUrgencyTests
{
    private static readonly IsoWeek W26 = IsoWeek.Parse("2024-W26");

    private static ExtractedItem Risk(string text, Severity severity, int line, string team = "payments") =>
        Items.Make(ItemKind.Risk, text, team: team, severity: severity, line: line);

    private static readonly ExtractedItem OverdueApproval = Risk("Waiting for approval from Finance on the GPU purchase by Jun 26", Severity.Low, 3, "data");
    private static readonly ExtractedItem BlockedGoLive = Risk("Blocked on vendor firmware, go-live deadline Jul 3", Severity.High, 4, "platform");
    private static readonly ExtractedItem LegalSignOff = Risk("Need sign-off from Legal on the data-sharing contract by Jul 5", Severity.Low, 5, "data");
    private static readonly ExtractedItem AuditPatch = Risk("Audit deadline Jul 12: vendor patch missing", Severity.High, 6, "platform");
    private static readonly ExtractedItem Headcount = Risk("Need budget approval for two more SREs", Severity.Medium, 7, "sre");
    private static readonly ExtractedItem CloudSpend = Items.Make(ItemKind.Metric, "Cloud spend $52,000", team: "platform", line: 8,
        quote: "Cloud spend: $52,000 this month (budget $45,000)", metric: new MetricFacts("Cloud spend", 52000, "$", null, "budget $45,000"));

    // Six undated high risks with a deadline word: each an ask, none as urgent as a dated one or an approval.
    private static readonly ExtractedItem[] Expiries = new[] { "gateway", "ledger", "vault", "mail relay", "VPN", "CDN" }
        .Select((name, n) => Risk($"The {name} certificate expires soon and renewal has not started", Severity.High, 20 + n, "sre")).ToArray();

    private static ExtractedItem[] Week => [.. Expiries, AuditPatch, Headcount, CloudSpend, LegalSignOff, BlockedGoLive, OverdueApproval];

    private static DigestDocument Compose(ExtractedItem[] items, TimeProvider? time = null)
    {
        var week = Items.Week(items);
        return new DigestComposer(time).Compose(week, OfflineExecutiveSummaryWriter.Write(week, time));
    }

    [Fact]
    public void Asks_OverdueFirst_ThenNearestDeadline_ThenUndatedApprovalsAndOverruns_BeforeUndatedRisks()
    {
        var asks = Compose(Week).Asks;

        Assert.Equal([OverdueApproval.Id, BlockedGoLive.Id, LegalSignOff.Id, AuditPatch.Id, Headcount.Id, CloudSpend.Id],
            asks.Take(6).Select(a => a.Item.Id));
        Assert.Equal(Expiries.Select(e => e.Id).Order(), asks.Skip(6).Select(a => a.Item.Id).Order());
        Assert.Equal([true, false, false, false, false, false], asks.Take(6).Select(a => a.Overdue));
    }

    [Fact]
    public void Asks_DueTheSameDay_HighFirst_ThenApprovalsBeforeBlocked()
    {
        var lowApproval = Risk("Need sign-off from Legal on the data-sharing contract by Jul 5", Severity.Low, 30, "data");
        var highBlocked = Risk("Blocked on vendor firmware, go-live deadline Jul 5", Severity.High, 31, "platform");
        var mediumApproval = Risk("Need budget approval for the DR site by Jul 5", Severity.Medium, 32, "sre");
        var highApproval = Risk("Need approval from Security for the firewall change by Jul 5", Severity.High, 33, "sre");

        var asks = DecisionAsks.Find([lowApproval, highBlocked, mediumApproval, highApproval], W26);

        Assert.All(asks, a => Assert.Equal(new DateOnly(2024, 7, 5), a.Due));
        Assert.Equal([highApproval.Id, highBlocked.Id, mediumApproval.Id, lowApproval.Id], asks.Select(a => a.Item.Id));
    }

    [Fact]
    public async Task Mail_ShowsTheOverrunAndNearestDeadlines_FlagsTheOverdue_AndItsCountsAddUp()
    {
        var d = Compose(Week);
        var mail = new MarkdownDigestWriter().Write(DigestLayout.Mail(d));
        var block = Between(mail, "## Needs your decision", "## What went wrong");

        Assert.Contains("**overdue since Jun 26**", block);
        Assert.Contains("<span class=\"due nw overdue\">overdue since Jun 26</span>", await new Summarizer.Digest.Html.HtmlDigestWriter().WriteAsync(DigestLayout.Mail(d)));
        Assert.Contains("Cloud spend: spent $52,000 of $45,000 budget", block);
        Assert.Contains("by 2024-07-03", block);
        Assert.Contains("by 2024-07-12", block);
        int shown = block.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\d+\. "));
        Assert.Equal(DigestLayout.MailAsks, shown);
        Assert.Contains("- _4 more in the full digest_", block);
        // The summary's count is what is shown plus the stated "more": 8 + 4.
        Assert.StartsWith("12 asks need your decision; first: Waiting for approval from Finance on the GPU purchase by Jun 26 (data, overdue since Jun 26)", d.Summary[0]);
    }

    [Fact]
    public void Overdue_IsMeasuredAgainstTheRunsDay_WhenTheDigestIsMadeBeforeTheWeekEnds()
    {
        var wednesday = new FakeTimeProvider(new DateTimeOffset(2024, 6, 26, 10, 0, 0, TimeSpan.Zero));
        var dueToday = Risk("Waiting for approval from Finance on the GPU purchase by Jun 26", Severity.Low, 3);
        var dueYesterday = Risk("需要财务审批采购合同，6月25日前", Severity.Low, 4);

        var asks = Compose([dueToday, dueYesterday], wednesday).Asks.ToDictionary(a => a.Item.Id);

        Assert.Equal(new DateOnly(2024, 6, 26), DecisionAsks.ReferenceDay(W26, wednesday));
        Assert.False(asks[dueToday.Id].Overdue);
        Assert.True(asks[dueYesterday.Id].Overdue);
        Assert.Equal("已逾期（6月25日）", DecisionSection.DueText(asks[dueYesterday.Id], DigestLabels.Chinese, "2024-W26"));
        Assert.Equal("by 2024-06-26", DecisionSection.DueText(asks[dueToday.Id], DigestLabels.English, "2024-W26"));
    }

    [Theory]
    [InlineData("2024-W26", "维保合同7月到期，续签审批未完成", "2024-07-31", "7月底前")]
    [InlineData("2024-W26", "Vendor support contract ends in July; renewal approval pending", "2024-07-31", "by end of July")]
    [InlineData("2024-W26", "Need sign-off on the migration plan by end of August", "2024-08-31", "by end of August")]
    [InlineData("2024-W47", "Vendor support contract ends in July; renewal approval pending", "2025-07-31", "by end of July 2025")]
    [InlineData("2024-W47", "维保合同2025年3月到期，续签审批未完成", "2025-03-31", "2025年3月底前")]
    [InlineData("2024-W26", "Need budget approval for the DR site by end of Q3", "2024-09-30", "by end of Q3")]
    [InlineData("2024-W26", "等保测评三季度末截止，预算审批未完成", "2024-09-30", "Q3底前")]
    [InlineData("2024-W47", "Need budget approval for the DR site by end of Q1", "2025-03-31", "by end of Q1 2025")]
    public void MonthOnlyDeadline_IsTheEndOfThatMonth_ShownAsTheMonth(string week, string text, string due, string shown)
    {
        var item = Risk(text, Severity.High, 3);
        var ask = Assert.Single(DecisionAsks.Find([item], IsoWeek.Parse(week)));

        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ask.Due);
        Assert.Equal(text.Contains('Q') || text.Contains("季度", StringComparison.Ordinal) ? DuePrecision.Quarter : DuePrecision.Month, ask.Precision);
        var labels = text.Any(c => c >= '\u4e00' && c <= '\u9fff') ? DigestLabels.Chinese : DigestLabels.English;
        Assert.Equal(shown, DecisionSection.DueText(ask, labels, week));
    }

    [Theory]
    [InlineData("Need budget approval; July revenue is down 3%")]
    [InlineData("需要财务审批，7月起执行新费率")]
    public void MonthNotNamedAsADeadline_GivesNoDate(string text)
    {
        var ask = Assert.Single(DecisionAsks.Find([Risk(text, Severity.Medium, 3)], W26));
        Assert.Null(ask.Due);
    }

    [Fact]
    public void OneSourceLine_IsOneEntry_InTheFirstMailSectionThatHoldsIt()
    {
        var slipAsk = Items.Make(ItemKind.Delay, "GPU purchase moved from Jul 1 to Jul 10, waiting for approval from Finance", team: "data", severity: Severity.Medium, line: 3,
            delay: new DelayFacts("GPU purchase", "2024-07-01", "2024-07-10", "waiting for approval from Finance"));
        var sameLineRisk = Items.Make(ItemKind.Risk, "GPU purchase waits for Finance", team: "data", severity: Severity.High, line: 3,
            quote: slipAsk.Source.Quote);
        var outage = Items.Make(ItemKind.Incident, "Settlement batch failed for 40 minutes", team: "payments", severity: Severity.High, line: 5,
            incident: new IncidentFacts("2024-06-25 09:16", "2024-06-25 09:56", 40, "217 payments late"));
        var outageRisk = Items.Make(ItemKind.Risk, "Settlement batch may fail again", team: "payments", severity: Severity.High, line: 5, quote: outage.Source.Quote);
        var vendorApi = Risk("Vendor API unstable", Severity.Medium, 6);
        var vault = Items.Make(ItemKind.Delay, "Card vault migration moved from Jun 28 to Jul 12", severity: Severity.Medium, line: 7,
            delay: new DelayFacts("Card vault migration", "2024-06-28", "2024-07-12", "vendor"));

        var d = Compose([slipAsk, sameLineRisk, AuditPatch, outage, outageRisk, vendorApi, vault]);

        var sections = new Dictionary<string, IEnumerable<ExtractedItem>>
        {
            ["decisions"] = d.Asks.Select(a => a.Item), ["went wrong"] = d.Incidents, ["risks"] = d.Risks, ["delays"] = d.Delays,
        };
        string Where(ExtractedItem i) => Assert.Single(sections, s => s.Value.Any(e => e.Source.File == i.Source.File && e.Source.Line == i.Source.Line)).Key;
        Assert.Equal("decisions", Where(slipAsk));
        Assert.Equal("decisions", Where(AuditPatch));
        Assert.Equal("went wrong", Where(outage));
        Assert.Equal("risks", Where(vendorApi));
        Assert.Equal("delays", Where(vault));

        // In the mail too: above the one-line-per-team list, the audit line is written once.
        var mail = new MarkdownDigestWriter().Write(DigestLayout.Mail(d));
        var body = mail[..mail.IndexOf("## Teams", StringComparison.Ordinal)];
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "Audit deadline Jul 12"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(body, "Card vault migration"));
    }

    [Fact]
    public void TeamsReported_IsSaidOnce_InTheHeader()
    {
        var mail = new MarkdownDigestWriter().Write(DigestLayout.Mail(Compose([BlockedGoLive, Headcount])));
        Assert.Contains("> 2 teams reported · 1 file could not be used", mail);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(mail, "teams reported"));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(mail, "could not be used"));
    }

    internal static string Between(string text, string start, string end)
    {
        int s = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(s >= 0, $"'{start}' not found");
        int e = text.IndexOf(end, s + start.Length, StringComparison.Ordinal);
        return e < 0 ? text[s..] : text[s..e];
    }
}
