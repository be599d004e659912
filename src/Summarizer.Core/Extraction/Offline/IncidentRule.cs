using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Incidents: a line with a start time (and usually a date) under an incident heading, or anywhere when it names an
/// incident or a restore time, or when it says something failed between two times ("between 14:20 and 15:05 UTC the
/// export service returned errors"); a row of a table with impact/recovery/duration columns. <see cref="IncidentTiming"/>
/// reads start, end and duration. The impact is the clause (or cell) that says what was affected.
/// </summary>
internal static partial class IncidentRule
{
    public static ItemCandidate? Match(UnitLine line, CandidateFactory make)
    {
        var text = line.Text;
        if (line.Row is { } row && IncidentTable.Of(row) is { } cells) return FromRow(line, cells, make);
        // "流水线排队变慢约 1 小时，未影响线上，不算事件", "not an incident": the writer rules it out.
        if (NotAnIncident().IsMatch(text)) return null;
        // "处置：扩容 Redis + 限流重连，20:36 恢复", "Resolution: rolled back the config at 13:58 UTC": the fix of an incident
        // told on its own line is no second incident, unless the fix line itself gives the incident's span or length.
        if (FixLabel().IsMatch(text) && !StatesIncident(text)) return null;
        // "复盘会 11/15 已开，故障报告见 wiki", "Postmortem doc linked in #inc-0520": the write-up about an incident, no incident.
        if (FollowUp().IsMatch(text) && !ClockTime.Find(text).Any() && IncidentTiming.Stated(text) is null) return null;
        // "| Date | 18 Sep 2024 (Wednesday) |", "| Reviewed | Weekly ops review, 20 Sep 2024 |": a write-up's field table
        // records the write-up; such a row without a time must say what failed or how long it lasted.
        if (line.Row is { Cells.Count: 2 } && !ClockTime.Find(text).Any() && !Trouble().IsMatch(text) && !IncidentWord().IsMatch(text)
            && IncidentTiming.Stated(text) is null) return null;
        // Outside an incident heading a line names an incident, or tells when something was restored ("14:47恢复").
        if (line.Role != SectionRole.Incidents && !IncidentWord().IsMatch(text) && !(Restored().IsMatch(text) && ClockTime.Find(text).Skip(1).Any())
            && !(TimeRange().IsMatch(text) && Trouble().IsMatch(text))
            // "T+1 主链路任务失败：04:10 …，核心日报晚出（影响 2 小时 45 分钟）": a failure with its stated length.
            && !StatesIncident(text) && DownMinutes(text) is null) return null;
        if ((IncidentTiming.Of(text, make.Week, line.Role == SectionRole.Incidents, line.HeadingDay) ?? Undated(text, line.HeadingDay)) is not { } timing)
            return null;
        var impact = Impact(text);
        var facts = new IncidentFacts(timing.Start, timing.End, timing.Minutes, impact);
        var summary = Description(text, timing.DescriptionFrom);
        return make.Create(ItemKind.Incident, summary, text, SeverityRule.ForIncident(text, timing.Minutes, impact), incident: facts);
    }

