using Summarizer.Store;

namespace Summarizer.Digest;

public enum DigestLanguage { Chinese, English }

/// <summary>A key metric with its values over the stored weeks (oldest first, this week last; one value when no history).</summary>
/// <param name="Written">The same values as each week's report wrote them ("18 min", "99.90%"), for the trend's alt text.</param>
public sealed record KeyMetric(ExtractedItem Item, IReadOnlyList<double> Series, IReadOnlyList<string> Written);

/// <summary>
/// Everything a digest shows, ranked and grouped, one entry per source line; the section renderers only lay it out.
/// The mail shows the head of each list, the full digest all of it.
/// </summary>
public sealed record DigestDocument
{
    public required string Week { get; init; }
    public required DigestLanguage Language { get; init; }
    public required string Engine { get; init; }
    public required IReadOnlyList<ReportInfo> Reports { get; init; }
    public required IReadOnlyList<RejectedFile> Rejected { get; init; }
    public required IReadOnlyList<string> DegradedSections { get; init; }
    /// <summary>Candidates the verifier or the LLM grounder refused (listed in items.json under <c>dropped</c>).</summary>
    public int Dropped { get; init; }
    /// <summary>At most six bullets.</summary>
    public required IReadOnlyList<string> Summary { get; init; }
    /// <summary>Asks and escalations, most urgent first (overdue, then by due date, then undated approvals and overruns; <see cref="DecisionAsks.Find"/>).</summary>
    public required IReadOnlyList<DecisionAsk> Asks { get; init; }
    /// <summary>All changes worth an executive's eye, most important first.</summary>
    public required IReadOnlyList<WeekChange> Changes { get; init; }
    /// <summary>Risks whose line no ask holds, ranked.</summary>
    public required IReadOnlyList<ExtractedItem> Risks { get; init; }
    /// <summary>Delays whose line no ask holds, ranked.</summary>
    public required IReadOnlyList<ExtractedItem> Delays { get; init; }
    /// <summary>Incidents by impact, largest first.</summary>
    public required IReadOnlyList<ExtractedItem> Incidents { get; init; }
    /// <summary>Minutes of the incidents that state their duration; null when none does ("unknown", never 0).</summary>
    public required int? TotalDowntimeMinutes { get; init; }
    /// <summary>Minutes of downtime per stored week, oldest first, this week last; weeks without a stated duration are left out.</summary>
    public IReadOnlyList<(IsoWeek Week, int Minutes)> DowntimeByWeek { get; init; } = [];

    /// <summary>
    /// Metric item id → the quote of the latest stored week's item of the same team and measure, where the previous
    /// value was written; the metric tables show that figure as written.
    /// </summary>
    public IReadOnlyDictionary<string, string> EarlierQuotes { get; init; } = new Dictionary<string, string>();
    /// <summary>Off target, moving most, or marked by the team; at most <see cref="DigestComposer.KeyMetricRows"/>.</summary>
    public required IReadOnlyList<KeyMetric> KeyMetrics { get; init; }
    public required IReadOnlyList<ExtractedItem> Metrics { get; init; }
    public required IReadOnlyList<ExtractedItem> Plans { get; init; }
    /// <summary>Each team's entries, ranked, teams in alphabetical order.</summary>
    public required IReadOnlyList<(string Team, IReadOnlyList<ExtractedItem> Items)> Teams { get; init; }
    /// <summary>Where the full digest is for a reader of the mail.</summary>
    public DigestLinks Links { get; init; } = DigestLinks.None;
    /// <summary>Earlier stored weeks the week was compared with (<see cref="WeekSnapshot.ComparedWeeks"/>); 0: none, so "What changed" says nothing could be compared yet.</summary>
    public int? ComparedWeeks { get; init; }
}
