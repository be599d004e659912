using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>Plans: every item under a next-week heading or label (下周计划, 下周工作及目标, Next week, Plans for next week).</summary>
internal static partial class PlanRule
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s*_]*(?:next|upcoming)\s+(?:review|meeting|sync|retro(?:spective)?|demo|stand-?up|check-?in|steering(?:\s+committee)?|call)[\s*_]*[:：]|^[\s*_]*下(?:次|一次|周)(?:例会|周会|评审|会议|复盘|站会|同步会)[\s*_]*[:：]", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex CalendarEntry();

    public static ItemCandidate? Match(UnitLine line, CandidateFactory make)
    {
        if (line.Role != SectionRole.Plans) return null;
        // "Next review: Aug 29, 15:00, Room Kelvin", "下次例会：12月3日": a calendar entry, not work planned.
        if (CalendarEntry().IsMatch(line.Text)) return null;
        var summary = TextSpans.TrimEndPunctuation(TextSpans.WithoutEmphasis(line.Text));
        return summary.Length == 0 ? null : make.Create(ItemKind.Plan, summary, line.Text, severity: null, delay: Committed(line, make));
    }

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
