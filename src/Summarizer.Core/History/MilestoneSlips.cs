namespace Summarizer.History;

/// <summary>Follows milestones (delay facts, or plan and delay text with a date) across weeks and counts how often their date moved later.</summary>
internal static class MilestoneSlips
{
    private sealed record Milestone(string Team, string Name, DateOnly Date, DateOnly? StatedFrom);

    public static void Compare(IsoWeek week, IReadOnlyList<ExtractedItem> current, IReadOnlyList<HistoryWeek> history,
        double similarity, ChangeWording words, List<WeekChange> changes)
    {
        var earlier = history
            .Select(h => h.Items.Select(i => Read(i, h.Week)).OfType<Milestone>().ToList())
            .ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in current.Where(i => i.Status != ReviewStatus.Dismissed))
        {
            if (Read(item, week) is not { } now) continue;
            var dates = new List<DateOnly>();
            foreach (var weekMilestones in earlier)
            {
                var match = weekMilestones
                    .Where(m => TextKey.Normalize(m.Team) == TextKey.Normalize(now.Team))
                    .Select(m => (m, score: TextKey.Similarity(m.Name, now.Name)))
                    .Where(x => x.score >= similarity)
                    .OrderByDescending(x => x.score)
                    .FirstOrDefault();
                if (match.m is not null) dates.Add(match.m.Date);
            }
            if (dates.Count == 0) continue;
            if (now.StatedFrom is { } from) dates.Add(from);
            dates.Add(now.Date);

            int slips = 0;
            for (int i = 1; i < dates.Count; i++)
                if (dates[i] > dates[i - 1]) slips++;
            if (slips == 0 || now.Date <= dates[0]) continue;
            if (!reported.Add(TextKey.Normalize(now.Team) + "|" + TextKey.Normalize(now.Name))) continue;
            changes.Add(new WeekChange(ItemKind.Delay, item.Team, words.Slip(now.Name, dates[0], now.Date, slips),
                dates[0].ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), now.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    private static Milestone? Read(ExtractedItem item, IsoWeek week)
    {
        int year = week.Monday.Year;
        if (item.Delay is { Milestone: { Length: > 0 } name } delay)
        {
            // The extractor resolved the dates against the report's week; only a date it could not resolve (no week known,
            // or an engine that wrote it as the report did) is read from the fact's own text, never from the quote.
            var date = delay.ToDate ?? PlannedDate.Find(delay.To, year);
            return date is null ? null : new Milestone(item.Team, name.Trim(), date.Value, delay.FromDate ?? PlannedDate.Find(delay.From, year));
        }
        if (item.Kind is not (ItemKind.Plan or ItemKind.Delay)) return null;
        var planned = PlannedDate.Find(item.Summary, year) ?? PlannedDate.Find(item.Source.Quote, year);
        if (planned is null) return null;
        var text = PlannedDate.WithoutDates(item.Summary).Trim(' ', ',', '，', ':', '：', '(', ')', '（', '）');
        return text.Length == 0 ? null : new Milestone(item.Team, text, planned.Value, null);
    }
}
