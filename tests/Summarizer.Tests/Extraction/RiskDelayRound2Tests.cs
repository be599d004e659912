using Summarizer.Extraction.Offline;

namespace Summarizer.Tests.Extraction;

/// <summary>
/// General kinds behind the risks and slips rules-10 missed on outside writers' reports (round 2), each pinned with
/// invented examples (report week 2024-W26, Jun 24–30) and what a careful reader lists: problem headings in their common
/// names (Lowlights, Watch items, Anomalies, 隐患, 瓶颈), a report title whose words name the team and not a section,
/// bylines and mail headers, ⛔/⚠️ markers, problem phrasing without risk words (rejected, fell through, still no answer,
/// not certified yet, burned the budget), labelled fixes, and slips whose planned date is told as a promise or intent.
/// </summary>
public sealed class RiskDelayRound2Tests
{
    private static List<string> Risks(IEnumerable<ItemCandidate> items) =>
        items.Where(i => i.Kind == ItemKind.Risk).Select(i => i.Quote).ToList();

    // ---- (a) problem headings in their common names

    [Theory]
    [InlineData("### 😕 Lowlights")]
    [InlineData("## Watch items")]
    [InlineData("## Red flags")]
    [InlineData("## 2. Anomalies")]
    [InlineData("## Headwinds")]
    [InlineData("## RAID")]
    [InlineData("## Didn't go well")]
    [InlineData("## 主要隐患")]
    [InlineData("## 当前瓶颈")]
    [InlineData("## 需关注事项")]
    public void Extract_LineUnderACommonProblemHeading_IsARisk(string heading)
    {
        var items = ReportUnits.Extract($"""
            # Ops weekly

            {heading}
            - The partner onboarding form loses uploaded files above 20 MB.
            """);

        Assert.Contains(Risks(items), q => q.Contains("loses uploaded files", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ReportTitleNamingTheTeam_SetsNoRoleForItsSections()
    {
        var items = ReportUnits.Extract("""
            # Credit Risk Analytics Weekly: Scoring + Issues Desk

            ## Models
            Scorecard v3 was retrained on the May snapshot and is in shadow mode.

            ## People
            Welcome Anna, who joins the validation team on Monday.
            """);

        Assert.Empty(Risks(items));
    }

    [Fact]
    public void Extract_IncidentReportTitle_StillMakesTheReportAboutThatIncident()
    {
        Assert.Equal(SectionRole.Incidents, SectionRoles.FromPath(["Incident report: checkout outage", "Details"]));
        Assert.Equal(SectionRole.Risks, SectionRoles.FromPath(["Platform weekly update", "Lowlights"]));
        Assert.Equal(SectionRole.General, SectionRoles.FromPath(["Data & ML Weekly: Risk Models", "Models"]));
    }

    [Theory]
    [InlineData("## Completed issues (9)")]
    [InlineData("## Closed tickets")]
    [InlineData("## 已解决问题")]
    public void Extract_DoneWorkListUnderAnIssuesHeading_IsNoRisk(string heading)
    {
        var items = ReportUnits.Extract($"""
            # Sprint 12 review

            {heading}
            - BILL-220 Invoice rounding fix (3 pts)
            - BILL-231 Export to CSV for the audit team (5 pts)
            """);

        Assert.Empty(Risks(items));
    }

    // ---- (b) layout: bylines, mail headers and legends are no findings

    [Theory]
    [InlineData("Subject: Support weekly - wk 26 - outage spike + backlog")]
    [InlineData("Prepared by: M. Okafor · Distribution: CIO, Head of Operational Risk")]
    [InlineData("Harbor Bank · Week 26 (24–30 Jun) · owner: L. Park · TLP:AMBER")]
    [InlineData("主题：运维周报（第26周）故障与风险")]
    [InlineData("_Collected from #standup. ✅ done / ➡️ next / ⛔ blocked_")]
    public void Extract_BylineHeaderOrLegend_FlagsNoRisk(string line) =>
        Assert.Empty(Risks(ReportUnits.ExtractLine(line)));

    // ---- markers

    [Fact]
    public void Extract_BlockedAndWarningMarkers_FlagTheirLine_ButANothingLineStaysQuiet()
    {
        var items = ReportUnits.Extract("""
            ### Dana
            - ✅ Shipped the export wizard
            - ⛔ Legal has not answered on the data-retention clause
            - ⚠️ Build cache misses on every second CI run
            - ⛔ nothing
            """);

        var risks = Risks(items);
        Assert.Equal(2, risks.Count);
        Assert.Contains(risks, q => q.Contains("data-retention clause", StringComparison.Ordinal));
        Assert.Contains(risks, q => q.Contains("Build cache misses", StringComparison.Ordinal));
    }

    // ---- (c) problem phrasing without risk words

    [Theory]
    [InlineData("Google rejected build 3.2.0 on Monday for a missing privacy label.")]
    [InlineData("Our data-engineer hire fell through at offer stage.")]
    [InlineData("Still no answer from legal on the new supplier contract.")]
    [InlineData("The vendor has not certified the driver update yet.")]
    [InlineData("The payments API has burned its whole error budget for June.")]
    [InlineData("Signup conversion has been sliding for two weeks.")]
    [InlineData("Our request for two more test devices has been with Finance since May 30.")]
    [InlineData("The nightly ETL missed its 06:00 SLA on Tuesday.")]
    public void Extract_ProblemSaidWithoutRiskWords_IsARisk(string line) =>
        Assert.Single(Risks(ReportUnits.ExtractLine(line)));

    [Theory]
    [InlineData("Lint warnings: 340 checked, 12 failed (all known legacy files, accepted, not an issue).")]
    [InlineData("Proposed fix: add an index on order_date and cache the summary query.")]
    [InlineData("Workaround: route the uploads through the backup bucket until the patch lands.")]
    public void Extract_AcceptedKnownFailureOrLabelledFix_IsNoRisk(string line) =>
        Assert.Empty(Risks(ReportUnits.ExtractLine(line, "Anomalies")));

    // ---- slips told as promises, intents and late deliveries

    [Theory]
    [InlineData("Vendor SDK is late (was promised Jun 20, now early July).", "2024-06-20")]
    [InlineData("Partner migration has been pushed back: they were supposed to start on Jun 24, now Jul 8.", "2024-06-24")]
    [InlineData("Load testing did not start on Jun 24 as planned; it is now expected to start Jul 1.", "2024-06-24")]
    [InlineData("The search reindex was due Fri Jun 28, now targeting Jul 5.", "2024-06-28")]
    [InlineData("The DB upgrade was planned for this Wednesday (6/26); postponed to Jul 3 because the driver isn't certified.", "2024-06-26")]
    [InlineData("Patching of the print servers was due 6/21 and is now pushed to the 7/12 maintenance window.", "2024-06-21")]
    public void Extract_SlipWithThePromisedOrIntendedDate_GivesItsFromDate(string line, string from)
    {
        var delay = Assert.Single(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay).Delay!;
        Assert.Equal(from, delay.From);
    }

    [Theory]
    [InlineData("We put the partner launch on hold until the contract is signed.")]
    [InlineData("The label printer firmware from the vendor is late, so warehouse tests wait.")]
    public void Extract_OnHoldOrLateDelivery_IsADelay(string line) =>
        Assert.Single(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);
}
