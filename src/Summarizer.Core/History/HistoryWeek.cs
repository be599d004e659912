using Summarizer.Store;

namespace Summarizer.History;

/// <summary>A stored earlier week, its dismissed items left out.</summary>
internal sealed record HistoryWeek(IsoWeek Week, WeekSnapshot Snapshot)
{
    public IEnumerable<ExtractedItem> Items => Snapshot.Items.Where(i => i.Status != ReviewStatus.Dismissed);
}
