using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Asks, wherever a team wrote them: a line that waits on an approval, a decision, a sign-off, budget or support
/// ("待审批：…", "需要支持：…", "需要财务决策", "Waiting for approval from Finance on …", "Need sign-off by Friday"), or
/// on another party that has not delivered while a date is at stake ("厂商补丁尚未提供，7月12日审计截止",
/// "Vendor has not shipped the firmware; audit due Jul 12"). Under a progress heading no other rule reads such a line,
/// so it becomes a risk whose summary is the whole line: the object of the request stays in it. The next week's own
/// plans ("下周计划…", "Next week we will…") are never asks. <see cref="Summarizer.Digest.DecisionAsks"/> reads the same
/// patterns, so what is extracted as an ask is shown as one.
/// </summary>
internal static partial class AskRule
{
    public static ItemCandidate? Match(UnitLine line, CandidateFactory make)
    {
        var text = line.Text;
        if (line.Role is SectionRole.Fixes or SectionRole.Background || IsOwnPlan(text) || Resolved().IsMatch(text)) return null;
        if (Polarity.IsResolvedOrNegated(text) && Approval().Matches(text).All(m => Polarity.IsResolvedOrNegated(text[..(m.Index + m.Length)]))) return null; // "No new Sev-1 escalations this week" (rules-12)
        if (!IsApproval(text) && !IsPartyBlocking(text, make.Week)) return null;
        var summary = TextSpans.TrimEndPunctuation(TextSpans.WithoutEmphasis(text));
        return summary.Length == 0 ? null
            : make.Create(ItemKind.Risk, summary, text, SeverityRule.ForRisk(text, contained: false)) with { Due = DueDate(text, make.Week) ?? MonthDeadline(text, make.Week)?.Due };
    }

    /// <summary>
    /// By when the ask a quoted line makes must be settled (<see cref="DueDate"/>), whichever rule or engine extracted
    /// the line, else the last day of a month or quarter it names as a deadline (<see cref="MonthDeadline"/>); null when
    /// the line is no ask (an approval or a party blocking a date; settled matters and the team's own plans are none) or
    /// names no date.
    /// </summary>
    public static DateOnly? AskDue(string text, IsoWeek? week) =>
        IsOwnPlan(text) || Resolved().IsMatch(text) || !IsApproval(text) && !IsPartyBlocking(text, week) ? null : DueDate(text, week) ?? MonthDeadline(text, week)?.Due;

    /// <summary>
    /// Waits on an approval, a decision, a sign-off, budget, headcount or support from someone else. The team's own work
    /// ("需升级", "需要修复", "needs an upgrade") is no ask: 升级 asks only when it escalates to someone ("需升级至总监"),
    /// 支持 only when support is asked for, not a purpose ("以支持新协议").
    /// </summary>
    public static bool IsApproval(string text) =>
        Approval().IsMatch(text) || ImperativeAsk().IsMatch(text) && AskedBy().IsMatch(text) && !ForInformation().IsMatch(text);

    // An ask may also open with the verb the head is asked for, when it says by when: "Approve $85,000 for … by Nov 25",
    // "请批准…，12月6日前". Without a date such a line is often a decision record ("Approve use of contingency (for information)").
    [GeneratedRegex(@"^[\s>*\-•+\d.)、]*(?:(?i:(?:ask|request|decision\s+needed)\s*[:：]\s*))?(?:(?i:(?:please\s+)?(?:approve|authori[sz]e|ratify|sign\s+off\s+on|green-?light)\b)|请?(?:批准|审批|拍板|签批))")]
    private static partial Regex ImperativeAsk();

    [GeneratedRegex(@"(?i:\b(?:by|before|until)\s+(?:\w{3,9}\.?\s+\d{1,2}\b|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.\-]\d{1,2}|end\s+of|EOD|EOW|(?:mon|tues|wednes|thurs|fri)day)|\bdue\b|\bdeadline\b)|\d{1,2}\s*[月/.]\s*\d{1,2}\s*[日号]?\s*(?:之?前|以前)|截止|本周内|下周[一二三四五]?前")]
    private static partial Regex AskedBy();

