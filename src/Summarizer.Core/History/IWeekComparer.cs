namespace Summarizer.History;

/// <summary>Step 5: compares a week's items with the stored earlier weeks.</summary>
public interface IWeekComparer
{
    Task<WeekComparison> CompareAsync(IsoWeek week, IReadOnlyList<ExtractedItem> items, IReadOnlyCollection<string> reportingTeams, CancellationToken ct = default);
}