    [GeneratedRegex(@"不算(?:是)?(?:事件|故障|事故)|不(?:计入|列入|纳入)(?:故障|事件|事故)|未(?:定级|计入故障)|(?<![A-Za-z])(?:not\s+(?:an?\s+|counted\s+as\s+(?:an?\s+)?|declared\s+(?:as\s+)?(?:an?\s+)?|treated\s+as\s+(?:an?\s+)?)(?:incident|outage)|no\s+incident\s+(?:was\s+)?declared)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnIncident();

    /// <summary>
    /// "The quoting tool was down for about 3 hours on Monday", "报表系统宕机约2小时": an outage with its length and no
    /// clock time is an incident of that many minutes, dated by its heading's day when it has one.
    /// </summary>
    private static IncidentTiming? Undated(string text, DateOnly? headingDay) =>
        ClockTime.Find(text).Any() || (DownMinutes(text) ?? (StatesIncident(text) && !Maintenance().IsMatch(text) ? IncidentTiming.Stated(text) : null)) is not { } minutes ? null
            : new IncidentTiming(headingDay?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, minutes, 0);

    private static int? DownMinutes(string text)
    {
        if (Maintenance().IsMatch(text)) return null; // a planned window is no incident
        var m = DownFor().Matches(text).FirstOrDefault(l => l.Groups["h"].Success || l.Groups["m"].Success);
        if (m is null) return null;
        double hours = m.Groups["h"].Success ? double.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        return (int)Math.Round(hours * 60) + (m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0);
    }

    [GeneratedRegex(@"(?:(?<![A-Za-z])(?:was|were|went|been)\s+(?:down|offline|unavailable|unreachable)\s+for\s+|(?:宕机|不可用|无法访问|无法使用)了?\s*)(?:about|around|nearly|almost|roughly|over|~|约|近|大约)?\s*(?:(?<h>\d+(?:\.\d+)?)\s*(?:个)?(?:小时|hours?|hrs?|h)(?![A-Za-z])\s*)?(?:(?<m>\d+)\s*(?:分钟|min(?:ute)?s?)(?![A-Za-z]))?", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex DownFor();

    [GeneratedRegex(@"维护|割接|计划内|(?<![A-Za-z])(?:maintenance|planned|scheduled)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Maintenance();

    /// <summary>True when the text names an incident ("outage", "Sev-1", "故障", "宕机", "INC-2026-0412").</summary>
    public static bool NamesIncident(string text) => IncidentWord().IsMatch(text) && !NotAnIncident().IsMatch(text);

    /// <summary>
    /// True when the text states a failure between two times or a failure's length ("Duration of customer impact: 92
    /// minutes", "~46 min customer impact", "影响时长约40分钟").
    /// </summary>
    public static bool StatesIncident(string text) =>
        (HasTimeRange(text) && Trouble().IsMatch(text))
        || (IncidentTiming.Stated(text) is not null && (Trouble().IsMatch(text) || IncidentWord().IsMatch(text) || ImpactNamed().IsMatch(text)));

    /// <summary>Two times joined as a range: "14:20-15:05", "between 2am and 4am PT", "from 1:15pm to 3:05pm CT".</summary>
    private static bool HasTimeRange(string text)
    {
        if (TimeRange().IsMatch(text)) return true;
        var times = ClockTime.Find(text).ToList();
        for (int i = 1; i < times.Count; i++)
        {
            var gap = text.AsSpan(times[i - 1].End, times[i].Index - times[i - 1].End);
            if (RangeGap().IsMatch(gap) || (AndGap().IsMatch(gap) && BetweenLead().IsMatch(text.AsSpan(0, times[i - 1].Index)))) return true;
        }
        return false;
    }

    /// <summary>
    /// One unit tells one incident in several lines: a later line with one time and no length ("We only turned the outage
    /// banner on at 17:40", "现象：…业务侧 9:40 在群里反馈") is a detail of it. In a unit that states an incident's length, an incident read
    /// from a line without its own date, not led by a time, and with neither end nor length is a detail of that one.
    /// </summary>
    public static void KeepStated(List<ItemCandidate> items, IReadOnlyList<UnitLine> lines)
    {
        // A length said without a time ("影响：…故障持续 36 分钟") under an incident its steps time restates that incident.
        if (items.Exists(i => i.Incident is not null && i.Quote.Contains('\n'))) items.RemoveAll(i => i.Incident is not null && !i.Quote.Contains('\n') && !ClockTime.Find(i.Quote).Any());
        if (!items.Exists(i => i.Incident is { DurationMinutes: not null })) return;
        items.RemoveAll(i => i.Incident is { End: null, DurationMinutes: null }
            && lines.FirstOrDefault(l => l.Text == i.Quote) is { } line
            && DateTextParser.First(line.Text) is null && !LedByTime().IsMatch(line.Text));
    }

    [GeneratedRegex(@"^\W*(?:\d{1,2}[:：]\d\d|\d{1,2}\s*(?:am|pm))", RegexOptions.IgnoreCase)]
    private static partial Regex LedByTime();
    /// <summary>
    /// One incident told in a paragraph of several lines (rules-12): a line opens it with a start and neither end nor
    /// length ("On Tuesday Nov 24 at 09:42 UTC a config push …"); a later line of the same paragraph (no blank line, no list
    /// item) with its own times and no date or incident word is a step of it ("first customer report at 09:55 … rolled back at
    /// 10:31"), and the first one with no start of its own, only a recovery time or a length ("back to normal by 10:40 UTC.
    /// Total impact was 58 minutes."), ends it. The steps and the ending line are folded into the opening one, whose quote
    /// then runs to the ending line; an incident with no ending line is left as it was.
    /// </summary>
    public static void JoinParagraph(List<ItemCandidate> items, CandidateFactory make)
    {
        var own = make.Unit.OwnLines().ToList();
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Incident is not { End: null, DurationMinutes: null, Start: { } start } open || !ClockTime.Find(start).Any()) continue;
            int at = own.FindIndex(l => l.Text == items[i].Quote);
            if (at < 0) continue;
            var steps = new List<ItemCandidate>();
            for (int k = at + 1; k < own.Count && own[k].Text.Trim().Length > 0 && !ListItem().IsMatch(own[k].Text); k++)
            {
                if (DateTextParser.First(own[k].Text) is not null) break;
                if (items.FirstOrDefault(c => c.Incident is not null && c.Quote == own[k].Text) is not { Incident: { } told } later) continue;
                if (told.Start is { } s && ClockTime.Find(s).Any())
                {
                    if (NamesIncident(later.Quote) || ClockTime.Find(s).First().MinuteOfDay < ClockTime.Find(start).First().MinuteOfDay) break;
                    steps.Add(later);
                    continue;
                }
                if (Ended(open, told) is not { } ended) break;
                var quote = string.Join('\n', own.Skip(at).Take(k - at + 1).Select(l => l.Text));
                items[i] = items[i] with
                {
                    Quote = quote,
                    Severity = SeverityRule.ForIncident(quote, ended.DurationMinutes, ended.Impact),
                    Incident = ended,
                };
                items.RemoveAll(c => ReferenceEquals(c, later) || steps.Contains(c));
                break;
            }
        }
    }

    /// <summary>The open incident ended by a later line's recovery time and/or length, or null when they disagree or say neither.</summary>
    private static IncidentFacts? Ended(IncidentFacts open, IncidentFacts later)
    {
        var from = ClockTime.Find(open.Start!).First();
        int space = open.Start!.LastIndexOf(' ');
        var day = space < 0 ? "" : open.Start[..(space + 1)];
        int? minutes = later.DurationMinutes;
        string? end = null;
        if (later.End is { } e && ClockTime.Find(e).FirstOrDefault() is { Length: > 0 } to)
        {
            int gap = to.MinuteOfDay - from.MinuteOfDay;
            if (gap < 0) return null; // past midnight is left to a line that says so
            minutes ??= gap;
            end = day + to.Text;
        }
        else if (minutes is { } m && from.MinuteOfDay + m < 1440)
        {
            // The start is the incident's own start, so its stated length ends it (the verifier checks the sum).
            int total = from.MinuteOfDay + m;
            end = $"{day}{total / 60:D2}:{total % 60:D2}";
        }
        return minutes is null ? null : open with { End = end, DurationMinutes = minutes, Impact = open.Impact ?? later.Impact };
    }

    [GeneratedRegex(@"^\s*(?:[-*•·+]|\d{1,2}[.)、]|[（(]?[一二三四五六七八九十]+[、)）])\s*")]
    private static partial Regex ListItem();


    [GeneratedRegex(@"^\s*(?:\(?(?:UTC|GMT|[A-Z][SD]?T|CET|CEST|北京时间)\)?\s*)?(?:[-–—~～至到]+|to|until|till|through)\s*(?:次日|翌日|第二天|隔天|the\s+next\s+day)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeGap();

    [GeneratedRegex(@"^\s*(?:\(?(?:UTC|GMT|[A-Z][SD]?T|CET|CEST)\)?\s*)?and\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AndGap();

    [GeneratedRegex(@"(?<![A-Za-z])between\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenLead();

    // Impact as what happened ("影响时长", "（影响 2 小时）", "主搜索不受影响", "customer impact", "Total impact 57 minutes"),
    // not a feared effect ("存在影响早间对账的风险": a slow batch that may affect something is no outage).
    [GeneratedRegex(@"(?<!存在|可能|可能会|会|或将|将)影响(?![^，,。；;]*风险)|(?<![A-Za-z])(?:(?:customer|user|total|service)\s+impact|impact\s*(?:duration|window|time)?\s*[:：]|impact\s+(?:of|was|lasted)\s*~?\d|downtime)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex ImpactNamed();

    [GeneratedRegex(@"复盘|故障报告|事故报告|报告见|详见|(?<![A-Za-z])(?:post-?mortem|RCA|write-?up|retro(?:spective)?|incident\s+(?:report|review|doc))(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex FollowUp();

    /// <summary>A line labelled as the fix: "处置：", "处理：", "Resolution:", "Mitigation:", "Follow-ups:".</summary>
    [GeneratedRegex(@"^[\W\d]*(?:处理|处置|处理过程|处置措施|解决(?:方案|办法)?|修复|恢复措施|应急措施|止血措施|改进(?:项|措施)?|后续(?:措施|改进|跟进)?|跟进项?|(?:resolution|remediation|mitigation|fix(?:es)?|follow-?ups?|action\s+items?|next\s+steps?)(?:\s+\w+)?)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex FixLabel();

    /// <summary>A row of an incident table (| 时间 | 事件 | 影响 | 恢复时间 |): each cell states one fact.</summary>
    private static ItemCandidate? FromRow(UnitLine line, IncidentTable cells, CandidateFactory make)
    {
        var when = cells.End is { } endCell ? $"{cells.Start} - {endCell}" : cells.Start ?? "";
        if (cells.Duration is { } lasted) when = $"{when} 持续{lasted}";
        if (IncidentTiming.Of(when, make.Week, incidentSection: true, line.HeadingDay) is not { } timing) return null;
        var impact = cells.Impact is { } cell ? TextSpans.TrimEndPunctuation(cell) : Impact(line.Text);
        var summary = TextSpans.TrimEndPunctuation(cells.What ?? line.Text);
        return make.Create(ItemKind.Incident, summary, line.Text, SeverityRule.ForIncident(line.Text, timing.Minutes, impact),
            incident: new IncidentFacts(timing.Start, timing.End, timing.Minutes, impact));
    }

    /// <summary>The clause (or consequence, or lateness) that says what the failure affected, or null.</summary>
    internal static string? Impact(string text)
    {
        foreach (var pattern in (Regex[])[ImpactWord(), FailedCount(), AffectedEnglish(), AffectedCount()])
        {
            var m = pattern.Match(text);
            if (m.Success) return TextSpans.TrimEndPunctuation(m.Value.Trim());
        }
        // Failing a stated impact, the consequence the line names: "导致实收凭证未生成", "causing duplicate refunds".
        var effect = Consequence().Match(text);
        if (effect.Success) return TextSpans.TrimEndPunctuation(effect.Groups["e"].Value.Trim());
        // Or the lateness it caused, as its clause says it: "当日对账延迟85分钟".
        var late = Lateness().Match(text);
        if (!late.Success) return null;
        var (start, length) = TextSpans.ClauseAt(text, late.Index);
        return TextSpans.TrimEndPunctuation(text.Substring(start, length).Trim());
    }

    /// <summary>What happened: the first sentence after the timestamp, without a time-zone tag or separators.</summary>
    private static string Description(string text, int from)
    {
        var rest = LeadIn().Replace(text[from..], "");
        int stop = rest.IndexOfAny(['。', '；', ';']);
        var first = TextSpans.TrimEndPunctuation(stop > 0 ? rest[..stop] : rest);
        return first.Length > 0 ? first : TextSpans.TrimEndPunctuation(text);
    }

    [GeneratedRegex(@"^[\s\-–—~～:：,，]*(?:(?:次日|翌日|(?<![A-Za-z])next\s+day)[\s:：,，]*)?(?:\(?(?:UTC|GMT|CST|CET|PST|PDT|EST|北京时间)(?:[+-]\d{1,2})?\)?)?[\s\-–—:：,，]*")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"生产事件|事故|故障(?!演练|注入|预案|复盘)|宕机|(?<!计划|例行)停机(?!维护|检修|保养|窗口|计划)|瘫痪|中断|不可用|打满|耗尽|雪崩|告警风暴|(?<![A-Za-z])(?:incident|outage|downtime|sev-?[0-9]|INC[-_]?\d{3,}[\d-]*)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex IncidentWord();

    [GeneratedRegex(@"(?<![A-Za-z])between\s+\d{1,2}[:：]\d\d[^,.;，。；]{0,16}?\s+and\s+\d{1,2}[:：]\d\d|(?<![\d:：])\d{1,2}[:：]\d\d\s*(?:[A-Z]{3}\s*)?(?:[-–—~～至到]|to|until|till)\s*(?:次日|翌日)?\s*\d{1,2}[:：]\d\d", RegexOptions.IgnoreCase)]
    private static partial Regex TimeRange();

    /// <summary>What says a service failed, for a line that gives a time range but names no incident.</summary>
    [GeneratedRegex(@"报错|异常|失败|不可用|超时|中断|无法访问|无法|积压|掉线|断连|抖动|闪断|延迟|(?<![A-Za-z])(?:errors?|5\d\d|failed|failing|failures?|unavailable|unreachable|down|degraded|timeouts?|timed\s+out|crash(?:ed|ing)?|late|delayed|flapp(?:ed|ing)|stuck|backlogged|lost\s+(?:its|their|the|all)\s+(?:connection|connectivity|link)|disconnect(?:ed|ion)|went\s+offline)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Trouble();

    [GeneratedRegex(@"\d[:：]\d\d\s*(?:已|完成|全部)?恢复|(?<![A-Za-z])(?:restored|recovered|mitigated|back\s+(?:in\s+service|online))\s+(?:(?:at|by|on)\s+)?\d", RegexOptions.IgnoreCase)]
    private static partial Regex Restored();

    [GeneratedRegex(@"(?:未|没有|无|不)?(?:影响|波及)(?!时长|时间)(?:[^，,。；;]|(?<=\d),(?=\d))+")]
    private static partial Regex ImpactWord();

    [GeneratedRegex(@"\d[\d,.]*\s*(?:万|亿)?\s*(?:笔|单|人|户|家|元|个)[^，,。；;]{0,20}?(?:失败|异常|受影响|延迟|超时|错误|丢失|重复|积压)")]
    private static partial Regex FailedCount();

    [GeneratedRegex(@"(?:导致|造成|引起|(?<![A-Za-z])(?:causing|resulting in|led to|leading to)\s)(?<e>[^，,。；;]+)", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Consequence();

    [GeneratedRegex(@"(?:延迟|延误|晚到|晚了|推迟)\s*(?:约)?\d+(?:\.\d+)?\s*(?:分钟|小时)|(?<![A-Za-z])(?:delayed|late)\s+by\s+\d+\s*(?:min(?:ute)?s?|hours?|h)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Lateness();

    [GeneratedRegex(@"(?<![A-Za-z])(?:affect(?:ing|ed)|impact(?:ing|ed))\s+[^,.;]+", RegexOptions.IgnoreCase)]
    private static partial Regex AffectedEnglish();

    [GeneratedRegex(@"\d[\d,.]*%?\s+(?:of\s+)?(?:users?|customers?|orders?|transactions?|payments?|requests?|merchants?)[^,.;]{0,30}?(?:affected|impacted|failed|delayed|lost|stuck)", RegexOptions.IgnoreCase)]
    private static partial Regex AffectedCount();
}
