using System.Text.RegularExpressions;
using Summarizer.Extraction.Offline;
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

/// <summary>
/// One ask of the week: the item, why it is an ask, by when (null when the report gives no date) and
/// <see cref="Text"/>, what is asked in the team's words.
/// </summary>
public sealed record DecisionAsk(ExtractedItem Item, AskKind Kind, DateOnly? Due)
{
    /// <summary>
    /// How precisely the report gave <see cref="Due"/>: a day, or a month or quarter without a day ("7月到期", "ends in
    /// July", "by end of Q3"), when <see cref="Due"/> is that period's last day.
    /// </summary>
    public DuePrecision Precision { get; init; }

    /// <summary>The deadline passed before the digest's reference day (<see cref="DecisionAsks.ReferenceDay"/>).</summary>
    public bool Overdue { get; init; }

    /// <summary>For an overrun, what was spent against which budget, from a metric of the same line; null when the report states no budget figure.</summary>
    public Spend? Spend { get; init; }

    /// <summary>
    /// What is asked: the whole source line (markers, emphasis and list marks removed) when the item's summary kept
    /// only part of it, so the object of the request ("…on the $120k GPU purchase") is never cut off; the summary when
    /// the line is a table row or longer than <see cref="MaxLineLength"/> characters.
    /// </summary>
    public string Text => DecisionAsks.Statement(Item);

    public const int MaxLineLength = 200;
}

/// <summary>What a deadline names: a day, a month or a quarter.</summary>
public enum DuePrecision { Day, Month, Quarter }

/// <summary>An overrun's figures: <paramref name="Spent"/> against <paramref name="Budget"/>, both in <paramref name="Unit"/> ("$", "¥万").</summary>
public sealed record Spend(string Name, double Spent, double Budget, string? Unit)
{
    /// <summary>How far over, in percent of the budget: 52,000 of 45,000 → 15.6.</summary>
    public double OverPercent => Budget == 0 ? 0 : Math.Round((Spent - Budget) / Math.Abs(Budget) * 100, 1);
}

/// <summary>
/// Picks the asks and escalations of a week: what a department head is asked to approve, unblock, fund or settle,
/// wherever the team wrote it (under a progress heading too; <see cref="AskRule"/> holds the patterns the offline
/// extractor also uses). Incidents are never asks (they go under "What went wrong"), nor is anything the text says is
/// resolved or approved, nor the team's own next steps ("下周计划…", "Next week we will…"); a plan line is an ask only
/// when it opens with the ask ("待审批：…"). Blocked counts when another party holds up a dated deadline, on a delay,
/// or marked high; a high risk alone is no ask: it needs a deadline. The due date is the deadline, never when
/// something started (<see cref="AskRule.DueDate"/>).
/// </summary>
public static partial class DecisionAsks
{
    /// <summary>
    /// The day an ask's deadline is measured against: the week's Sunday, or the run's day when the digest is made
    /// before the week is over. A deadline before it is overdue. Null without a week.
    /// </summary>
    public static DateOnly? ReferenceDay(IsoWeek? week, TimeProvider time)
    {
        if (week is not { } w) return null;
        var end = w.Monday.AddDays(6);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return today < end ? today : end;
    }

    /// <summary>
    /// The asks of a week, most urgent first: dated asks by due date (so the overdue come first, flagged; on the same
    /// day high before medium, then approvals and overruns before the blocked and deadline risks), then asks without a date — approvals and overruns before the blocked and deadline risks — each by severity and impact.
    /// One source line is one ask.
    /// </summary>
    /// <param name="asOf">The reference day (<see cref="ReferenceDay"/>); when null, the week's Sunday.</param>
    public static IReadOnlyList<DecisionAsk> Find(IEnumerable<ExtractedItem> items, IsoWeek? week, DateOnly? asOf = null)
    {
        asOf ??= week?.Monday.AddDays(6);
        var all = items.ToList();
        // The budget of an overrun lives in a metric of the line ("$52,000 (budget $45,000)"), whichever item the ask is.
        var spends = all.Select(SpendOf).OfType<(SourceRef Source, Spend Spend)>()
            .GroupBy(s => (s.Source.File, s.Source.Line)).ToDictionary(g => g.Key, g => g.First().Spend);
        return all.Select(i => Classify(i, week)).OfType<DecisionAsk>()
            .Select(a => a.Kind == AskKind.Overrun && spends.TryGetValue((a.Item.Source.File, a.Item.Source.Line), out var spend) ? a with { Spend = spend } : a)
            .Select(a => a with { Overdue = a.Due < asOf })
            .OrderBy(a => a.Due ?? DateOnly.MaxValue)
            // Same day: the graver first, then the kind; without a day, the kind first (what only the head can give).
            .ThenBy(a => a.Due is null ? KindOrder(a.Kind) : 0)
            .ThenByDescending(a => ItemRanking.Weight(a.Item))
            .ThenBy(a => KindOrder(a.Kind))
            .ThenByDescending(a => ItemRanking.Impact(a.Item))
            // One source line is one ask, however many figures it holds ("本月累计¥128万，预算¥100万，已超支28%").
            .DistinctBy(a => (a.Item.Team, a.Item.Source.File, a.Item.Source.Line))
            .ToList();
    }

    /// <summary>Without a date, what only the head can give (an approval, money) before what is blocked or at risk.</summary>
    private static int KindOrder(AskKind kind) => kind switch
    {
        AskKind.Approval or AskKind.Overrun => 0,
        AskKind.Blocked => 1,
        _ => 2,
    };