    [GeneratedRegex(@"(?i:for\s+information|\bFYI\b|for\s+the\s+record|noted)|仅供参考|供知悉|知悉即可|已批准|已审批")]
    private static partial Regex ForInformation();

    /// <summary>Another party (a vendor, a bank, another team) has not delivered or is blocking, and a date is written.</summary>
    public static bool IsPartyBlocking(string text, IsoWeek? week) =>
        (Blocked().IsMatch(text) || PartyNotDelivered().IsMatch(text)) && DueDate(text, week) is not null;

    /// <summary>"下周计划…", "Next week we will…", "We will request approval…": the team's own next step, never an ask.</summary>
    public static bool IsOwnPlan(string text) => OwnPlan().IsMatch(TextSpans.WithoutEmphasis(text));

    /// <summary>The line opens with the ask itself ("待审批：…", "需要财务决策…", "Waiting for approval…", "Need sign-off…"): under a plans heading only such a line is an ask.</summary>
    public static bool LeadsWithAsk(string text) => AskLead().IsMatch(TextSpans.WithoutEmphasis(text)) && IsApproval(text);

    /// <summary>Blocked words: 阻塞, 卡在, 等待, blocked, waiting on, depends on.</summary>
    public static bool IsBlocked(string text) => Blocked().IsMatch(text);

    /// <summary>The text says the matter is settled ("已审批", "approved", "resolved").</summary>
    public static bool IsResolved(string text) => Resolved().IsMatch(text);

    /// <summary>
    /// By when the ask must be settled: <see cref="StatedDeadline"/>, else the first date that is not when something
    /// started ("since Jul 1 09:00", "7月1日起": a date followed by a clock time is an event's start). Null when the text
    /// names no such date.
    /// </summary>
    public static DateOnly? DueDate(string text, IsoWeek? week)
    {
        if (StatedDeadline(text, week) is { } deadline) return deadline;
        foreach (var d in DateTextParser.Find(text))
        {
            var before = text[Math.Max(0, d.Index - 8)..d.Index];
            var after = text[(d.Index + d.Length)..Math.Min(text.Length, d.Index + d.Length + 8)];
            if (StartBefore().IsMatch(before) || StartAfter().IsMatch(after)) continue;
            return d.Resolve(week);
        }
        return null;
    }

    /// <summary>
    /// A date a deadline word marks ("7月12日前", "by Jul 12", "deadline 7/12", "截止7月12日"), else a weekday deadline
    /// ("by Friday", "周五前": that day of the week after the report's, the week the digest is read in); null otherwise.
    /// </summary>
    public static DateOnly? StatedDeadline(string text, IsoWeek? week)
    {
        // A date the deadline word names ("截止12月2日", "due Dec 2") outranks one a trailing "前" or a leading "before"
        // marks, which is often a forecast ("预计12月5日前写满，…待审批…，截止12月2日", "full before Dec 5 … due Dec 2": the
        // ask is due Dec 2, not Dec 5).
        var dates = DateTextParser.Find(text).ToList();
        // A deadline is a date to come: a day without a year is the next such day (DateMention.ResolveAhead).
        foreach (var d in dates)
            if (DeadlineBefore().IsMatch(text[Math.Max(0, d.Index - 14)..d.Index])) return d.ResolveAhead(week);
        foreach (var d in dates)
            if (DeadlineAfter().IsMatch(text[(d.Index + d.Length)..Math.Min(text.Length, d.Index + d.Length + 6)])
                || ForecastBefore().IsMatch(text[Math.Max(0, d.Index - 10)..d.Index])) return d.ResolveAhead(week);
        if (Weekday().Match(text) is { Success: true } w && week is { } wk)
            return wk.Monday.AddDays(7 + WeekdayIndex(w.Groups["en"].Success ? w.Groups["en"].Value : w.Groups["zh"].Value));
        // "by end of next week", "下周末前": the Friday of the week named, counted from the report's week (rules-12).
        if (WeekEnd().Match(text) is { Success: true } e && week is { } we)
            return we.Monday.AddDays(e.Groups["next"].Success ? 11 : 4);
        return null;
    }

