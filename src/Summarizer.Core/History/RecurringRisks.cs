namespace Summarizer.History;

/// <summary>Risks a team reports week after week: similar normalised summary or quote in each of the preceding weeks, 3 or more in a row.</summary>
internal static class RecurringRisks
{
    /// <summary>A risk is recurring from its third consecutive week (issue 13): twice in a row is not yet a pattern.</summary>
    public const int MinWeeks = 3;

    public static void Compare(IsoWeek week, IReadOnlyList<ExtractedItem> current, IReadOnlyList<HistoryWeek> history,
        double similarity, ChangeWording words, List<WeekChange> changes)
    {
        var byWeek = history.ToDictionary(h => h.Week);
        foreach (var risk in current.Where(i => i.Kind == ItemKind.Risk && i.Status != ReviewStatus.Dismissed))
        {
            int weeks = 1;
            var first = week;
            // Consecutive weeks only: a week without a stored run or without the risk ends the streak.
            for (var w = week.Previous; byWeek.TryGetValue(w, out var h) && h.Items.Any(i => Same(i, risk, similarity)); w = w.Previous)
            {
                weeks++;
                first = w;
            }
            if (weeks >= MinWeeks)
                changes.Add(new WeekChange(ItemKind.Risk, risk.Team, words.Recurring(risk.Summary, weeks), first.ToString(), weeks));
        }
    }

    private static bool Same(ExtractedItem earlier, ExtractedItem now, double similarity) =>
        earlier.Kind == ItemKind.Risk
        && TextKey.Normalize(earlier.Team) == TextKey.Normalize(now.Team)
        && (TextKey.Similarity(earlier.Summary, now.Summary) >= similarity
            || TextKey.Similarity(earlier.Source.Quote, now.Source.Quote) >= similarity);
}
