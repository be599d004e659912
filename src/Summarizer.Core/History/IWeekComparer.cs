using Summarizer.Store;

namespace Summarizer.History;

/// <summary>Step 5: compares a week's items with the stored earlier weeks.</summary>
public interface IWeekComparer
{
    Task<WeekComparison> CompareAsync(IsoWeek week, IReadOnlyList<ExtractedItem> items, IReadOnlyList<ReportInfo> reports, CancellationToken ct);
}

/// <param name="Items">The week's items, with facts history can fill in (a metric's previous value).</param>
/// <param name="Changes">What changed since earlier weeks.</param>
public sealed record WeekComparison(IReadOnlyList<ExtractedItem> Items, IReadOnlyList<WeekChange> Changes);
