using Summarizer.Store;

namespace Summarizer.History;

/// <summary>A stored earlier week, its dismissed items left out.</summary>
internal sealed record HistoryWeek(IsoWeek Week, WeekSnapshot Snapshot)
{
    public IEnumerable<ExtractedItem> Items => Snapshot.Items.Where(i => i.Status != ReviewStatus.Dismissed);
}

internal static class HistoryWeeks
{
    /// <summary>The stored weeks among the <paramref name="count"/> weeks before <paramref name="week"/>, oldest first.</summary>
    public static async Task<IReadOnlyList<HistoryWeek>> LoadAsync(IDigestStore store, IsoWeek week, int count, CancellationToken ct)
    {
        var history = new List<HistoryWeek>();
        var w = week;
        for (int i = 0; i < count; i++)
        {
            w = w.Previous;
            if (await store.GetWeekAsync(w.ToString(), ct) is { } snapshot) history.Add(new HistoryWeek(w, snapshot));
        }
        history.Reverse();
        return history;
    }
}
