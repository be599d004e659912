using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Delays: 延期/推迟/顺延/延后/滞后, delayed/slipped/postponed/pushed to, and date shifts ("由7月9日调整至7月16日",
/// "slipped from 2024-06-28 to 2024-07-12"). A shift to an earlier date, a negated delay ("未延期", "no delay") and a
/// possible one ("可能延期", "at risk of slipping": a risk) and a warned consequence ("否则…顺延", "otherwise … will slip") and a proposal put to the head ("是否推迟…", "whether to postpone") are not delays. A slip needs no date ("3 weeks behind",
/// "未按期完成，预计下周三交付"); a plan and an actual date ("计划 8.12 上线 → 实际 8.15 上线") are a slip too.
/// Latency is no slip: "delayed responses", "消息延迟升高", "replication delays".
/// </summary>
internal static partial class DelayRule
{
    private const string Date = DateTextParser.Fragment + @"|\d{1,2}\s*月\s*(?:初|上旬|中旬|下旬|底|末)|" + DateTextParser.RelativeDayFragment + @"|next (?:week|month)|Q[1-4]|W\d{1,2}";

    /// <summary>A weekday written before a date ("Thu 11/13", "Fri, Jan 30"): it names the same day, so a shift reads past it.</summary>
    private const string WeekdayPrefix = @"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?";

    /// <param name="overtakenPlans">False where a missed plan without a delay word is read as part of a problem instead (a risk register's problem cell).</param>
    public static ItemCandidate? Match(UnitLine line, CandidateFactory make, bool overtakenPlans = true)
    {
        // "Overdue (>10 days no response): 5", "逾期：3 项": a count labelled late moves no milestone; it is a figure.
        if (CountLabel().IsMatch(line.Text) && RevisedDate.Find(line.Text, make.Week) is null) return null;
        var found = MatchShift(line, make, overtakenPlans);
        if (found?.Delay is { From: not null, To: not null }) return found;
        // "the Play Store rating slipped to 4.3 from 4.4", "~1,100 picks pushed to the morning shift": the slip word
        // moves a figure or counts the units it held up; no milestone moved.
        if (found?.Delay is { From: null, To: null } && MovedQuantity().IsMatch(line.Text)) found = null;
        // "原定 6.28 上线，现预计 6.25 提前完成": the date now expected comes first; nothing slipped.
        if (found?.Delay is { From: null, To: null } && RevisedDate.IsPulledIn(line.Text, make.Week)) return null;
        return Revised(line, make, found) ?? found;
    }

    /// <summary>A slip with both its old and its new date ("由 11/20 推到 11/27", "was planned for May 27; moving it to Jun 10"); null otherwise.</summary>
    public static ItemCandidate? DatedSlip(UnitLine line, CandidateFactory make) =>
        TextSpans.HasDigit(line.Text) && Match(line, make) is { Delay: { From: not null, To: not null } } slip ? slip : null;

    /// <summary>
    /// Every slip of a line that tells two ("SFT 原定 6/10 开跑，…，推迟到 6/16；v0.9 评审也从 6/19 推到 6/26", "原定 4/8 提测，…
    /// 改到 4/13；整体上线从 4/22 顺延到 4/29"): the line is cut before each clause that starts another plan's old date (原定,
    /// 由/从 X, was due, from X), and each part that states a dated slip is one delay. A line with one slip is read whole.
    /// </summary>
    public static IReadOnlyList<ItemCandidate> MatchAll(UnitLine line, CandidateFactory make)
    {
        var whole = Match(line, make);
        if (whole is null) return [];
        var parts = SlipParts(line.Text);
        if (parts.Count < 2) return [whole];
        var slips = new List<ItemCandidate>();
        for (int i = 0; i < parts.Count; i++)
        {
            var (start, length) = parts[i];
            // The first part keeps the line's topic; a later part is read as its own sentence, quoted from the line.
            var part = i == 0 ? new UnitLine(line.Number, line.Text[..(start + length)], line.Role, line.Row)
                : new UnitLine(line.Number, line.Text.Substring(start, length), line.Role, line.Row);
            if (Match(part, make) is { Delay: { } d } slip && (d.From is not null || d.To is not null))
                slips.Add(slip with { Quote = whole.Quote });
        }
        return slips.Count >= 2 ? slips : [whole];
    }

    /// <summary>The parts of a line, each starting at a clause that names an old date (原定/原计划, 由/从 + date, was due/planned, from + date).</summary>
    private static List<(int Start, int Length)> SlipParts(string text)
    {
        var starts = new List<int> { 0 };
        foreach (var (start, length) in TextSpans.Clauses(text))
            if (start > 0 && OldDate().IsMatch(text.AsSpan(start, length))) starts.Add(start);
        var parts = new List<(int, int)>();
        for (int i = 0; i < starts.Count; i++)
            parts.Add((starts[i], (i + 1 < starts.Count ? starts[i + 1] : text.Length) - starts[i]));
        return parts;
    }

    [GeneratedRegex(@"原定|原计划|原本|(?:由|从)\s*(?:" + DateTextParser.Fragment + @")|(?<![A-Za-z])(?:(?:was|were)\s+(?:due|planned|scheduled|promised)|from\s+(?:" + DateTextParser.Fragment + "))", RegexOptions.IgnoreCase)]
    private static partial Regex OldDate();

    /// <summary>
    /// A first-planned date and the date now expected told in separate clauses (<see cref="RevisedDate"/>): the slip
    /// between them, named by what the shift rule found (its milestone, reason) or else the clause of the plan words.
    /// </summary>
    private static ItemCandidate? Revised(UnitLine line, CandidateFactory make, ItemCandidate? found)
    {
        var text = line.Text;
        if (RevisedDate.Find(text, make.Week) is not { } r) return null;
        // "on track", "可能推迟", "是否推迟", "大概率要挪到": not a slip that happened.
        // "原定 3/17 提测，估计得 3/20 才能提测": the plan is already overtaken and the hedge is on the new date; only a hedge
        // on the move itself ("大概率要挪到", "will likely slip to") leaves it a possibility.
        if (Negated().IsMatch(text) || Possible().IsMatch(text) || Proposed().IsMatch(text) || HedgedMove().IsMatch(text)) return null;
        var topic = line.Topic is { } t && !NoteLabel().IsMatch(TextSpans.WithoutEmphasis(t)) ? t : null;
        var subject = NullIfEmpty(Article().Replace(Subject(text, r.Index, line.TopicEnd), ""));
        var milestone = found?.Delay?.Milestone ?? topic ?? subject;
        var what = milestone ?? "";
        var facts = new DelayFacts(milestone, Normalize(r.From, make.Week), Normalize(r.To, make.Week),
            found?.Delay?.Reason ?? Reason(text) ?? Dependency(text, text.Length));
        return make.Create(ItemKind.Delay, Summary(line.IsChinese, what, r.From, r.To, null), text, SeverityRule.ForDelay(text), delay: facts);
    }

    private static ItemCandidate? MatchShift(UnitLine line, CandidateFactory make, bool overtakenPlans)
    {
        var text = line.Text;
        if (PlanActual.Match(line, make) is { } planAgainstActual) return planAgainstActual;
        var keyword = Keyword().Match(text);
        // "scheduled for Oct 28 did not happen", "was planned for the end of September; it is now expected in November",
        // "now says end of June instead of June 10": the text says the date was missed or replaced without a delay word.
        // Most lines write none of these words: a plain search spares them the heavier patterns.
        if (!keyword.Success && MayStateMissed(text)) keyword = Missed().Match(text);
        // "原定 5 月 30 日上线，上线时间待定", "was supposed to ship with this sprint; it will ride with Sprint 43": the
        // sentence says the plan no longer holds; the plan words start the slip.
        var overtaken = keyword.Success || !overtakenPlans ? System.Text.RegularExpressions.Match.Empty : OvertakenPlan.Find(text, make.Week);
        if (overtaken.Success) keyword = overtaken;
        // "delayed responses", "延迟升高": the word measures latency, it does not move a date.
        if (keyword.Success && Latency().IsMatch(text) && DateTextParser.First(text) is null) return null;
        // "Target date: 28 May 2024 -> 11 Jun 2024": a date field whose old value points at its new one.
        var arrow = HasArrow(text) ? Arrow().Match(text) : System.Text.RegularExpressions.Match.Empty;
        if (arrow.Success && !keyword.Success && !(line.Topic is { } field && DateField().IsMatch(field)) && !ShiftVerb().IsMatch(text))
            arrow = System.Text.RegularExpressions.Match.Empty; // "联调: 6/3 → 6/7" is a range of work, not a moved date
        bool verb = keyword.Success || arrow.Success || ShiftVerb().IsMatch(text);
        // "ETA Jul 10 (was Jul 3)": the old date in brackets says the date moved.
        var was = WasShift().Match(text);
        // Every delay needs a delay or shift verb ("推至" aside): most lines leave here before the heavier patterns run.
        var instead = text.Contains("instead", StringComparison.OrdinalIgnoreCase) || text.Contains('而')
            ? InsteadOf().Match(text) : System.Text.RegularExpressions.Match.Empty;
        if (!verb && !was.Success && !instead.Success && !text.Contains('推')) return null;
        if (Negated().IsMatch(text) || Possible().IsMatch(text) || Proposed().IsMatch(text)) return null;
        // "从7月1日到7月5日进行联调" is a range, not a shift: a shift needs its verb.
        var shift = verb ? Shift().Match(text) : System.Text.RegularExpressions.Match.Empty;
        if (!shift.Success && arrow.Success) shift = arrow;
        var target = shift.Success ? shift : was.Success ? was : ToOnly().Match(text);
        // "对账报表未按期完成，预计下周三交付": after the slip word, the date now expected is where it moved to.
        if (!target.Success && keyword.Success) target = Expected().Match(text, keyword.Index);
        // "now scheduled for Dec 14, moved from Dec 2": the shift names only its old date, the new one stands before it.
        if (!target.Success && !keyword.Success && !instead.Success && SlippedFrom(text) is null) return null;
        // "We believe the iOS release will slip": a hedge is a worry (a risk), not a slip, unless a date moves or the text says late.
        if (!target.Success && Hedge().IsMatch(text) && !Behind().IsMatch(text)) return null;

        var planned = target.Groups["from"].Success ? System.Text.RegularExpressions.Match.Empty
            : Planned().Match(text, 0, target.Success ? target.Index : keyword.Index);
        // "Vendor SDK is late (was promised Jun 20, now early July)": without a new date, the promise may follow the slip word.
        if (!planned.Success && !target.Success && keyword.Success) planned = Planned().Match(text, keyword.Index);
        string? fromText = target.Groups["from"].Success ? target.Groups["from"].Value.Trim()
            : planned.Success ? planned.Groups["from"].Value.Trim()
            : overtaken.Groups["from"].Success ? overtaken.Groups["from"].Value.Trim()
            : instead.Success ? instead.Groups["from"].Value.Trim() : null;
        // "we've pushed this to Q1; it will not make the Dec 12 target": the date it will miss is the one first planned.
        if (fromText is null && MissedTarget().Match(text) is { Success: true } missedTarget) fromText = missedTarget.Groups["from"].Value.Trim();
        // "vendor now quotes delivery 6 Apr instead of 9 Mar": the date before "instead of" is the new one.
        string? toText = target.Groups["to"].Success ? target.Groups["to"].Value.Trim()
            : instead.Groups["to"].Success ? instead.Groups["to"].Value.Trim() : null;
        // "Release 3.2 planned for Dec 10, delayed from Nov 28", "计划12月10日上线，由11月28日推迟": the date the slip moved
        // from is the old one, and the date planned just before it is the new one.
        if (toText is null && SlippedFrom(text) is { } back) (fromText, toText) = back;
        // "now scheduled for Dec 14, moved from Dec 2": the new date was read first; the old one follows "moved from".
        else if (fromText is null && toText is not null && SlippedFrom(text) is { } old && old.To == toText) fromText = old.From;
        // "原定7月5日上线，延后两周": the new date is the old one moved by the stated span.
        string? movedTo = toText is null && fromText is not null ? MovedBy(text, fromText, make.Week) : null;
        if (fromText is not null && toText is not null && !IsLater(fromText, toText, make.Week)) return null; // pulled in
        // "生产集群第一批原定3月6日执行，…，调整至3月13日": an adjusted date is a slip only against the date first planned.
        if (target.Groups["adj"].Success && fromText is null) return null;
        // "Identity-resolution milestone slipped; see section 3": a slip without dates that points elsewhere is told there.
        if (fromText is null && toText is null && CrossReference().IsMatch(text)) return null;

        // Under a risk heading "Kafka upgrade delay pushes …" without a date discusses a delay's knock-on: that is the risk.
        // "… is already 2 weeks behind" there still states a slip, and so does a plan the line says was overtaken.
        // "The Xero listing slipped again" there states a slip that happened, too.
        if (line.Role == SectionRole.Risks && fromText is null && toText is null && !Behind().IsMatch(text) && !overtaken.Success && !Happened().IsMatch(text)) return null;

        int anchor = target.Success ? target.Index : keyword.Success ? keyword.Index : instead.Index;
        var subject = Subject(text, anchor, line.TopicEnd);
        // "X改造延期，由6月28日调整至7月15日": the shift's own clause names nothing; the delay word's clause does.
        bool subjectFromKeyword = false;
        if (subject.Length == 0 && keyword.Success && keyword.Index < anchor)
            (subject, subjectFromKeyword) = (Subject(text, keyword.Index, line.TopicEnd), true);
        // "数据迁移原计划6月30日完成，现延期至7月10日": the clause of the planned date names what moved.
        if (subject.Length == 0 && planned.Success) subject = Subject(text, planned.Index, line.TopicEnd);
        // "**Notes:** …", "备注：…": a label that only says a note follows names no milestone.
        var topic = line.Topic is { } t && !NoteLabel().IsMatch(TextSpans.WithoutEmphasis(t)) ? t : null;
        var milestone = topic ?? NullIfEmpty(Article().Replace(subject, ""));
        var what = topic is null ? subject
            : subject.Length == 0 || topic.EndsWith(subject, StringComparison.Ordinal) ? topic
            : line.IsChinese ? topic + subject : $"{topic} {subject}";
        var facts = new DelayFacts(
            milestone,
            fromText is null ? null : Normalize(fromText, make.Week),
            toText is null ? movedTo : Normalize(toText, make.Week),
            Reason(text) ?? KeywordClause(text, keyword, anchor, line.TopicEnd, subjectFromKeyword) ?? Dependency(text, anchor));
        var summary = Summary(line.IsChinese, what, fromText, toText ?? movedTo, keyword.Success && !overtaken.Success ? keyword.Value : null);
        return make.Create(ItemKind.Delay, summary, text, SeverityRule.ForDelay(text), delay: facts);
    }

    /// <summary>
    /// A line under a "Not completed" heading (| ATL-318 SCIM import | 5 | Blocked: … until Jul 19 |): the row's item, or
    /// the line's topic or first clause, did not finish on time; the reason is the notes cell or the stated cause.
    /// </summary>
    public static ItemCandidate? Unfinished(UnitLine line, CandidateFactory make)
    {
        var text = line.Text;
        var milestone = line.Row?.Subject ?? line.Topic ?? (TextSpans.Clauses(text) is [var first, ..] ? TextSpans.TrimEndPunctuation(text.Substring(first.Start, first.Length)) : null);
        if (string.IsNullOrWhiteSpace(milestone) || !milestone.Any(char.IsLetter) || Polarity.IsResolvedOrNegated(text)) return null;
        milestone = TextSpans.WithoutEmphasis(milestone);
        var reason = line.Row?.Notes is { } notes ? Reason(notes) ?? TextSpans.TrimEndPunctuation(notes) : Reason(text) ?? Dependency(text, text.Length);
        // A row's cells are no sentence, so it says what did not finish; a written line says it in its own words.
        var summary = line.Row is null ? TextSpans.TrimEndPunctuation(TextSpans.WithoutEmphasis(text))
            : line.IsChinese ? $"{milestone}未完成" : $"{milestone} not completed";
        return make.Create(ItemKind.Delay, summary, text, SeverityRule.ForDelay(text), delay: new DelayFacts(milestone, null, null, reason));
    }

    /// <summary>
    /// True when the line's slip is read only from a plan it says was overtaken ("供应商补丁承诺 10 月 17 日提供，仍未收到"), with
    /// no delay word: its risk markers and problem words then still speak of the problem the line names.
    /// </summary>
    public static bool IsOvertakenPlanOnly(UnitLine line, CandidateFactory make) =>
        !Keyword().IsMatch(line.Text) && !ShiftVerb().IsMatch(line.Text) && OvertakenPlan.Find(line.Text, make.Week).Success;

    private static bool MayStateMissed(string text) =>
        text.Contains('原') || text.Contains(" not ", StringComparison.OrdinalIgnoreCase) || text.Contains("n't", StringComparison.OrdinalIgnoreCase)
        || text.Contains(" now", StringComparison.OrdinalIgnoreCase);

    /// <summary>The old date after "delayed/moved/pushed from" (由/从 X 推迟) with no new date after it, and the date written just before it (at most a short clause away) as the new one.</summary>
    private static (string From, string To)? SlippedFrom(string text)
    {
        if (!text.Contains("from", StringComparison.OrdinalIgnoreCase) && !text.Contains('由') && !text.Contains('从')) return null;
        if (FromOnly().Match(text) is not { Success: true } back) return null;
        var planned = DateTextParser.Find(text, 0, back.Index).LastOrDefault();
        if (planned.Length == 0 || back.Index - planned.End > 12 || SentenceEnd().IsMatch(text.AsSpan(planned.End, back.Index - planned.End))) return null;
        return (back.Groups["from"].Value.Trim(), text.Substring(planned.Index, planned.Length));
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?:delayed|moved|pushed(?:\s+back)?|postponed|slipped|shifted|rescheduled|deferred)\s+from\s+(?<from>" + DateTextParser.Fragment + @")(?!\s*(?:to|until|through|till|[-–→]|->)\s*\S)|(?:由|从)\s*(?<from>" + DateTextParser.Fragment + @")\s*(?:推迟|延期|延后|顺延|推后|后延)(?!\s*(?:至|到))", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex FromOnly();

    [GeneratedRegex(@"[。;；.!?！？]\s")]
    private static partial Regex SentenceEnd();

    private static string? MovedBy(string text, string from, IsoWeek? week)
    {
        var span = Span().Match(text);
        if (!span.Success || DateTextParser.First(from) is not { } f || f.Resolve(week) is not { } start) return null;
        var n = span.Groups["n"].Value;
        int count = int.TryParse(n, out var parsed) ? parsed : n.ToLowerInvariant() switch
        {
            "一" or "a" or "one" => 1, "两" or "二" or "two" => 2, "三" or "three" => 3, "四" or "four" => 4, _ => 0,
        };
        if (count == 0) return null;
        int days = span.Groups["u"].Value is "天" or "日" || span.Groups["u"].Value.StartsWith("day", StringComparison.OrdinalIgnoreCase) ? count : count * 7;
        return start.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?:延后|推迟|延期|顺延|延迟|往后(?:放|推|挪|延)?|推后|挪后|(?<![A-Za-z])(?:slipped|slips|pushed(?:\s+out|\s+back)?|delayed|postponed)(?:\s+by)?)\s*(?<n>\d+|一|两|二|三|四|an?|one|two|three|four)\s*(?:个)?(?<u>周|星期|天|日|weeks?|days?)(?![A-Za-z])", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    [GeneratedRegex(@"(?<to>" + Date + @")[*_]*\s*[(（]\s*(?:was|from|previously|prev\.?|原定?|原计划)\s*[:：]?\s*(?<from>" + Date + @")\s*[)）]", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex WasShift();

    /// <summary>What a summary says when the line names no milestone; a table row replaces it with the row's subject.</summary>
    internal const string Unnamed = "计划", UnnamedEnglish = "Milestone";

    internal static string Summary(bool chinese, string what, string? from, string? to, string? word)
    {
        if (what.Length == 0) what = chinese ? Unnamed : UnnamedEnglish;
        if (chinese)
            return from is not null && to is not null ? $"{what}由{from}推迟至{to}"
                : to is not null ? $"{what}推迟至{to}"
                : $"{what}{(word is not null && TextSpans.HasCjk(word) ? word : "延期")}";
        return from is not null && to is not null ? $"{what} slipped from {from} to {to}"
            : to is not null ? $"{what} delayed to {to}"
            : $"{what} delayed";
    }

    internal static string Normalize(string written, IsoWeek? week)
    {
        if (DateTextParser.First(written) is { } d && d.Length == written.Length) return d.Normalize(written, week);
        if (PlanActual.Dotted(written) is { } dotted) return dotted.Normalize(written, week);
        // "本周五", "下周三" in the week's report are days of this week and the next.
        if (DateTextParser.RelativeDay(written, week) is { } day)
            return day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return written;
    }

    internal static bool IsLater(string from, string to, IsoWeek? week)
    {
        if (DateTextParser.First(from) is not { } f || DateTextParser.First(to) is not { } t)
            return PlanActual.Resolve(from, week) is not { } fr || PlanActual.Resolve(to, week) is not { } tr || tr > fr; // "本周五" → "下周三"
        var week0 = week ?? new IsoWeek(2000, 26); // only the order matters when no week is known
        var fd = f.Year is null && t.Year is not null ? new DateMention(0, 0, t.Year, f.Month, f.Day).Resolve(week0) : f.Resolve(week0);
        var td = t.Year is null && f.Year is not null ? new DateMention(0, 0, f.Year, t.Month, t.Day).Resolve(week0) : t.Resolve(week0);
        if (fd is null || td is null || td > fd) return true;
        // "planned Dec 23 → ETA Jan 13": a new date without a year that would fall months before the old one is in the
        // next year (a slip across the new year); a pull-in is days or weeks back, never most of a year.
        return t.Year is null && td.Value.AddYears(1) > fd && td.Value.AddYears(1).DayNumber - fd.Value.DayNumber <= 183;
    }

    /// <summary>The thing that slipped: the clause text before the shift or the delay word, without filler words; a cause ("因…") names nothing.</summary>
    private static string Subject(string text, int anchor, int minStart)
    {
        var (start, _) = TextSpans.ClauseAt(text, Math.Min(anchor, Math.Max(0, text.Length - 1)));
        start = Math.Max(start, minStart);
        if (anchor <= start) return "";
        var subject = SubjectFiller().Replace(text[start..anchor], "").Trim();
        return ReasonPattern().Match(subject) is { Success: true, Index: 0 } ? "" : subject;
    }

    /// <summary>"服务器到货推迟，扩容由7月3日调整至7月17日": a delay-word clause before the shift that did not name the milestone says why.</summary>
    private static string? KeywordClause(string text, Match keyword, int anchor, int minStart, bool clauseIsSubject)
    {
        if (!keyword.Success || clauseIsSubject || keyword.Index >= anchor) return null;
        var (start, length) = TextSpans.ClauseAt(text, keyword.Index);
        if (start < minStart) (start, length) = (minStart, start + length - minStart);
        if (length <= 0 || start + length > anchor) return null;
        return TextSpans.TrimEndPunctuation(text.Substring(start, length));
    }

    /// <summary>"对公代发专线未就绪，依赖建行排期，上线时间由…": the dependency named before the shift is why it moved.</summary>
    internal static string? Dependency(string text, int anchor)
    {
        var m = DependencyPattern().Match(text, 0, anchor);
        return m.Success ? TextSpans.TrimEndPunctuation(m.Value.Trim()) : null;
    }

    [GeneratedRegex(@"(?:依赖|受制于|取决于|等待)[^，,。；;]+|(?<![A-Za-z])(?:waiting (?:on|for)|blocked (?:on|by)|depends on)[^,.;]+", RegexOptions.IgnoreCase)]
    private static partial Regex DependencyPattern();

    internal static string? Reason(string text)
    {
        var m = ReasonPattern().Match(text);
        if (!m.Success) return null;
        // "因DBA资源冲突推迟至7月5日": the cause ends where the shift begins.
        var reason = ReasonEnd().Replace(m.Groups["r"].Value, "");
        // "（晚3天，因证书审批）": the bracket the cause sits in is no part of it.
        if (reason.IndexOfAny(['(', '（']) < 0) reason = reason.TrimEnd(')', '）', ']', '】');
        return NullIfEmpty(TextSpans.TrimEndPunctuation(reason.Trim()));
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex(@"\s*(?:推迟|延期|顺延|延后|延迟|调整|改期)(?:至|到).*$")]
    private static partial Regex ReasonEnd();

    [GeneratedRegex(@"(?:由|从|(?<![A-Za-z])from)\s*" + WeekdayPrefix + "(?<from>" + Date + @")\s*(?:[^，,。；;\d]{0,8}?)\s*(?:至|到|为|(?<![A-Za-z])to|→|->)\s*" + WeekdayPrefix + "(?<to>" + Date + ")", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Shift();

    /// <summary>The date first planned, written before the new one: "原定6月28日上线，延期至7月5日", "originally Jun 28".</summary>
    [GeneratedRegex(@"(?:原定|原计划|原|计划|预计|(?<![A-Za-z])(?:originally|(?:planned|scheduled|due|targeted)\s+(?:for|on)\s+(?:this|next|last)\s+\w+\s*[(（]|planned for|scheduled for|due on|due|was|were|promised(?:\s+for)?|supposed\s+to\s+[^,;.()]{0,40}?\s(?:from|on|by|for)|meant\s+to\s+[^,;.()]{0,40}?\s(?:on|by|for)|(?:did\s+not|didn[’']?t)\s+(?:start|begin|happen|ship|launch|land)))\s*(?:于|在|on|for)?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?<from>" + Date + ")", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Planned();

    [GeneratedRegex(@"调整|改期|改到|改至|变更|推迟|延期|顺延|延后|延迟|(?:推|挪)(?:到|至)|(?<![A-Za-z])(?:moved|moves|slipped|slips|slides|slid|pushed|pushes|postponed|delayed|rescheduled|shifted|shifts|changed)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex ShiftVerb();

    [GeneratedRegex(@"(?:推迟|延期|顺延|延后|延迟|推|延)\s*(?:至|到)\s*(?<to>" + Date + @")|(?<![A-Za-z])(?:pushed|postponed|delayed|slipped|moved|rescheduled)\s+(?:(?:this|it|that|them)\s+)?(?:out\s+|back\s+)?(?:to|until|till)\s+(?:the\s+)?(?<to>" + Date + ")" +
        @"|(?:现定|改为|(?<![A-Za-z])(?:now(?:\s+(?:target(?:ing|ed)|(?:re)?scheduled|planned|set|due|expected|slated|forecast)(?:\s+(?:for|on|to|by))?)?|new\s+(?:date|eta|target)(?:\s+is)?[:：]?))\s*" + WeekdayPrefix + "(?<to>" + Date + ")" +
        @"|(?<adj>调整|改期|改)(?:至|到|为)\s*(?<to>" + Date + ")", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex ToOnly();

    [GeneratedRegex(@"(?<![A-Za-z])see\s+(?:section|§|below|above|page|the\s+\w+\s+(?:section|table))|详见|见下文|见上文|见第|(?:上面|上述|前述|前面|上文)(?:提到的?|所述的?)?(?:延期|推迟|延误)的?", RegexOptions.IgnoreCase)]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"^[\W_]*(?:notes?|remarks?|comments?|summary|update|context|details|备注|说明|附注|补充)[\W_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteLabel();

    private static bool HasArrow(string text) =>
        text.Contains('→') || text.Contains("->", StringComparison.Ordinal) || text.Contains("=>", StringComparison.Ordinal) || text.Contains('⇒');

    [GeneratedRegex(@"(?<from>" + Date + @")\s*(?:→|->|=>|⇒)\s*" + WeekdayPrefix + "(?<to>" + Date + ")", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Arrow();

    /// <summary>A label that names a date field: "Target date", "ETA", "Go-live", "上线时间", "截止日期".</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:target|due|eta|deadline|go-?live|launch|release|ship|delivery|cut-?over|date|milestone)(?![A-Za-z])|截止|上线|交付|发布|完成|目标|时间|日期|节点|里程碑", RegexOptions.IgnoreCase)]
    private static partial Regex DateField();

    [GeneratedRegex(@"(?:现预计|预计|预期|(?<![A-Za-z])(?:now\s+expected|expected|ETA|now\s+due)(?![A-Za-z])(?:\s+to\s+(?:start|begin|ship|land|launch|go\s+live|complete|finish))?)\s*(?:于|在|on|by)?\s*(?<to>" + Date + ")", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Expected();

    [GeneratedRegex(@"延期|推迟|顺延|延后|滞后|逾期|拖期|延至|往后(?:放|推|挪|延)|推后|挪后|未(?:能)?(?:按期|按时|如期)|晚于计划|(?<![A-Za-z])(?:delay(?:ed|s)?|slipp(?:ed|ing)|slips?|postponed|pushed (?:out|back)|pushed\s+(?:by\s+)?(?:an?|one|two|three|four|\d+)\s+(?:weeks?|days?)|behind\s+(?:schedule|plan)|(?:\d+|an?|one|two|three|four|a\s+few|several)\s+(?:weeks?|days?|sprints?)\s+behind|overdue|missed\s+(?:the\s+)?(?:deadline|date|target)|(?:is|are|running)\s+late|on\s+hold|pushed\s+(?:out\s+|back\s+)?to|lost\s+(?:\d+(?:\.\d+)?|an?|one|two|three|four|half\s+a)\s+(?:working\s+|work\s+|calendar\s+)?(?:days?|weeks?)(?=\s+(?:to|of|on|because|due|waiting))|(?:耽误|损失|浪费)(?:了)?\s*(?:\d+(?:\.\d+)?|[一两二三四五半])\s*(?:个)?(?:工作日|天|周|星期))(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Keyword();

    [GeneratedRegex(@"(?<![A-Za-z])(?:delay(?:ed|s)?\s+(?:responses?|requests?|replies|messages?|queries|processing|delivery|notifications?|callbacks?|webhooks?|jobs?|events?)|(?:response|request|network|queue|replication|replica|consumer|processing|message|delivery|callback|webhook|sync)\s+delays?|latency)(?![A-Za-z])|(?:消息|网络|接口|请求|响应|复制|主从|同步|消费|推送|回调)延迟|延迟(?:升高|增加|上升|上涨|抖动|变高|较高|偏高|飙升|下降|降低|恢复|\s*(?:p\d|P\d|\d))|逾期[^，,。；;]{0,12}?(?:应收|账款|欠款|贷款|回款|付款|未付|未收)|(?:应收|账款|欠款|贷款|回款|付款)[^，,。；;]{0,6}逾期|(?<![A-Za-z])overdue\s+(?:invoices?|receivables?|payments?|accounts?)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Latency();

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?:we|I|they|the\s+team)\s+(?:still\s+)?(?:believe|think|expect|suspect|fear|feel|anticipate|estimate|assume)|likely|probably|possibly|perhaps|maybe)(?![A-Za-z])|估计|或许|也许|大概率|担心", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    [GeneratedRegex(@"(?:估计|或许|也许|大概率|多半|担心)[^，,。；;\d]{0,4}?(?:挪|推|延|改|调整)|(?<![A-Za-z])(?:(?:we|I|they)\s+(?:believe|think|fear|suspect)|likely|probably|possibly|perhaps|maybe)\s+(?:\w+\s+){0,2}?(?:slip|move|push|postpone|delay)", RegexOptions.IgnoreCase)]
    private static partial Regex HedgedMove();

    [GeneratedRegex(@"(?<![A-Za-z])(?:did\s+not|didn'?t)\s+(?:happen|ship|land|launch|start|begin|go\s+(?:live|out|ahead))|(?:was|were)\s+not\s+(?:done|completed|finished|delivered|shipped|released)\s+(?:on\s+time|as\s+planned)|(?:was|were)\s+(?:(?:planned|scheduled|due|expected|targeted)\s+(?:for|on|by|in)\s|due\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+)?(?=" + Date + @"))[^;.]{0,40}?(?:;|,|but|and)\s*(?:(?:it\s+|they\s+)?(?:is|are)\s+|it[’']s\s+)?now\s+(?:expected|planned|scheduled|due|targeted|targeting|set|(?:for\s+|on\s+)?(?=" + Date + @"))|原(?:计划|定)[^，,。；;]{0,20}[，,]\s*(?:现|现在|目前)(?:预计|计划|改为|调整为|定于)", RegexOptions.IgnoreCase)]
    private static partial Regex Missed();

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?:will|would|did|does|do|could|can)\s*(?:not|n[’']t)|cannot|won[’']t|can[’']t)\s+(?:make|meet|hit)\s+(?:the|our|its|their)?\s*(?<from>" + Date + @")\s+(?:target|date|deadline|milestone)|(?<![A-Za-z])miss(?:ed|es)?\s+(?:the|our|its|their)?\s*(?<from>" + Date + @")\s+(?:target|date|deadline|milestone)", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex MissedTarget();

    [GeneratedRegex(@"(?:(?<to>" + Date + @")\s+)?(?<![A-Za-z])instead\s+of\s+(?:the\s+)?(?<from>" + Date + @")|而(?:不是|非)\s*(?<from>" + Date + ")", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex InsteadOf();

    [GeneratedRegex(@"晚于|落后|滞后|逾期|超期|(?<![A-Za-z])(?:late|behind|overdue|missed)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Behind();

    /// <summary>A slip stated as done ("slipped again", "was postponed", "已延期", "推迟了"), not a knock-on it may have.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:slipped|(?:was|were|has\s+been|have\s+been|got)\s+(?:delayed|postponed|pushed(?:\s+(?:back|out))?))(?![A-Za-z])|已(?:经)?(?:延期|推迟|顺延|延后)|(?:延期|推迟|顺延|延后)了", RegexOptions.IgnoreCase)]
    private static partial Regex Happened();

    /// <summary>A slip word whose object is a figure ("slipped to 4.3", "dropped from 99.2%") or whose subject is a count of units ("~1,100 picks pushed to", "300 单延迟发货").</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:slipped|slid|dropped|fell)\s+(?:to|from|by)\s+[~≈]?\d+(?:[.,]\d+)?(?!\s*(?:/|-|st\b|nd\b|rd\b|th\b|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))|[~≈约]?\d[\d,]*\+?\s*(?!(?:weeks?|days?|sprints?|months?|hours?)\b)[A-Za-z]+\s+(?:were\s+|got\s+)?(?:delayed|pushed|postponed)(?![A-Za-z])|\d+\s*(?:单|件|笔|票|个订单|份)\s*(?:延迟|延期|推迟)", RegexOptions.IgnoreCase)]
    private static partial Regex MovedQuantity();

    [GeneratedRegex(@"(?:(?<![A-Za-z])(?:overdue|late|delayed|slipped)|逾期|超期|延期|滞后)(?:\s*[(（][^()（）]{0,30}[)）])?\s*(?:items?|tasks?|tickets?|项|个|数|数量)?\s*[:：]\s*\d+(?:\s*(?:项|个|件|items?|tasks?))?\s*(?:$|[,，;；|]|\s{2,})", RegexOptions.IgnoreCase)]
    private static partial Regex CountLabel();

    [GeneratedRegex(@"^\s*(?:the|a|an)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    [GeneratedRegex(@"未延期|无延期|没有延期|不延期|不会延期|未推迟|未滞后|(?<![未没能])按期|(?<![未没能])如期|(?<![A-Za-z])(?:no delays?|not (?:be )?delayed|without delay|on schedule|on track)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    // "请于12月2日前批复，否则年审排期顺延", "otherwise the audit will slip", "消防验收若不通过，原定7月19日的搬迁需整体顺延",
    // "if the vendor misses the window, go-live will slip": a consequence the writer warns of, not a slip.
    [GeneratedRegex(@"(?:否则|不然|以免|(?:如果|若)[^，,。；;]{0,20}?(?:将|会|则))[^，,。；;]{0,20}?(?:延期|推迟|顺延|延后|滞后)|(?:如果|若(?!干)|假如|倘若|一旦)[^。；;]{1,24}?[，,]\s*[^，,。；;]{0,24}?(?:需|要|将|会|就|则|得)[^，,。；;]{0,8}?(?:延期|推迟|顺延|延后)|(?<![A-Za-z])(?:otherwise|or else|else)\b[^,.;]{0,40}?(?:slip|delay|postpone|push)|(?<![A-Za-z])(?:if|unless)\s[^.;]{0,60}?(?:will|would|'ll)\s+(?:have\s+to\s+)?(?:slip|be\s+(?:delayed|postponed|pushed))|(?<![A-Za-z])(?:if|unless|should|in\s+case|once)\s+[^.;,]{0,40}?(?<![A-Za-z])(?:slips?|slides?|is\s+(?:delayed|late|postponed|pushed)|gets\s+(?:delayed|pushed)|runs\s+late)(?![A-Za-z])|(?:可能|或将|或会|恐|有)(?:会)?(?:延期|推迟|延后|滞后)|(?:延期|推迟|延后|滞后)风险|(?<![A-Za-z])(?:risk of (?:delay|slip)|at risk|may (?:slip|be delayed)|could (?:slip|be delayed)|might (?:slip|be delayed))", RegexOptions.IgnoreCase)]
    private static partial Regex Possible();

    // "需决策：是否推迟风控模型v3上线", "whether to postpone the launch": a question put to the head (an ask), not a slip.
    [GeneratedRegex(@"是否[^，,。；;？?]{0,12}?(?:延期|推迟|顺延|延后)|要不要[^，,。；;？?]{0,12}?(?:延期|推迟|顺延|延后)|(?<![A-Za-z])(?:whether\s+(?:to|we\s+should)|should\s+we|shall\s+we|do\s+we)\s+(?:\w+\s+)?(?:postpone|delay|push|slip|defer)", RegexOptions.IgnoreCase)]
    private static partial Regex Proposed();

    [GeneratedRegex(@"(?:\s*(?:\d+\s*(?:weeks?|days?|sprints?)|[一两二三四五六七八九十\d]+\s*(?:个)?(?:周|天|星期)|目前|当前|现在|现|实际|已经|已|将|被|计划|预计|的|进度|时间|调整|变更|(?<![A-Za-z])(?:(?:moved|pushed(?:\s+out|\s+back)?|postponed|delayed|slipped|rescheduled|shifted|changed)\s+(?:to|until)|has been|have been|it[’']s|it is|was|were|is|has|have|been|will be|got|gets|ETA|due|deadline|slipped|slips|moved|moves|pushed|pushes|postponed|delayed|rescheduled|shifted|shifts|changed)))+\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SubjectFiller();

    [GeneratedRegex(@"(?:因为|因|由于|受(?=[^，,。；;]{1,20}影响)|原因[:：是为]?)\s*(?<r>[^，,。；;]+?)(?:影响)?(?=[，,。；;]|$)|(?<![A-Za-z])(?:because of|because|due to|owing to|pending)\s+(?<r>[^,.;]+)", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex ReasonPattern();
}