    /// <summary>
    /// The last day of the first month or quarter the text names as a deadline by a deadline word before or after it
    /// ("7月底前", "维保7月到期", "by end of July", "contract ends in Q3"), with how precisely it was given; the month
    /// resolves forward from the report's week (<see cref="MonthMention.EndOfMonth"/>). Null otherwise.
    /// </summary>
    public static (DateOnly Due, Summarizer.Digest.DuePrecision Precision)? MonthDeadline(string text, IsoWeek? week)
    {
        foreach (var m in DateTextParser.FindMonths(text))
        {
            var before = text[Math.Max(0, m.Index - 16)..m.Index];
            var after = text[m.End..Math.Min(text.Length, m.End + 6)];
            if ((MonthDeadlineBefore().IsMatch(before) || MonthDeadlineAfter().IsMatch(after)) && m.EndOfMonth(week) is { } end)
                return (end, m.Quarter ? Summarizer.Digest.DuePrecision.Quarter : Summarizer.Digest.DuePrecision.Month);
        }
        return null;
    }

    [GeneratedRegex(@"(?:截止|截至|最晚|须在|需在|要在|务必在|于)\s*$|(?i:\b(?:by|before|until|due|deadline|ends?|expires?|lapses?|runs?\s+out)\s*(?:in\s+|on\s+|at\s+)?(?:the\s+)?(?:end\s+of\s+)?$|\bend\s+of\s+$)")]
    private static partial Regex MonthDeadlineBefore();

    [GeneratedRegex(@"^\s*份?\s*(?:底|末|前|之前|以前|到期|截止|届满|过期|(?i:deadline|\s*end\b))")]
    private static partial Regex MonthDeadlineAfter();

    private static int WeekdayIndex(string day) => day.ToLowerInvariant() switch
    {
        "monday" or "一" => 0, "tuesday" or "二" => 1, "wednesday" or "三" => 2, "thursday" or "四" => 3,
        "friday" or "五" => 4, "saturday" or "六" => 5, _ => 6,
    };

    [GeneratedRegex(@"(?:待|等待|需要?|请|申请|请求).{0,10}(?:审批|批准|决策|决定|拍板|签字|签批|拨付|预算|协调|(?<![以来可能])支持|协助|资源)|申请.{0,10}(?:预算|资源|HC|人力)|(?:预算|HC|人力).{0,6}(?:待|未)(?:批|定|审)|(?i:(?:waiting|wait|awaiting|pending|needs?|requires?|asks?|requesting|request)\s+(?:for\s+|on\s+)?(?:\w+\s+){0,3}(?:approval|sign-?off|decision|budget|funding|go-ahead|headcount|support)|(?:approval|sign-?off|go-ahead)\s+(?:from\s+\w+\s+)?(?:is\s+)?(?:still\s+)?(?:pending|needed|required|outstanding|not\s+(?:yet\s+)?(?:granted|given|received|done|in))|decision\s+(?:is\s+)?(?:needed|required|pending)|escalat\w*|\b(?:ask|asking|request|requesting|need|needs|urge)\s+(?:that\s+)?(?:the\s+)?(?:\w+\s+){1,3}?(?:to\s+)?(?:approve|authori[sz]e|sign\s+off|decide\s+on|fund|ratify|green-?light)\b)|需.{0,4}升级(?:至|到|给)?[^，,。；;【】]{0,6}?(?:领导|管理层|总监|总经理|负责人|高层|VP|CTO|CIO)|(?:需要?|请)[^，,。；;]{0,8}?(?:\d{1,2}\s*[月/.]\s*\d{1,2}\s*[日号]?|[本下]周[一二三四五六日末]?)\s*(?:之?前|以前)(?:作出|做出)?(?:决定|决策|拍板|审批|批准|签批)|上升至|(?:审批|批复|签批|决策)(?:仍|尚|还)?(?:未完成|未通过|未下来|未批复|未落地|中(?![心间]))")]
    private static partial Regex Approval();

