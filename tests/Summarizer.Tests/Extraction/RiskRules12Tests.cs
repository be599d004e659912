namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of writing that rules-11 flagged as risks wrongly, or read under the wrong heading, on three outside writers'
/// reports (rules-12), each pinned with invented examples and what a careful reader lists: numbered capitals titles of
/// plain-text mails, a status grade inside a heading, headings that list retired concerns or the next steps, "blockers:
/// none", lines that name a grade or a kind of trouble only to say there was none, RAG legends, progress tallies,
/// introductions and courtesy lines.
/// </summary>
public sealed class RiskRules12Tests
{
    // ---- layout: a plain-text mail numbers its capitals titles like list items

    [Fact]
    public void Extract_NumberedCapitalsTitles_AreHeadingsThatSetTheRoleOfTheirLists()
    {
        var text = """
            Warehouse automation - fortnightly note

            2. DELIVERIES
            - Conveyor motors arrived Tuesday and are installed.

            3. OPEN CONCERNS
            - Only one technician is certified on the sorter controller.
            - The spare-parts contract lapses at the end of the month.

            4. MITIGATIONS UNDER WAY (for information)
            - Second technician booked on the certification course.

            5. NEXT STEPS
            - Procurement to renew the spare-parts contract.
            """;

        var items = ReportUnits.Extract(text);

        var risks = items.Where(i => i.Kind == ItemKind.Risk).Select(i => i.Quote).ToList();
        Assert.Equal(2, risks.Count);
        Assert.Contains(risks, q => q.Contains("Only one technician", StringComparison.Ordinal));
        Assert.Contains(risks, q => q.Contains("spare-parts contract lapses", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Kind == ItemKind.Plan && i.Quote.Contains("renew the spare-parts", StringComparison.Ordinal));
    }

    // ---- headings: a status grade grades the work the heading names, it does not make its lines problems

    [Theory]
    [InlineData("## Project update — Mar 4 · 🟡 At risk")]
    [InlineData("## Mobile checkout (amber)")]
    [InlineData("## 会员系统改版 · 🔴 红灯")]
    public void Extract_StatusGradeInAHeading_DoesNotMakeDoneWorkARisk(string heading)
    {
        var text = $"""
            {heading}

            **Shipped this week**
            - Saved-cards screen with edit and delete
            - Receipt e-mail template in three languages
            """;

        var items = ReportUnits.Extract(text);

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Extract_HeadingThatIsOnlyAtRisk_StillListsRisks()
    {
        var items = ReportUnits.ExtractLine("- Payroll export to the new bank format", "🔴 At risk");

        Assert.Contains(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("Not a concern anymore")]
    [InlineData("No longer a risk")]
    [InlineData("Retired risks")]
    [InlineData("已解除风险")]
    public void Extract_HeadingOfRetiredConcerns_FlagsNothing(string heading)
    {
        var items = ReportUnits.ExtractLine("- Licence audit by the font vendor — confirmed we are covered.", heading);

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("**Next**")]
    [InlineData("## To do")]
    [InlineData("## Asks / next steps")]
    public void Extract_BareNextHeading_ListsPlans(string heading)
    {
        var items = ReportUnits.Extract($"## Sprint 14\n\n{heading}\n- Rerun the failed migration dry run with the DBA on Monday\n");

        Assert.Contains(items, i => i.Kind == ItemKind.Plan);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    // ---- status labels that say there is nothing

    [Theory]
    [InlineData("- blockers: none")]
    [InlineData("- Blockers: n/a")]
    [InlineData("- Risks: none so far")]
    [InlineData("- 阻塞：暂无")]
    [InlineData("- 风险：无")]
    public void Extract_ProblemLabelFollowedByNothing_IsNoRisk(string line)
    {
        var items = ReportUnits.ExtractLine(line, "Team Aurora");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Extract_ProblemLabelWithARealBlocker_StaysARisk()
    {
        var items = ReportUnits.ExtractLine("- blockers: test tenant locked since Monday, vendor has not replied", "Team Aurora");

        Assert.Contains(items, i => i.Kind == ItemKind.Risk);
    }

    // ---- lines that name a grade or a kind of trouble only to say there was none

    [Theory]
    [InlineData("- No new Sev-2 escalations this week.")]
    [InlineData("- No customer escalations this month.")]
    [InlineData("- No outages or regressions since the release.")]
    [InlineData("- 其他机器也查了，没发现同样问题")]
    public void Extract_NegatedTroubleOrGrade_IsNoRisk(string line)
    {
        var items = ReportUnits.ExtractLine(line, "Support");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Extract_ProblemFixedInTheSameLine_IsNoRisk()
    {
        var items = ReportUnits.ExtractLine("- 帮运营组看了一个消息队列堆积的问题，是消费者线程数配错了，改完就好了", "本周工作");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    // ---- legends, tallies, introductions, courtesy

    [Theory]
    [InlineData("> Confidence 1–10: 8+ 🟢, 5–7 🟡, below 5 🔴")]
    [InlineData("> 信心值：高 🟢 ／ 中 🟡 ／ 低 🔴")]
    public void Extract_ScaleOfThreeColours_IsALegend(string line)
    {
        var items = ReportUnits.ExtractLine(line);

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("- **Progress:** 58% (29 / 50 issues)")]
    [InlineData("- Risk board: 3 risks owned, 2 accepted, 1 new")]
    [InlineData("- 巡检发现问题项 27 条，已整改 19 条")]
    public void Extract_ProgressOrRiskBoardTally_IsNoRisk(string line)
    {
        var items = ReportUnits.ExtractLine(line, "Status");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("Most of this week's update is about Tuesday's login outage; the rest is routine.")]
    [InlineData("This note focuses on the failed data-centre failover test.")]
    [InlineData("本周周报见下，有问题随时联系我。")]
    [InlineData("Let me know if you hit any issues with the new VPN.")]
    public void Extract_IntroductionOrCourtesyLine_IsNoRisk(string line)
    {
        var items = ReportUnits.ExtractLine(line);

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Extract_AlertTuningWork_IsNoRisk()
    {
        var items = ReportUnits.ExtractLine("- @ana: today: disk alert thresholds and alert tuning for the ingest cluster", "Tue 3/3");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("_5 comments · 👍 7 · 🎉 3_")]
    [InlineData("2 条评论 · 👍 9")]
    public void Extract_ReactionFooterUnderANextHeading_IsNoPlan(string footer)
    {
        var items = ReportUnits.Extract($"## Next\n- Draft the rollout note for support\n\n{footer}\n");

        Assert.Single(items, i => i.Kind == ItemKind.Plan);
    }
}
