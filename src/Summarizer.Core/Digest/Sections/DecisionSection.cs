namespace Summarizer.Digest.Sections;

/// <summary>"Needs your decision": each ask with what kind of ask it is, what is asked, and by when.</summary>
public static partial class DecisionSection
{
    public static DigestSection Build(DigestDocument d, DigestLabels l, int? limit, bool full)
    {
        var shown = d.Asks.Take(limit ?? int.MaxValue).ToList();
        return new("decisions", l.NeedsDecision)
        {
            Numbered = true,
            Entries = shown.Select(a => ItemEntry.Of(a.Item, l, d.Links, full) with
            {
                Text = Statement(a, l),
                Lead = $"{l.AskName(a.Kind)} · {a.Item.Team}",
                Due = DueText(a, l, d.Week),
                Overdue = a.Overdue,
            }).ToList(),
            Empty = l.None,
            More = More.Line(d.Asks.Count - shown.Count, l),
        };
    }

    /// <summary>
    /// By when, as the decision block and the executive summary say it: "overdue since Dec 3" / "已逾期（12月3日）" for a
    /// passed deadline, "by end of July" / "7月底前" for a month, "by end of Q3" / "Q3底前" for a quarter, "by 2024-07-12" for a day, "no date given" without one.
    /// The year is written only when it is not the digest's week's.
    /// </summary>
    public static string DueText(DecisionAsk a, DigestLabels l, string week)
    {
        if (a.Due is not { } due) return l.NoDate;
        bool sameYear = IsoWeek.TryParse(week, out var w) && w.Monday.AddDays(3).Year == due.Year;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (a.Overdue) return DigestFormat.Format(l.Overdue, due.ToString(sameYear ? l.DayFormat : l.DayYearFormat, inv));
        if (a.Precision == DuePrecision.Month) return DigestFormat.Format(l.ByMonth, due.ToString(sameYear ? l.MonthFormat : l.MonthYearFormat, inv));
        if (a.Precision == DuePrecision.Quarter)
            return DigestFormat.Format(l.ByMonth, DigestFormat.Format(sameYear ? l.QuarterFormat : l.QuarterYearFormat, (due.Month + 2) / 3, due.Year));
        return DigestFormat.Format(l.By, due.ToString("yyyy-MM-dd", inv));
    }

    /// <summary>
    /// What is asked, as the decision block and the executive summary say it: an overrun states spend against budget
    /// ("Cloud spend: spent $52,000 of $45,000 budget, +15.6%"), or says the report gives no budget figure; any other
    /// ask is <see cref="DecisionAsk.Text"/>.
    /// </summary>
    public static string Statement(DecisionAsk a, DigestLabels l)
    {
        if (a.Kind != AskKind.Overrun) return a.Text;
        if (a.Spend is { } s)
            return DigestFormat.Format(l.SpendLine, s.Name, WrittenFigure.Of(s.Spent, s.Unit, a.Item.Source.Quote), WrittenFigure.Of(s.Budget, s.Unit, a.Item.Source.Quote),
                Summarizer.Text.Amount.Format(s.OverPercent, "%", signed: true));
        return BudgetWord().IsMatch(a.Text) ? a.Text : a.Text + l.NoBudget;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"预算|(?i:budget)")]
    private static partial System.Text.RegularExpressions.Regex BudgetWord();
}

/// <summary>The "n more in the full digest" line of a shortened list; null when nothing was left out.</summary>
internal static class More
{
    public static string? Line(int hidden, DigestLabels l) => hidden > 0 ? DigestFormat.Format(l.More, hidden) : null;
}
