namespace Summarizer.History;

/// <summary>Step 5: compares a week's items with the stored earlier weeks.</summary>
public interface IWeekComparer
{
    /// <param name="reportingTeams">Every team that reported this week, or null when the run read only part of the
    /// week: then no team is said to have stopped reporting.</param>
    Task<WeekComparison> CompareAsync(IsoWeek week, IReadOnlyList<ExtractedItem> items, IReadOnlyCollection<string>? reportingTeams, CancellationToken ct = default);
}
