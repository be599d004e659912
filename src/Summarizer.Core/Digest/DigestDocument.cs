using Summarizer.Store;

namespace Summarizer.Digest;

public enum DigestLanguage { Chinese, English }

/// <summary>Everything a digest shows, ranked and grouped; writers only lay it out.</summary>
public sealed record DigestDocument
{
    public required string Week { get; init; }
    public required DigestLanguage Language { get; init; }
    public required string Engine { get; init; }
    public required IReadOnlyList<ReportInfo> Reports { get; init; }
    public required IReadOnlyList<RejectedFile> Rejected { get; init; }
    public required IReadOnlyList<string> DegradedSections { get; init; }
    /// <summary>How many candidates the verifier refused (listed in items.json's <c>dropped</c>); 0 for a week read back from the store.</summary>
    public int Dropped { get; init; }
    public required IReadOnlyList<string> Summary { get; init; }
    public required IReadOnlyList<ExtractedItem> NeedsDecision { get; init; }
    /// <summary>The changes worth an executive's eye, most important first; <see cref="MoreChanges"/> more are in items.json.</summary>
    public required IReadOnlyList<WeekChange> Changes { get; init; }
    public int MoreChanges { get; init; }
    public required IReadOnlyList<ExtractedItem> Risks { get; init; }
    public required IReadOnlyList<ExtractedItem> Delays { get; init; }
    public required IReadOnlyList<ExtractedItem> Incidents { get; init; }
    public required int TotalDowntimeMinutes { get; init; }
    public required IReadOnlyList<ExtractedItem> Metrics { get; init; }
    public required IReadOnlyList<ExtractedItem> Plans { get; init; }

    /// <summary>Each team's items, ranked, teams in alphabetical order.</summary>
    public required IReadOnlyList<(string Team, IReadOnlyList<ExtractedItem> Items)> Teams { get; init; }
}
