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
        // A paragraph that states the incident's length, or its dated span ("11/20 21:15–21:40 … 持续 25 分钟", "Writes fully
        // recovered at 15:09 UTC. Total impact 57 minutes"), is the incident's own line, not one of its steps.
        if (timelineHeading && line.Row is null && ClockTime.Find(line.Text).Any())
            return StepLead().IsMatch(line.Text) || !IncidentRule.StatesIncident(line.Text)
                || !(DateTextParser.First(line.Text) is not null || (IncidentTiming.Stated(line.Text) is not null && IncidentTiming.Recovery().IsMatch(line.Text)));
        if (line.Row is { } row)
        {
            var c = row.Columns;
            int timeColumn = c.Start >= 0 ? c.Start : c.Due;
            return timeColumn >= 0 && c.Event >= 0 && IncidentTable.Of(row) is null
                && row.Cell(timeColumn) is { } when && ClockTime.Find(when).Any() && DateTextParser.First(when) is null;
        }
        // A step may name an earlier time ("14:11 On-call acknowledges; suspects the 13:55 config push"); a line that
        // goes on to a later time, or to a recovery or its length, is an incident told in one line, not a step.
        return line.Role == SectionRole.Incidents && StepLead().IsMatch(line.Text) && DateTextParser.First(line.Text) is null
            && ClockTime.Find(line.Text).ToList() is { Count: > 0 } times && times.Skip(1).All(t => t.MinuteOfDay < times[0].MinuteOfDay)
            && (times.Count == 1 || (!IncidentRule.StatesIncident(line.Text) && !IncidentTiming.Recovery().IsMatch(line.Text)));
    }

    /// <summary>
    /// True when the unit's heading names the incident its steps tell ("### Sev2 — Auth token refresh failures (Tue Apr 1)",
    /// "**P2｜3月5日 支付网关超时**", "**11/12 Hive Metastore 不可用（P2）**"): under an incident heading, or graded with an
    /// incident level, a titled heading that is no role and no timeline. The heading is then the incident's line.
    /// </summary>
    public static bool HeadingNamesIncident(ReportSection unit)
    {
        var title = unit.Title;
        if (unit.Kind != SectionKind.Heading || SectionRoles.IsProse(title) || IsTimelineTitle(title) || SectionRoles.Classify(title) is not null) return false;
        if (!Named(title).Any(char.IsLetter)) return false;
        var parents = unit.HeadingPath.Take(Math.Max(0, unit.HeadingPath.Count - 1)).ToList();
        return SectionRoles.FromPath(parents) == SectionRole.Incidents || IncidentLevel().IsMatch(title);
    }

    /// <summary>
    /// The one incident of a unit whose heading names it, timed by its steps (first step to the one that says the
    /// service recovered). The quote runs from the heading to the first step, so it holds both the name and the start.
    /// </summary>
    public static ItemCandidate? Titled(IReadOnlyList<UnitLine> steps, CandidateFactory make)
    {
        if (Incident(steps, make) is not { } fromSteps) return null;
        var title = make.Unit.Title;
        var own = make.Unit.OwnLines().ToList();
        var text = string.Join('\n', own.Select(l => l.Text));
        int from = text.IndexOf(title, StringComparison.Ordinal);
        int lineIndex = own.FindIndex(l => l.Number == steps[0].Number);
        if (from < 0 || lineIndex < 0) return null;
        int to = own.Take(lineIndex + 1).Sum(l => l.Text.Length + 1) - 1;
        return fromSteps with
        {
            Quote = text[from..to].TrimEnd(),
            Summary = TextSpans.TrimEndPunctuation(Named(title).Trim(' ', '-', '–', '—', ':', '：', '|', '｜', '*')),
            Severity = SeverityRule.ForIncident(title, fromSteps.Incident!.DurationMinutes, null),
        };
    }

    /// <summary>
    /// A timeline without a heading: a line that names an incident and gives no time ("🧵 thread — order ingestion
    /// outage (Fri)", "周三下午出现一次较严重的故障，经过如下：") followed by two or more lines led by a time of day and no
    /// date ("@tom 09:12 CET: …", "14:05 告警触发"). Returns the steps (empty when there is no such run) and the intro.
    /// </summary>
    public static List<UnitLine> IntroducedSteps(IReadOnlyList<UnitLine> lines, out UnitLine? intro)
    {
        intro = null;
        for (int i = 0; i + 2 < lines.Count; i++)
        {
            if (lines[i].Row is not null || !IncidentRule.NamesIncident(lines[i].Text) || ClockTime.Find(lines[i].Text).Any()) continue;
            var run = new List<UnitLine>();
            for (int j = i + 1; j < lines.Count && lines[j].Number - (j == i + 1 ? lines[i] : lines[j - 1]).Number <= 2; j++)
            {
                if (lines[j].Row is not null || !StepLead().IsMatch(lines[j].Text) || DateTextParser.First(lines[j].Text) is not null) break;
                run.Add(lines[j]);
            }
            if (run.Count < 2) continue;
            intro = lines[i];
            return run;
        }
        return [];
    }

    /// <summary>
    /// The intro of steps found under an incident heading (rules-12): the line right above the first step when it names an
    /// incident and gives no time ("11月26日（周四）晚上发生了一次订单库主从切换事故，经过如下："), else null.
    /// </summary>
    public static UnitLine? IntroOf(IReadOnlyList<UnitLine> lines, IReadOnlyList<UnitLine> steps)
    {
        int first = steps.Count > 0 ? lines.ToList().IndexOf(steps[0]) : -1;
        if (first < 1) return null;
        var above = lines[first - 1];
        return above.Row is null && steps[0].Number - above.Number <= 2 && IncidentRule.NamesIncident(above.Text) && !ClockTime.Find(above.Text).Any()
            ? above : null;
    }

    /// <summary>
    /// The one incident an intro line names, timed by the steps after it, on the date the intro writes (else the heading's);
    /// the quote runs from the intro to the first step.
    /// </summary>
    public static ItemCandidate? Introduced(UnitLine intro, IReadOnlyList<UnitLine> steps, CandidateFactory make)
    {
        var written = DateTextParser.First(intro.Text) is { } d ? d.Resolve(make.Week) : null;
        if (Incident(steps, make, written) is not { } fromSteps) return null;
        var own = make.Unit.OwnLines().ToList();
        int first = own.FindIndex(l => l.Number == intro.Number), last = own.FindIndex(l => l.Number == steps[0].Number);
        if (first < 0 || last < first) return null;
        var text = string.Join('\n', own.Skip(first).Take(last - first + 1).Select(l => l.Text)).TrimEnd();
        int from = text.IndexOf(intro.Text, StringComparison.Ordinal);
        if (from < 0) return null;
        return fromSteps with { Quote = text[from..], Summary = TextSpans.TrimEndPunctuation(intro.Text.Trim(' ', '-', '–', '—', ':', '：', '*', '>')) };
    }

    /// <summary>The title without its date, weekday or level tag: what happened.</summary>
    private static string Named(string title)
    {
        if (DateTextParser.First(title) is { } d) title = title.Remove(d.Index, d.Length);
        return TitleTags().Replace(title, " ").Trim();
    }

    [GeneratedRegex(@"【[^】]{0,6}】|[（(]\s*(?:周[一二三四五六日天]|星期[一二三四五六日天]|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?|P[0-4]|(?i:sev-?[0-4]))?\s*[)）]|^\s*(?:P[0-4]|(?i:sev-?[0-4]))\s*[｜|—–:：-]?|\s+")]
    private static partial Regex TitleTags();

    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:P[0-4]|(?i:sev-?[0-4]))(?![A-Za-z0-9])|故障|事故|宕机|中断|不可用|(?i:incident|outage)")]
    private static partial Regex IncidentLevel();

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

    /// <summary>One incident from two or more steps, quoting the first step, on <paramref name="written"/> (else the heading's date); null for fewer steps.</summary>
    public static ItemCandidate? Incident(IReadOnlyList<UnitLine> steps, CandidateFactory make, DateOnly? written = null)
    {
        if (steps.Count < 2) return null;
        var first = steps[0];
        var start = ClockTime.Find(first.Text).First();
        // "10:15 扩容…，流量逐步恢复" / "14:27 Config rolled back; error rate starts dropping" begin the recovery; the end is
        // the step that says it is over ("10:33 …故障恢复", "14:40 … incident resolved"), else the first recovery step.
        var recovering = steps.Skip(1).Where(s => IncidentTiming.Recovery().IsMatch(s.Text)).ToList();
        var endStep = recovering.FirstOrDefault(s => !PartialRecovery().IsMatch(s.Text)) ?? recovering.FirstOrDefault() ?? steps[^1];
        // "@tom 09:58: backlog drained … incident closed, ~46 min customer impact": a step that states the length ends it.
        var end = ClockTime.Find(endStep.Text).First();
        int minutes = end.MinuteOfDay - start.MinuteOfDay;
        if (minutes < 0) minutes += 1440;
        // "@tom 09:58: … incident closed, ~46 min customer impact", "影响：…；故障持续 90 分钟": a step that states the
        // length gives it, and the end is that long after the first step.
        if (steps.Skip(1).Select(s => IncidentTiming.Stated(s.Text)).FirstOrDefault(m => m is not null) is { } stated)
        {
            minutes = stated;
            int at = start.MinuteOfDay + stated;
            end = new ClockTime(end.Index, end.Length, at / 60 % 24, at % 60);
        }
        var day = written ?? first.HeadingDay;
        var facts = new IncidentFacts(Stamp(day, start, 0), Stamp(day, end, start.MinuteOfDay + minutes >= 1440 ? 1 : 0), minutes, null);
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

    [GeneratedRegex(@"(?:逐步|开始|部分|陆续|逐渐)恢复|(?<![A-Za-z])(?:starts?\s+(?:to\s+)?(?:drop|recover|improv|declin)\w*|begins?\s+to\s+recover|partially|rolled\s+back|recovering)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex PartialRecovery();

    // "09:52 定位…", "**14:05** …", a chat log's "@tom 09:12 CET: …" or "[09:12] …".
    [GeneratedRegex(@"^\**\s*(?:@[\w.\-]{1,24}\s+)?\[?(?:[01]?\d|2[0-3])[:：][0-5]\d(?!\d)")]
    private static partial Regex StepLead();
}
