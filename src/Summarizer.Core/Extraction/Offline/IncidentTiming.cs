using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// When an incident started and ended, as a line states it: the first time is the start, the next one the end
/// ("14:05-14:47", "23:10 至 次日 01:20", "09:56恢复"); an end earlier than the start, or marked 次日/next day, is on
/// the next day; an explicit end date wins. Without an end time a stated length ("持续42分钟", "lasted 35 min") gives it.
/// In a prose timeline ("09:40 告警触发。09:52 定位为证书过期。10:35 证书更新，服务恢复。") the end is the step that says
/// the service recovered, not the next step. A line without a date takes the date its heading names (a day's section).
/// </summary>
internal sealed partial record IncidentTiming(string? Start, string? End, int? Minutes, int DescriptionFrom)
{
    /// <param name="headingDay">The date the enclosing heading names, for a line that writes none.</param>
    public static IncidentTiming? Of(string text, IsoWeek? week, bool incidentSection, DateOnly? headingDay = null)
    {
        var times = ClockTime.Find(text).ToList();
        var dates = DateTextParser.Find(text).ToList();
        // Without a time, a date is enough under an incident heading, or with a stated length ("6月27日…影响时长约40分钟").
        if (times.Count == 0 && (dates.Count == 0 || !(incidentSection || Stated(text) is not null))) return null;

        ClockTime? start = times.Count > 0 ? times[0] : null;
        ClockTime? end = times.Count > 1 ? EndOf(text, times) : null;
        // "Jun 27: webhook outage (started 18:20)": a date leading the line dates a later time too.
        var adjacent = start is { } s ? DateBefore(text, dates, s.Index) : null;
        var startDate = start is { } s2 ? adjacent ?? Leading(dates, s2.Index) : dates[0];
        var endDate = end is { } e ? DateBefore(text, dates, e.Index) : null;
        if (endDate is { } ed && startDate is { } sd && ed.Index == sd.Index) endDate = null;
        bool nextDay = end is { } n && endDate is null && NextDay().IsMatch(text[..n.Index]);

        var day = startDate is null ? headingDay : null;
        int? minutes = Duration(start, end, startDate?.Resolve(week), endDate?.Resolve(week), endDate is not null, nextDay);
        var startText = Stamp(text, startDate, start, week, 0, day);
        string? endText = end is null ? null
            : Stamp(text, endDate ?? startDate, end, week, endDate is null && start is { } st && (nextDay || end.Value.MinuteOfDay < st.MinuteOfDay) ? 1 : 0, day);

        // "持续约25分钟……已在 21:37 全部恢复", "back to normal by 10:40 UTC": the one time written is when it ended, not when
        // it began (rules-12: also without a stated length), and no start is made up from it.
        bool endOnly = end is null && start is { } at && RecoveredAt().Matches(text).Any(r => r.Index <= at.Index && r.Index + r.Length >= at.End);
        if (endOnly)
        {
            endText = startText;
            startText = Stamp(text, startDate, null, week, 0, day);
        }
        if (end is null && Stated(text) is { } stated)
        {
            minutes = stated;
            if (!endOnly && start is { } from) endText = Later(text, startDate, from, week, stated, day);
        }

        // The description follows the leading timestamp: the time when written with its date, else the date alone.
        int descriptionFrom = start is { } t && (startDate is null || adjacent is not null) ? Math.Max(t.End, startDate?.End ?? 0)
            : startDate?.End ?? 0;
        if (end is { } en && (endDate?.Index ?? en.Index) is var stop && stop >= descriptionFrom && Between().IsMatch(text[descriptionFrom..stop]))
            descriptionFrom = en.End;
        return new IncidentTiming(startText, endText, minutes, descriptionFrom);
    }

