using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Digest;

/// <summary>Why an item reaches "Needs your decision".</summary>
public enum AskKind
{
    /// <summary>A team waits on an approval, a decision, a sign-off or budget.</summary>
    Approval,
    /// <summary>Blocked on another party, with a date at stake.</summary>
    Blocked,
    /// <summary>A high risk or delay with a deadline.</summary>
    Deadline,
    /// <summary>An overrun against a budget or a target.</summary>
    Overrun,
}

/// <summary>One ask of the week: the item, why it is an ask, and by when (null when the report gives no date).</summary>
public sealed record DecisionAsk(ExtractedItem Item, AskKind Kind, DateOnly? Due);

/// <summary>
/// Picks the asks and escalations of a week: what a department head is asked to approve, unblock, fund or settle.
/// Incidents are never asks (they go under "What went wrong"), nor is anything the text says is resolved; plans and
/// metrics only when they wait on someone or overran. Blocked counts with a date at stake, on a delay, or marked
/// high; a high risk alone is no ask: it needs a deadline.
/// </summary>
public static partial class DecisionAsks
{
    public static IReadOnlyList<DecisionAsk> Find(IEnumerable<ExtractedItem> items, IsoWeek? week) =>
        items.Select(i => Classify(i, week)).OfType<DecisionAsk>()
            .OrderBy(a => a.Kind == AskKind.Deadline ? 1 : 0)
            .ThenByDescending(a => ItemRanking.Weight(a.Item))
            .ThenBy(a => a.Due ?? DateOnly.MaxValue)
            .ThenByDescending(a => ItemRanking.Impact(a.Item))
            // One source line is one ask, however many figures it holds ("本月累计¥128万，预算¥100万，已超支28%").
            .DistinctBy(a => (a.Item.Team, a.Item.Source.File, a.Item.Source.Line))
            .ToList();

    public static DecisionAsk? Classify(ExtractedItem item, IsoWeek? week)
    {
        if (item.Kind == ItemKind.Incident) return null;
        var text = item.Source.Quote + " " + item.Summary;
        if (Resolved().IsMatch(text)) return null;
        var due = DueOf(item, text, week);
        if (Approval().IsMatch(text)) return new DecisionAsk(item, AskKind.Approval, due);
        if (Overrun().IsMatch(text) || IsOverTarget(item)) return new DecisionAsk(item, AskKind.Overrun, due);
        if (item.Kind == ItemKind.Metric || item.Kind == ItemKind.Plan) return null;
        if (Blocked().IsMatch(text) && (due is not null || item.Kind == ItemKind.Delay || item.Severity == Severity.High)) return new DecisionAsk(item, AskKind.Blocked, due);
        if (item.Severity == Severity.High && (due is not null || Deadline().IsMatch(text))) return new DecisionAsk(item, AskKind.Deadline, due);
        return null;
    }

    private static DateOnly? DueOf(ExtractedItem item, string text, IsoWeek? week)
    {
        if (item.Delay?.To is { } to && DateTextParser.First(to)?.Resolve(week) is { } now) return now;
        return DateTextParser.First(text)?.Resolve(week);
    }

    /// <summary>A metric over its stated budget or ceiling: "$48,900 (budget $45,000)".</summary>
    private static bool IsOverTarget(ExtractedItem item) =>
        KeyMetricSelection.IsOffTarget(item) == true && Budget().IsMatch(item.Source.Quote + " " + item.Metric!.Name);

    [GeneratedRegex(@"(?:待|等待|需要?|请|申请).{0,10}(?:审批|批准|决策|决定|拍板|签字|拨付|预算|协调)|申请.{0,10}(?:预算|资源|HC|人力)|(?:预算|HC|人力).{0,6}(?:待|未)(?:批|定|审)|(?i:(?:waiting|wait|awaiting|pending|needs?|requires?|asks?|requesting|request)\s+(?:for\s+|on\s+)?(?:\w+\s+){0,3}(?:approval|sign-?off|decision|budget|funding|go-ahead|headcount)|approval\s+(?:is\s+)?(?:pending|needed|required)|decision\s+(?:is\s+)?(?:needed|required|pending)|escalat\w*)|需.{0,4}升级|上升至")]
    private static partial Regex Approval();

    [GeneratedRegex(@"超支|超预算|超出预算|超过预算|预算(?:不足|缺口)|(?i:over\s+budget|overrun|overspen[dt]|exceed\w*\s+(?:the\s+)?budget|above\s+budget)")]
    private static partial Regex Overrun();

    [GeneratedRegex(@"阻塞|卡在|受阻|等待|依赖.{0,12}(?:未|尚未|还没|无法)|(?i:blocked|blocker|waiting\s+(?:on|for)|depends?\s+on|dependent\s+on|pending\s+(?:from|on)|stuck)")]
    private static partial Regex Blocked();

    [GeneratedRegex(@"截止|之前|前完成|到期|上线日|审计|合同|(?i:deadline|due|before|by\s+(?:end|EOD|Friday|Monday|the)|audit|contract|go-?live|expires?)")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"已恢复|恢复正常|已解决|已修复|已处理完|已关闭|(?i:\bresolved\b|\brestored\b|\bfixed\b|\bmitigated\b|back to normal|closed out)")]
    private static partial Regex Resolved();

    [GeneratedRegex(@"预算|上限|成本|费用|(?i:budget|\bcap\b|ceiling|limit|spend|cost)")]
    private static partial Regex Budget();
}
