namespace Summarizer.Tests.Extraction;

/// <summary>
/// Incidents a fresh tester's reports (t7a) showed read wrongly, by kind, each pinned on invented lines with what a
/// careful reader lists: the end is the time the service is said to be back by, a grade the closing sentence gives
/// ("This was a Sev1.") grades the incident, a failure word between two times (flapped, delayed, 抖动, 延迟) makes an
/// incident rather than a slip, and an outage told with its length and no clock time is an incident of that length.
/// </summary>
public sealed class IncidentRound3Tests
{
    // ---- the end is the time the service is back by, not the last step before it

    [Fact]
    public void Extract_BackToNormalByATime_EndsTheIncidentThereAndAClosingSevGradesIt()
    {
        var items = ReportUnits.ExtractLine(
            "On Tuesday at 09:20 UTC the billing API began timing out after a disk filled up. On-call was paged at 09:24. "
            + "Old logs were purged at 09:51 and requests were fully back to normal by 10:05 UTC. Total outage was 45 minutes. This was a Sev1.",
            "Incident: billing outage");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.EndsWith("09:20", incident.Incident!.Start, StringComparison.Ordinal);
        Assert.EndsWith("10:05", incident.Incident.End, StringComparison.Ordinal);
        Assert.Equal(45, incident.Incident.DurationMinutes);
        Assert.Equal(Severity.High, incident.Severity);
    }

    [Fact]
    public void Extract_RecoveredAtTheNextTime_ZhEndsThere()
    {
        var items = ReportUnits.ExtractLine("09:10 网关开始报错，09:25 完成回滚，流量恢复于 09:40，定级为P1。", "故障");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.EndsWith("09:40", incident.Incident!.End, StringComparison.Ordinal);
        Assert.Equal(30, incident.Incident.DurationMinutes);
        Assert.Equal(Severity.High, incident.Severity);
    }

    [Theory]
    [InlineData("It was rated P2 after review.", Severity.Medium)]
    [InlineData("This was a Sev1.", Severity.High)]
    [InlineData("The outage was declared Sev3 by the incident commander.", Severity.Medium)]
    public void Explicit_GradeTheSentenceSaysTheIncidentWas_Grades(string text, Severity expected) =>
        Assert.Equal(expected, Summarizer.Extraction.Offline.SeverityRule.Explicit(text));

    [Fact]
    public void Explicit_CountOfGradedBugs_StillGradesNothing() =>
        Assert.Null(Summarizer.Extraction.Offline.SeverityRule.Explicit("The backlog is 3 P1 bugs and it was a quiet week."));

    // ---- a failure between two times is an incident, whatever the failure word

    [Theory]
    [InlineData("Separately, on Friday the office Wi-Fi controller flapped for about 15 minutes (11:05-11:20 UTC).", 15)]
    [InlineData("- Jun 18 16:10–16:40 order emails delayed ~30 min due to a mail relay backlog (P2)", 30)]
    [InlineData("- 6月18日 16:10-16:40 短信通道延迟约30分钟，原因是供应商队列积压（P2）", 30)]
    [InlineData("另外，周五 11:05-11:20 办公网出口链路抖动，约15分钟。", 15)]
    public void Extract_FailureWordBetweenTwoTimes_IsAnIncidentNotADelay(string line, int minutes)
    {
        var items = ReportUnits.ExtractLine(line, "This week");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(minutes, incident.Incident!.DurationMinutes);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Delay);
    }

    // ---- an outage with its length and no clock time

    [Theory]
    [InlineData("The expense portal was down for about 2 hours on Wednesday; staff filed paper forms meanwhile.", 120)]
    [InlineData("周三报销系统宕机约2小时，员工改用纸质单据。", 120)]
    [InlineData("The wiki was unavailable for 40 minutes on Friday.", 40)]
    public void Extract_OutageWithItsLengthAndNoClockTime_IsAnIncidentOfThatLength(string line, int minutes)
    {
        var items = ReportUnits.ExtractLine(line, "Highlights");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(minutes, incident.Incident!.DurationMinutes);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("The build farm will be down for 2 hours on Saturday for planned maintenance.")]
    [InlineData("周六计划维护，报表系统不可用约2小时。")]
    public void Extract_PlannedDowntime_IsNoIncident(string line)
    {
        var items = ReportUnits.ExtractLine(line, "Highlights");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Incident);
    }
}