    /// <summary>A metric over a budget it states: its name, value and the budget's figure in the metric's unit.</summary>
    private static (SourceRef, Spend)? SpendOf(ExtractedItem item)
    {
        if (!IsOverTarget(item) || item.Metric is not { Target: { } target } m) return null;
        var figure = BudgetFigure().Match(target);
        if (!figure.Success || !double.TryParse(figure.Groups["n"].Value.Replace(",", ""), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var budget)) return null;
        // "$45k" against a value in dollars: the budget in the metric's own unit.
        if (figure.Groups["k"].Success && m.Unit?.Contains('k', StringComparison.OrdinalIgnoreCase) != true) budget *= 1000;
        return (item.Source, new Spend(m.Name, m.Value, budget, m.Unit));
    }

    public static DecisionAsk? Classify(ExtractedItem item, IsoWeek? week)
    {
        if (item.Kind == ItemKind.Incident) return null;
        var quote = item.Source.Quote;
        var text = quote + " " + item.Summary;
        if (AskRule.IsResolved(text) || AskRule.IsOwnPlan(quote)) return null;
        var (due, precision) = DueOf(item, week);
        AskKind? kind = (item.Kind == ItemKind.Plan ? AskRule.LeadsWithAsk(quote) : AskRule.IsApproval(text)) ? AskKind.Approval
            : Overrun().IsMatch(text) || IsOverTarget(item) ? AskKind.Overrun
            : item.Kind == ItemKind.Metric || item.Kind == ItemKind.Plan ? null
            : AskRule.IsPartyBlocking(quote, week) || AskRule.IsBlocked(text) && (due is not null || item.Kind == ItemKind.Delay || item.Severity == Severity.High) ? AskKind.Blocked
            : item.Severity == Severity.High && (due is not null || Deadline().IsMatch(text)) ? AskKind.Deadline
            : null;
        return kind is { } k ? new DecisionAsk(item, k, due) { Precision = precision } : null;
    }

    /// <summary>What <see cref="DecisionAsk.Text"/> shows.</summary>
    internal static string Statement(ExtractedItem item)
    {
        if (item.SummaryEdited) return item.Summary; // the team corrected what is asked: their words, not the report's line
        var line = ListMark().Replace(SeverityRule.Strip(TextSpans.WithoutEmphasis(item.Source.Quote)), "");
        line = TextSpans.TrimEndPunctuation(line.Trim());
        bool usable = line.Length > item.Summary.Length && line.Length <= DecisionAsk.MaxLineLength
            && line.Count(c => c == '|') < 2 && !line.Contains('\n'); // a table row reads better as its summary
        return usable ? line : item.Summary;
    }

    /// <summary>
    /// The ask's typed <see cref="ExtractedItem.Due"/>, else the deadline the line states, else the date a delay moved to, else the line's first date that is no start time,
    /// else a month named as a deadline ("维保7月到期", "contract ends in July", "by end of July": its last day, flagged).
    /// </summary>
    private static (DateOnly? Due, DuePrecision Precision) DueOf(ExtractedItem item, IsoWeek? week)
    {
        // The ask rule resolved it already: never re-read, but a month's last day keeps showing as the month.
        if (item.Due is { } due)
            return (due, AskRule.DueDate(item.Source.Quote, week) is null && AskRule.MonthDeadline(item.Source.Quote, week) is { } named && named.Due == due
                ? named.Precision : DuePrecision.Day);
        if (AskRule.StatedDeadline(item.Source.Quote, week) is { } stated) return (stated, DuePrecision.Day);
        if (item.Delay?.To is { } to && DateTextParser.First(to)?.Resolve(week) is { } now) return (now, DuePrecision.Day);
        if ((AskRule.DueDate(item.Source.Quote, week) ?? AskRule.DueDate(item.Summary, week)) is { } day) return (day, DuePrecision.Day);
        if ((AskRule.MonthDeadline(item.Source.Quote, week) ?? AskRule.MonthDeadline(item.Summary, week)) is { } month) return (month.Due, month.Precision);
        return (null, DuePrecision.Day);
    }

    /// <summary>
    /// A metric over its stated budget or ceiling: "$48,900 (budget $45,000)". A budget is a ceiling whatever the
    /// metric's name says, so spending under it ("支出 386 万元，预算 420 万元") is never an overrun.
    /// </summary>
    private static bool IsOverTarget(ExtractedItem item) =>
        KeyMetricSelection.TargetFigure(item) is { } budget && item.Metric!.Value > budget
        && Budget().IsMatch(item.Source.Quote + " " + item.Metric.Name);

    [GeneratedRegex(@"超支|超预算|超出预算|超过预算|预算(?:不足|缺口)|(?i:over\s+budget|overr[au]n\w*|overspen[dt]|exceed\w*\s+(?:the\s+)?budget|above\s+budget)")]
    private static partial Regex Overrun();

    [GeneratedRegex(@"截止|之前|前完成|到期|上线日|审计|合同|(?i:deadline|due|before|by\s+(?:end|EOD|Friday|Monday|the)|audit|contract|go-?live|expires?)")]
    private static partial Regex Deadline();

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<k>[kK](?![A-Za-z]))?")]
    private static partial Regex BudgetFigure();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)、])\s+")]
    private static partial Regex ListMark();

    [GeneratedRegex(@"预算|上限|成本|费用|(?i:budget|\bcap\b|ceiling|limit|spend|cost)")]
    private static partial Regex Budget();
}