    /// <summary>
    /// The end among several times: the second when the two are joined as a range ("14:05-14:47", "between 14:20 and
    /// 15:05"); in a sequence of steps the first later step that says the service recovered, else the last step.
    /// </summary>
    private static ClockTime EndOf(string text, List<ClockTime> times)
    {
        if (Between().IsMatch(text[times[0].End..times[1].Index])) return times[1];
        for (int i = 1; i < times.Count; i++)
        {
            int stepEnd = i + 1 < times.Count ? times[i + 1].Index : text.Length;
            if (Recovery().Match(text, times[i].Index) is not { Success: true } said || said.Index >= stepEnd) continue;
            // "pushed at 14:52 and traffic was back to normal by 15:10": the recovery is the time it is said to be back by.
            if (i + 1 < times.Count && RecoveredBy().IsMatch(text[(said.Index + said.Length)..times[i + 1].Index])) return times[i + 1];
            return times[i];
        }
        return times.Count > 2 ? times[^1] : times[1];
    }

    /// <summary>The date written right before a time (only blanks, "T" or "," between).</summary>
    private static DateMention? DateBefore(string text, List<DateMention> dates, int timeIndex)
    {
        DateMention? adjacent = null;
        foreach (var d in dates)
            if (d.End <= timeIndex && Connector().IsMatch(text[d.End..timeIndex])) adjacent = d;
        return adjacent;
    }

    /// <summary>A date that opens the line (within its first few characters) and precedes the time.</summary>
    private static DateMention? Leading(List<DateMention> dates, int timeIndex) =>
        dates.Count > 0 && dates[0].Index <= 3 && dates[0].End <= timeIndex ? dates[0] : null;

    internal static int? Duration(ClockTime? start, ClockTime? end, DateOnly? startDate, DateOnly? endDate, bool explicitEndDate, bool nextDay)
    {
        if (start is not { } s || end is not { } e) return null;
        if (explicitEndDate && startDate is { } sd && endDate is { } ed)
        {
            var minutes = (ed.DayNumber - sd.DayNumber) * 1440 + e.MinuteOfDay - s.MinuteOfDay;
            return minutes >= 0 ? minutes : null;
        }
        int diff = e.MinuteOfDay - s.MinuteOfDay;
        return diff >= 0 && !nextDay ? diff : diff + 1440; // the end time is on the next day
    }

    /// <summary>A length the line states: "持续42分钟", "历时1小时20分钟", "lasted 35 min", "for 2 hours".</summary>
    internal static int? Stated(string text)
    {
        static bool HasLength(Match l) => l.Groups["h"].Success || l.Groups["m"].Success;
        var m = Lasted().Matches(text).FirstOrDefault(HasLength) ?? LengthOfImpact().Matches(text).FirstOrDefault(HasLength);
        if (m is null) return null;
        double hours = m.Groups["h"].Success ? double.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        int mins = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        return (int)Math.Round(hours * 60) + mins;
    }

