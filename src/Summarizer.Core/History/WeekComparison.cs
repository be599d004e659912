using Summarizer.Digest;

namespace Summarizer.History;

/// <summary>
/// The current week's items (metrics' <c>Previous</c> and slipped delays' planned date filled from history) and the
/// changes found.
/// </summary>
public sealed record WeekComparison(IReadOnlyList<ExtractedItem> Items, IReadOnlyList<WeekChange> Changes)
{
    /// <summary>The digest language chosen for the week (<see cref="DigestLanguageChoice"/>): stored with the week.</summary>
    public DigestLanguage Language { get; init; } = DigestLanguage.English;

    /// <summary>Earlier stored weeks found within <see cref="HistoryOptions.Weeks"/>: 0 means nothing could be compared yet.</summary>
    public int ComparedWeeks { get; init; }
}