    [GeneratedRegex(@"阻塞|卡在|受阻|等待|依赖.{0,12}(?:未|尚未|还没|无法)|(?i:blocked|blocker|waiting\s+(?:on|for)|depends?\s+on|dependent\s+on|pending\s+(?:from|on)|stuck)")]
    private static partial Regex Blocked();

    /// <summary>A named other party that has not delivered: "供应商尚未提供补丁", "建行仍未排期", "the vendor has not shipped".</summary>
    [GeneratedRegex(@"(?:供应商|厂商|厂家|第三方|合作方|外包|银行|行方|法务|财务|采购|甲方|客户方|[\u4e00-\u9fff]{1,4}(?:团队|部门|组))[^，,。；;]{0,12}(?:尚未|仍未|还未|还没|未能|迟迟未|没有|未)(?:提供|交付|发布|给出|排期|回复|确认|到位|完成|上线|修复|签)|(?i:\b(?:vendor|supplier|partner|third[- ]party|bank|provider|contractor|legal|finance|procurement|the\s+\w+\s+team)\b[^,;.]{0,30}\b(?:has\s+not|hasn'?t|have\s+not|haven'?t|did\s+not|didn'?t|not\s+yet|still\s+(?:has\s+)?not|is\s+late\s+(?:on|with)|missed)\b)")]
    private static partial Regex PartyNotDelivered();

    [GeneratedRegex(@"^[\s\d.、)）*\-]*(?:下周|下阶段|下一阶段|下个?迭代|计划|拟)|(?i:^[\s\d.)*\-]*(?:next\s+(?:week|sprint)|we\s+will|we'll|we\s+plan|plan(?:ned)?\s+to|will\s))")]
    private static partial Regex OwnPlan();

    [GeneratedRegex(@"^[\s\d.、)）*\-]*(?:\[[^\]]{0,12}\]|【[^】]{0,12}】)?\s*(?:待|等待|需要?|请|申请|请求|(?i:waiting|awaiting|pending|needs?|requires?|requesting|request|asks?)\b)")]
    private static partial Regex AskLead();

    [GeneratedRegex(@"无需(?:追加|额外|另行)?(?:申请|审批|预算|资源|协调)|不需要(?:追加|额外)?(?:预算|审批)|(?i:no\s+(?:extra|additional|further)\s+(?:budget|approval|funding)\s+(?:is\s+)?(?:needed|required))|已审批|已批准|已签|已拍板|已决策|已到位|已恢复|恢复正常|已解决|已修复|已处理完|已关闭|(?i:\b(?:approved|signed\s+off|resolved|restored|fixed|mitigated|closed\s+out)\b|back\s+to\s+normal)")]
    private static partial Regex Resolved();

    [GeneratedRegex(@"(?:截止|截至|最晚|务必|需在|需于|要在|须在|deadline|due|by|until|no\s+later\s+than|latest|ends?|expires?|lapses?)[\s:：(（]*(?:日期|时间|date|on)?[\s:：]*$", RegexOptions.IgnoreCase)]
    private static partial Regex DeadlineBefore();

    /// <summary>"before Dec 5" marks a date as a deadline only when no deadline word names one: "will be full before Dec 5 … due Dec 2" is due Dec 2.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])before\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForecastBefore();

    [GeneratedRegex(@"^\s*(?:前|之前|以前|截止|到期|为最后期限)")]
    private static partial Regex DeadlineAfter();

    [GeneratedRegex(@"(?i:\b(?:by|before|until|due)\s+(?:this\s+|next\s+)?(?<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|(?:周|星期|礼拜)(?<zh>[一二三四五六日天])(?:之?前|截止)")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?i:\b(?:by|before|until|due)\s+(?:the\s+)?end\s+of\s+(?:(?<next>next)|this)\s+week\b)|(?:(?<next>下)|本)周(?:末|内)(?:之?前|截止)?")]
    private static partial Regex WeekEnd();

    [GeneratedRegex(@"(?:自|从|since|from|started|began)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StartBefore();

    [GeneratedRegex(@"^\s*(?:\d{1,2}[:：]\d{2}|起|开始|以来|发生|出现)")]
    private static partial Regex StartAfter();
}
