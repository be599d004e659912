using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>Plans: every item under a next-week heading or label (下周计划, 下周工作及目标, Next week, Plans for next week).</summary>
internal static partial class PlanRule
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s*_]*(?:next|upcoming)\s+(?:[\w-]+\s+){0,2}?(?:review|meeting|sync|retro(?:spective)?|demo|stand-?up|check-?in|steering(?:\s+(?:committee|group))?|committee|board|call|town\s*hall|all-?hands)[\s*_]*[:：]|^[\s*_]*next\s+[\w/-]+(?:\s+[\w/-]+)?\s*[:：-]?\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}/\d{1,2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:[\s,]+\d{1,2}:\d{2})?[\s*_.]*$|^[\s*_]*下(?:次|一次|周|期)[\p{IsCJKUnifiedIdeographs}]{0,8}?(?:例会|周会|评审|会议|复盘|站会|同步会|委员会|会)[\s*_]*[:：]", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CalendarEntry();

    public static ItemCandidate? Match(UnitLine line, CandidateFactory make)
    {
        if (line.Role != SectionRole.Plans) return null;
        var marked = NextMarker().Match(line.Text);
        // "Next review: Aug 29, 15:00, Room Kelvin", "下次例会：12月3日": a calendar entry, not work planned.
        if (CalendarEntry().IsMatch(line.Text)) return null;
        // "备注：儿童节活动由运营组负责，不在本周报范围", "Note: …": a note on the list, not work planned.
        if (Note().IsMatch(line.Text) || OutOfScope().IsMatch(line.Text)) return null;
        // "如有问题请随时联系。", "Let me know if …": the mail's closing; "本周无重大客诉事件。", "No other incidents this week.": nothing planned.
        if (ContactInvite().IsMatch(line.Text) || SignOff().IsMatch(line.Text.Trim()) || EndOfMail().IsMatch(line.Text) || Attribution().IsMatch(line.Text.Trim())
            || NoneThisWeek().IsMatch(TextSpans.WithoutEmphasis(line.Text))) return null;
        // "周立群" alone under the list: the sender signs the mail.
        if (IsSignature(line, make)) return null;
        // "@kofi: publish 0.18.2 — done 04-03", "[x] 迁移脚本评审", "✅ 完成压测": an action item marked done is history, not work planned.
        if (Done().IsMatch(line.Text) || RawLine(line, make) is { } raw && CheckedBox().IsMatch(raw)) return null;
        // "---" then "*Comments (2)*": a comment thread (or a footer) after the list, not work planned.
        if (AfterPlans(line, make)) return null;
        var summary = TextSpans.TrimEndPunctuation(TextSpans.WithoutEmphasis(marked.Success ? line.Text[(marked.Index + marked.Length)..] : line.Text));
        return summary.Length == 0 ? null : make.Create(ItemKind.Plan, summary, line.Text, severity: null, delay: Committed(line, make));
    }

    /// <summary>True for a check-in line marked "next" (✅ done / ➡️ next / ⛔ blocked; "🔜 …", "Next: …", "Next up (April): …"): a plan under any heading.</summary>
    public static bool IsMarkedNext(UnitLine line) => NextMarker().IsMatch(line.Text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s\-*+•>]*(?:\d{1,2}[.)、]\s*)?(?:➡\uFE0F?|🔜|⏭\uFE0F?|👉|(?:next(?:\s+up)?|next\s+(?:week|sprint|steps?|period|fortnight|month|cycle)(?=\s*[:：]\s*[a-z])|up\s+next|下一步|下周|下阶段|下一阶段)\s*(?:[(（][^()（）]{1,20}[)）]\s*)?[:：])\s*", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NextMarker();

    /// <summary>True for the line of a horizontal rule or a comments label, or a line after one (or after a mail's sign-off, "Thanks," / "此致") in the unit: the section's plans ended there.</summary>
    private static bool AfterPlans(UnitLine line, CandidateFactory make)
    {
        if (CommentsLabel().IsMatch(line.Text)) return true;
        bool listed = false; // a rule before any line of the section underlines its heading ("五、下周计划" / "------")
        foreach (var (number, raw) in make.Unit.OwnLines())
        {
            if (number >= line.Number) return false;
            var t = raw.Trim();
            if (number <= make.Unit.StartLine || t.Length == 0) continue;
            if (listed && t.Length >= 3 && ThematicBreak().IsMatch(t) || CommentsLabel().IsMatch(t) || SignOff().IsMatch(t) || ContactInvite().IsMatch(t)
                || EndOfMail().IsMatch(t) || listed && SignatureName().IsMatch(t)) return true;
            listed |= !ThematicBreak().IsMatch(t);
        }
        return false;
    }

    /// <summary>True when the line as written (without a list marker) is only a name: the signature under the mail's last list.</summary>
    private static bool IsSignature(UnitLine line, CandidateFactory make) =>
        line.Text.Length <= 40 && SignatureName().IsMatch(line.Text.Trim()) && RawLine(line, make) is { } raw && SignatureName().IsMatch(raw.Trim());

    /// <summary>The line as the report writes it, with its list marker or check box; null when the unit does not hold it.</summary>
    private static string? RawLine(UnitLine line, CandidateFactory make)
    {
        foreach (var (number, raw) in make.Unit.OwnLines())
            if (number == line.Number) return raw;
        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s\-*+•>]*(?:\d{1,2}[.)]\s*)?\[[xX✓✔]\]")]
    private static partial System.Text.RegularExpressions.Regex CheckedBox();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:以上|that[’']s\s+all|that\s+is\s+all)(?:\s*[,，。.;；]?\s*(?:谢谢|谢谢大家|请审阅|请查阅|请知悉|供参考|汇报完毕|thanks|thank\s+you))?|thanks|thank\s+you|many\s+thanks|best|best\s+regards|kind\s+regards|regards|cheers|谢谢|谢谢大家|此致|敬礼|汇报完毕)\s*[,，!！.。]?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SignOff();

    /// <summary>
    /// Where the mail's own text ends: a quoted earlier mail ("-----原始邮件-----", "-----Original Message-----", "发件人:",
    /// "From: … " header) or a contact line ("手机 138-…", "Tel: …"). What follows is no work planned.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s>]*(?:-{2,}\s*(?:原始邮件|转发邮件|original\s+message|forwarded\s+message)\s*-{2,}|(?:发件人|from|sent|发送时间)\s*[:：]\s*\S.*(?:@|\d{4}|年)|(?:手机|电话|座机|mobile|tel|phone|cell)\s*[:：]?\s*\+?[\d][\d\s()-]{6,}$)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EndOfMail();

    /// <summary>
    /// The sender's name alone on its line after the list ("周立群", "— Miriam Osei, Head of Platform Engineering"): the
    /// signature, which ends the plans; a list item keeps its marker, so a bare two-to-four-character line is the name.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}]{2,4}|(?:—|–|--)\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}(?:\s*,.*)?)$")]
    private static partial System.Text.RegularExpressions.Regex SignatureName();

    /// <summary>"— Miriam Osei, Head of Platform Engineering": a dash-led name signs the text; it plans nothing.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:—|–|--)\s*[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){0,2}(?:\s*,.*)?$")]
    private static partial System.Text.RegularExpressions.Regex Attribution();

    /// <summary>A mail's closing invitation ("如有问题请随时联系。", "Feel free to reach out with questions."): the sender's name and team follow it.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s\-*+•>]*(?:以上\s*[，,。.]?\s*)?(?:如有(?:任何)?(?:问题|疑问|需要)[^。！!]{0,16}联系|有(?:任何)?(?:问题|疑问)[^。！!]{0,10}(?:随时)?联系|(?:please\s+)?(?:feel\s+free\s+to\s+|do\s+)?(?:reach\s+out|let\s+(?:me|us)\s+know|contact\s+(?:me|us)|ping\s+(?:me|us))\s+(?:if|with|for|anytime|any\s+time)\b)[^\n]{0,40}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ContactInvite();

    /// <summary>A line saying the week had none of something ("本周无重大客诉事件。", "No other incidents this week.", "No major escalations from customers this week."): a report of nothing, not work planned.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s\-*+•>]*(?:(?:本周|本期|本月|本次)(?:内)?(?:无|没有|暂无)[^，,。；;]{0,12}(?:事件|事故|故障|客诉|投诉|升级|告警|风险|问题)\s*[。.]?\s*$|no\s+(?:other\s+|major\s+|new\s+|further\s+|significant\s+|notable\s+)*(?:[\w-]+\s+){0,2}?(?:incidents?|escalations?|outages?|issues|complaints|risks?|alerts?)(?:\s+(?:from|with|for)\s+[\w\s-]{1,20}?)?\s+(?:this|last)\s+(?:week|sprint|period)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NoneThisWeek();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:-{3,}|\*{3,}|_{3,}|(?:-\s+){2,}-|(?:\*\s+){2,}\*|—{2,}|─{3,}|={3,})$")]
    private static partial System.Text.RegularExpressions.Regex ThematicBreak();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[>*_\s]*(?:comments?|replies|discussion|评论|留言|讨论区?)\s*(?:[(（]\s*\d+\s*[)）])?[*_\s]*[:：]?[*_\s]*$|^[>*_\s]*\d+\s+(?:comments?|replies|条评论|条回复)(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CommentsLabel();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\[[xX]\]|✅|☑\uFE0F?|✔\uFE0F?)|\s(?:—|–|-{1,2})\s*(?:done|completed|closed|已完成)(?:\s+(?:on\s+)?[\w/-]{1,10})?\s*[.。]?\s*$|[(（]\s*(?:done|completed|已完成)(?:\s+[^()（）]{1,20})?\s*[)）]\s*[.。]?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Done();

    [System.Text.RegularExpressions.GeneratedRegex(@"^[>*_\s]*(?:备注|注|附注|附|(?:P\.?S|N\.?B|Note)\.?)[*_\s]*[:：]", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Note();

    [System.Text.RegularExpressions.GeneratedRegex(@"不在[^，,。；;]{0,12}范围|(?<![A-Za-z])(?:out\s+of\s+scope|not\s+in\s+scope)\s+(?:for|of)\s+this\s+(?:report|update)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OutOfScope();

    /// <summary>
    /// The first date in or after the report's week a plan line names ("计划12月10日上线支付网关", "Target go-live: Dec 10"):
    /// its committed date (<see cref="DelayFacts.To"/>, From null) with the clause it sits in as the milestone and the
    /// stated cause, so the compare step sees the date move in a later week even when no delay word says so.
    /// </summary>
    private static DelayFacts? Committed(UnitLine line, CandidateFactory make)
    {
        var text = TextSpans.WithoutEmphasis(line.Text);
        foreach (var d in DateTextParser.Find(text))
        {
            // A date before the report's week is history ("上周12月2日已完成联调"); this week's or later is a commitment.
            if (make.Week is { } w && !(d.Resolve(w) is { } date && date >= w.Monday)) continue;
            var (start, length) = TextSpans.ClauseAt(text, d.Index);
            var milestone = TextSpans.TrimEndPunctuation(text.Substring(start, length).Trim().TrimStart('-', '*', '+', ' '));
            return new DelayFacts(milestone, null, DelayRule.Normalize(text.Substring(d.Index, d.Length), make.Week), DelayRule.Reason(text));
        }
        return null;
    }

    /// <summary>
    /// A row of an action-item table (| 措施 | 负责人 | 完成时间 |): the action, its owner and its due date; the due date is
    /// the plan's committed date (<see cref="DelayFacts.To"/>) so a later week's date for it shows the slip.
    /// </summary>
    public static ItemCandidate? FromActionItem(UnitLine line, CandidateFactory make)
    {
        var row = line.Row!;
        if (row.Subject is not { } action || !action.Any(char.IsLetter)) return null;
        var due = row.Due;
        var owner = row.Cell(row.Columns.Owner);
        var details = string.Join(line.IsChinese ? "，" : ", ", new[] { owner, due }.Where(x => x is not null));
        var summary = details.Length == 0 ? action : line.IsChinese ? $"{action}（{details}）" : $"{action} ({details})";
        var to = due is not null && DateTextParser.First(due) is { } d ? DelayRule.Normalize(due.Substring(d.Index, d.Length), make.Week) : null;
        return make.Create(ItemKind.Plan, TextSpans.WithoutEmphasis(summary), line.Text, severity: null,
            delay: to is null ? null : new DelayFacts(action, null, to, null));
    }
}
