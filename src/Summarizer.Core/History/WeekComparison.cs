namespace Summarizer.History;

/// <summary>The current week's items (metrics' <c>Previous</c> filled from history) and the changes found.</summary>
public sealed record WeekComparison(IReadOnlyList<ExtractedItem> Items, IReadOnlyList<WeekChange> Changes);