    /// <summary>A length written before what it measures: "~46 min customer impact", "90 minutes of downtime", "40分钟的故障".</summary>
    [GeneratedRegex(@"(?:(?<h>\d+(?:\.\d+)?)\s*(?:个)?(?:小时|hours?|hrs?|h)(?![A-Za-z])\s*)?(?:(?<m>\d+)\s*(?:分钟|min(?:ute)?s?)(?![A-Za-z]))?\s*(?:的|of\s+)?(?:(?:customer|user|client)(?:-facing)?\s+)?(?:impact|downtime|outage|故障|中断|宕机|不可用)(?![A-Za-z])", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex LengthOfImpact();

    private static string? Later(string text, DateMention? date, ClockTime start, IsoWeek? week, int minutes, DateOnly? headingDay)
    {
        int total = start.MinuteOfDay + minutes;
        var time = $"{total / 60 % 24:D2}:{total % 60:D2}";
        if ((date is { } d ? d.Resolve(week) : headingDay) is { } day)
            return $"{day.AddDays(total / 1440).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} {time}";
        return date is { } w && total < 1440 ? $"{text.Substring(w.Index, w.Length)} {time}" : time;
    }

    /// <summary><c>yyyy-MM-dd HH:mm</c> when the year is known, else the written date and the time.</summary>
    internal static string? Stamp(string text, DateMention? date, ClockTime? time, IsoWeek? week, int addDays, DateOnly? headingDay = null)
    {
        if ((date is { } d ? d.Resolve(week) : headingDay) is { } day)
        {
            var stamp = day.AddDays(addDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return time is { } t ? $"{stamp} {t.Text}" : stamp;
        }
        var written = date is { } w ? text.Substring(w.Index, w.Length) : null;
        return (written, time) switch
        {
            (null, null) => null,
            (null, { } t) => t.Text,
            ({ } wd, null) => wd,
            ({ } wd, { } t) => $"{wd} {t.Text}",
        };
    }

    [GeneratedRegex(@"^[\s,，T\u3000]*(?:(?:from|at|starting|since|从|于|在)\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Connector();

    [GeneratedRegex(@"^[\s，,]*(?:恢复|结束|解决|resolved|recovered|ended|end)(?:时间|time)?\s*[:：]\s*$|^\s*(?:\(?(?:UTC|GMT|[A-Z][SD]?T|CET|CEST|北京时间)\)?\s*)?[-–—~～至到]+\s*(?:次日|翌日|第二天|隔天)?\s*$|^\s*(?:\(?(?:UTC|GMT|[A-Z][SD]?T|CET|CEST)\)?\s*)?(?:to|until|till|and|through)\s*(?:the\s+)?(?:next\s+day)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"恢复|解决|修复|回滚完成|止血|(?:告警|故障|事件)解除|(?:窗口|故障|事件|影响|中断|暴露)(?:已)?结束|(?<![A-Za-z])(?:recovered|restored|resolved|mitigated|back to normal|back\s+(?:in\s+service|online|up)|all[\s-]clear|incident\s+(?:closed|over)|rolled back|fixed|ended)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    internal static partial Regex Recovery();

    /// <summary>
    /// A time said to be the recovery: "已在 21:37 全部恢复", "21:37恢复", "restored at 21:37", "recovered by 09:10", "back to
    /// normal by 10:40" (rules-12: a recovery time is an end, never a start).
    /// </summary>
    [GeneratedRegex(@"(?:已|于|在)+\s*\d{1,2}[:：]\d\d\s*(?:已|全部|完成|基本)*(?:恢复|结束)|\d{1,2}[:：]\d\d\s*(?:已|全部|完成|基本)*(?:恢复|结束)|(?<![A-Za-z])(?:restored|recovered|resolved|mitigated|ended|back\s+to\s+normal|back\s+(?:in\s+service|online|up))\s+(?:at|by)\s+\d{1,2}[:：]\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex RecoveredAt();

    [GeneratedRegex(@"^\s*(?:by|at|around|as\s+of|on|于|在)?\s*(?:(?:on\s+)?\d{1,2}[/.]\d{1,2}|\d{1,2}月\d{1,2}日)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RecoveredBy();

    [GeneratedRegex(@"(?:次日|翌日|第二天|隔天|(?<![A-Za-z])next\s+day)[\s,，:：]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NextDay();

    [GeneratedRegex(@"(?:持续|历时|耗时|(?:影响|故障|中断|宕机|不可用)?时长|影响(?=\s*(?:了|约|近)?\s*\d+(?:\.\d+)?\s*(?:个)?(?:小时|分钟))|共计|共|(?<![A-Za-z])(?:lasted|lasting|lasts|for|duration(?:\s+of\s+(?:the\s+)?(?:customer\s+|user\s+)?(?:impact|outage|downtime|incident))?[:：]?|(?:customer|user|total)\s+impact(?:\s+(?:was|of))?[:：]?|(?:downtime|outage)(?:\s+(?:was|of|lasted|totall?ed))?[:：]?))\s*(?:了|约|近|大约|about|around|approx\.?|~)?\s*(?:(?<h>\d+(?:\.\d+)?)\s*(?:个)?(?:小时|hours?|hrs?|h)(?![A-Za-z])\s*)?(?:(?<m>\d+)\s*(?:分钟|分|min(?:ute)?s?|m)(?![A-Za-z]))?", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Lasted();
}
