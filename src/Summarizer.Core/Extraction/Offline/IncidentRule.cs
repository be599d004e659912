using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Incidents: a line with a start time (and usually a date) under an incident heading, or anywhere when it names an
/// incident. The next time on the line is the end (recovery); the duration crosses midnight when the end is earlier
/// and honours an explicit end date. The impact is the clause that says what was affected.
/// </summary>
internal static partial class IncidentRule
{
    public static ItemCandidate? Match(UnitLine line, CandidateFactory make)
    {
        var text = line.Text;
        if (line.Role != SectionRole.Incidents && !IncidentWord().IsMatch(text)) return null;
        var times = ClockTime.Find(text).ToList();
        var dates = DateTextParser.Find(text).ToList();
        if (times.Count == 0 && (line.Role != SectionRole.Incidents || dates.Count == 0)) return null;

        var week = make.Week;
        ClockTime? start = times.Count > 0 ? times[0] : null;
        ClockTime? end = times.Count > 1 ? times[1] : null;
        var startDate = start is { } s ? DateBefore(text, dates, s.Index) : dates[0];
        var endDate = end is { } e ? DateBefore(text, dates, e.Index) : null;
        if (endDate is { } ed && startDate is { } sd && ed.Index == sd.Index) endDate = null;

        int? duration = Duration(start, end, startDate?.Resolve(week), endDate?.Resolve(week), explicitEndDate: endDate is not null);
        var startText = Stamp(text, startDate, start, week, 0);
        string? endText = end is null ? null
            : Stamp(text, endDate ?? startDate, end, week, endDate is null && start is { } st && end.Value.MinuteOfDay < st.MinuteOfDay ? 1 : 0);
        var impact = Impact(text);
        var facts = new IncidentFacts(startText, endText, duration, impact);

        int descriptionFrom = Math.Max(start?.End ?? 0, startDate?.End ?? 0);
        if (end is { } en && (endDate?.Index ?? en.Index) is var stop && stop >= descriptionFrom && Between().IsMatch(text[descriptionFrom..stop]))
            descriptionFrom = en.End;
        var summary = Description(text, descriptionFrom);
        return make.Create(ItemKind.Incident, summary, text, SeverityRule.ForIncident(text, duration, impact), incident: facts);
    }

    /// <summary>The date written right before a time (only blanks, "T" or "," between), else the line's first date before it.</summary>
    private static DateMention? DateBefore(string text, List<DateMention> dates, int timeIndex)
    {
        DateMention? adjacent = null;
        foreach (var d in dates)
            if (d.End <= timeIndex && text[d.End..timeIndex].Trim(' ', 'T', ',', '，', '\u3000').Length == 0) adjacent = d;
        return adjacent;
    }

    internal static int? Duration(ClockTime? start, ClockTime? end, DateOnly? startDate, DateOnly? endDate, bool explicitEndDate)
    {
        if (start is not { } s || end is not { } e) return null;
        if (explicitEndDate && startDate is { } sd && endDate is { } ed)
        {
            var minutes = (ed.DayNumber - sd.DayNumber) * 1440 + e.MinuteOfDay - s.MinuteOfDay;
            return minutes >= 0 ? minutes : null;
        }
        int diff = e.MinuteOfDay - s.MinuteOfDay;
        return diff >= 0 ? diff : diff + 1440; // the end time is on the next day
    }

    /// <summary><c>yyyy-MM-dd HH:mm</c> when the year is known, else the written date and the time.</summary>
    private static string? Stamp(string text, DateMention? date, ClockTime? time, IsoWeek? week, int addDays)
    {
        if (date is { } d && d.Resolve(week) is { } day)
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

    private static string? Impact(string text)
    {
        foreach (var pattern in (Regex[])[ImpactWord(), FailedCount(), AffectedEnglish(), AffectedCount()])
        {
            var m = pattern.Match(text);
            if (m.Success) return TextSpans.TrimEndPunctuation(m.Value.Trim());
        }
        // Failing a stated impact, the consequence the line names: "导致实收凭证未生成", "causing duplicate refunds".
        var effect = Consequence().Match(text);
        return effect.Success ? TextSpans.TrimEndPunctuation(effect.Groups["e"].Value.Trim()) : null;
    }

    /// <summary>What happened: the first sentence after the timestamp, without a time-zone tag or separators.</summary>
    private static string Description(string text, int from)
    {
        var rest = LeadIn().Replace(text[from..], "");
        int stop = rest.IndexOfAny(['。', '；', ';']);
        var first = TextSpans.TrimEndPunctuation(stop > 0 ? rest[..stop] : rest);
        return first.Length > 0 ? first : TextSpans.TrimEndPunctuation(text);
    }

    [GeneratedRegex(@"^\s*[-–—~～至到]+\s*$|^\s*(?:to|until)\s*$")]
    private static partial Regex Between();

    [GeneratedRegex(@"^[\s\-–—~～:：,，]*(?:\(?(?:UTC|GMT|CST|CET|PST|PDT|EST|北京时间)(?:[+-]\d{1,2})?\)?)?[\s\-–—:：,，]*")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"生产事件|事故|故障|宕机|中断|(?<![A-Za-z])(?:incident|outage|downtime|sev-?[0-9])(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex IncidentWord();

    [GeneratedRegex(@"(?:影响|波及)(?:[^，,。；;]|(?<=\d),(?=\d))+")]
    private static partial Regex ImpactWord();

    [GeneratedRegex(@"\d[\d,.]*\s*(?:万|亿)?\s*(?:笔|单|人|户|家|元|个)[^，,。；;]{0,20}?(?:失败|异常|受影响|延迟|超时|错误|丢失|重复|积压)")]
    private static partial Regex FailedCount();

    [GeneratedRegex(@"(?:导致|造成|引起|(?<![A-Za-z])(?:causing|resulting in|led to|leading to)\s)(?<e>[^，,。；;]+)", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Consequence();

    [GeneratedRegex(@"(?<![A-Za-z])(?:affect(?:ing|ed)|impact(?:ing|ed))\s+[^,.;]+", RegexOptions.IgnoreCase)]
    private static partial Regex AffectedEnglish();

    [GeneratedRegex(@"\d[\d,.]*%?\s+(?:of\s+)?(?:users?|customers?|orders?|transactions?|payments?|requests?|merchants?)[^,.;]{0,30}?(?:affected|impacted|failed|delayed|lost|stuck)", RegexOptions.IgnoreCase)]
    private static partial Regex AffectedCount();
}
