using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// An incident told as a timeline of steps: rows of a table with a time and an event column and no impact or recovery
/// column (| 时间 | 事件 |), or, under an incident heading, lines led by a time of day that write no date
/// ("- 09:52 定位为证书过期"). Steps are parts of one incident, never incidents of their own: when the section states
/// the incident elsewhere ("持续约25分钟") that line is the incident; otherwise the steps make one, from the first step
/// to the one that says the service recovered (else the last step), on the heading's date.
/// </summary>
internal static partial class IncidentTimeline
{
    /// <summary>
    /// True when the line is one timed step of a timeline. Under a timeline heading (<paramref name="timelineHeading"/>)
    /// a written paragraph with clock times ("At 09:58 an incident was declared … At 10:14 …") is a step too: a prose
    /// timeline tells one incident in several paragraphs.
    /// </summary>
    public static bool IsStep(UnitLine line, bool timelineHeading = false)
    {
        if (timelineHeading && line.Row is null && ClockTime.Find(line.Text).Any()) return true;
        if (line.Row is { } row)
        {
            var c = row.Columns;
            int timeColumn = c.Start >= 0 ? c.Start : c.Due;
            return timeColumn >= 0 && c.Event >= 0 && IncidentTable.Of(row) is null
                && row.Cell(timeColumn) is { } when && ClockTime.Find(when).Any() && DateTextParser.First(when) is null;
        }
        return line.Role == SectionRole.Incidents && StepLead().IsMatch(line.Text) && DateTextParser.First(line.Text) is null
            && ClockTime.Find(line.Text).Count() == 1;
    }

    /// <summary>
    /// True when a line outside the unit states the incident the timeline belongs to: a failure between two times, or
    /// a stated length ("## What happened … between 14:20 and 15:05 UTC …" above a "## Timeline" table).
    /// </summary>
    public static bool ToldElsewhere(ReportSection unit)
    {
        var lines = unit.Report.Lines;
        for (int n = 1; n <= lines.Count; n++)
        {
            if (n >= unit.StartLine && n <= unit.OwnEndLine) continue;
            var text = lines[n - 1];
            if (IncidentRule.StatesIncident(text)) return true;
        }
        return false;
    }

    /// <summary>True for a heading that titles a timeline ("Timeline (UTC)", "时间线", "故障经过"), not the incident itself.</summary>
    public static bool IsTimelineTitle(string title) => TimelineTitle().IsMatch(title);

    [GeneratedRegex(@"时间线|时间轴|(?:故障|事件|处理)经过|(?<![A-Za-z])(?:timeline|sequence\s+of\s+events|chronology)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex TimelineTitle();

    /// <summary>One incident from two or more steps, quoting the first step; null for fewer steps.</summary>
    public static ItemCandidate? Incident(IReadOnlyList<UnitLine> steps, CandidateFactory make)
    {
        if (steps.Count < 2) return null;
        var first = steps[0];
        var start = ClockTime.Find(first.Text).First();
        var endStep = steps.Skip(1).FirstOrDefault(s => IncidentTiming.Recovery().IsMatch(s.Text)) ?? steps[^1];
        var end = ClockTime.Find(endStep.Text).First();
        int minutes = end.MinuteOfDay - start.MinuteOfDay;
        if (minutes < 0) minutes += 1440;
        var day = first.HeadingDay;
        var facts = new IncidentFacts(Stamp(day, start, 0), Stamp(day, end, end.MinuteOfDay < start.MinuteOfDay ? 1 : 0), minutes, null);
        return make.Create(ItemKind.Incident, Summary(make.Unit, first), first.Text, SeverityRule.ForIncident(first.Text, minutes, null), incident: facts);
    }

    /// <summary>The heading's words without its date ("6月25日 支付回调异常" → 支付回调异常), else what the first step says.</summary>
    private static string Summary(ReportSection unit, UnitLine first)
    {
        var title = unit.Title;
        if (DateTextParser.First(title) is { } d) title = title.Remove(d.Index, d.Length);
        title = title.Trim(' ', '-', '–', '—', ':', '：', '|');
        if (title.Any(char.IsLetter) && SectionRoles.Classify(title) is null) return title;
        var text = first.Row is { } row ? row.Cell(row.Columns.Event) ?? first.Text : first.Text[ClockTime.Find(first.Text).First().End..];
        return TextSpans.TrimEndPunctuation(text.Trim(' ', '-', '–', '—', ':', '：', '|'));
    }

    private static string Stamp(DateOnly? day, ClockTime time, int addDays) =>
        day is { } d ? $"{d.AddDays(addDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {time.Text}" : time.Text;

    [GeneratedRegex(@"^\**\s*(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)")]
    private static partial Regex StepLead();
}
