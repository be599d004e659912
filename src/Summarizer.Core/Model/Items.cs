using System.Text.Json.Serialization;

// Enum names are the lowercase words of items.json wherever they are serialised (files, API, store).

namespace Summarizer;

[JsonConverter(typeof(JsonStringEnumConverter<ItemKind>))]
public enum ItemKind
{
    [JsonStringEnumMemberName("risk")] Risk,
    [JsonStringEnumMemberName("delay")] Delay,
    [JsonStringEnumMemberName("metric")] Metric,
    [JsonStringEnumMemberName("incident")] Incident,
    [JsonStringEnumMemberName("plan")] Plan,
}

[JsonConverter(typeof(JsonStringEnumConverter<Severity>))]
public enum Severity
{
    [JsonStringEnumMemberName("high")] High,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("low")] Low,
}

[JsonConverter(typeof(JsonStringEnumConverter<ReviewStatus>))]
public enum ReviewStatus
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("confirmed")] Confirmed,
    [JsonStringEnumMemberName("dismissed")] Dismissed,
}

public sealed record MetricFacts(string Name, double Value, string? Unit = null, double? Previous = null, string? Target = null);

/// <summary>
/// When an incident began and ended: <c>yyyy-MM-dd HH:mm</c> when the date is known (the report's week resolves a date
/// written without a year), else the time (and date) as written; <see cref="DurationMinutes"/> in whole minutes.
/// </summary>
public sealed record IncidentFacts(string? Start, string? End, int? DurationMinutes, string? Impact)
{
    /// <summary>The start as a typed value when <see cref="Start"/> is a full <c>yyyy-MM-dd HH:mm</c> stamp, else null. Not serialised: items.json shows the string.</summary>
    [JsonIgnore] public DateTime? StartTime => FactDates.Stamp(Start);

    /// <summary>The end as a typed value, like <see cref="StartTime"/>.</summary>
    [JsonIgnore] public DateTime? EndTime => FactDates.Stamp(End);
}

/// <summary>
/// A schedule slip (or, on a plan, a committed date with <see cref="From"/> null): dates are <c>yyyy-MM-dd</c> when the
/// extractor resolved them against the report's week, else as written; <see cref="Reason"/> is the stated cause.
/// </summary>
public sealed record DelayFacts(string? Milestone, string? From, string? To, string? Reason)
{
    /// <summary>The planned date as a typed value when the extractor resolved it (<see cref="From"/> is <c>yyyy-MM-dd</c>), else null. Not serialised.</summary>
    [JsonIgnore] public DateOnly? FromDate => FactDates.Day(From);

    /// <summary>The new (or committed) date as a typed value when resolved, else null. Not serialised.</summary>
    [JsonIgnore] public DateOnly? ToDate => FactDates.Day(To);
}

/// <summary>The one canonical form facts carry resolved dates in (what items.json shows), read back as typed values.</summary>
internal static class FactDates
{
    public static DateOnly? Day(string? iso) =>
        iso is { Length: 10 } && DateOnly.TryParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;

    public static DateTime? Stamp(string? iso) =>
        iso is { Length: 16 } && DateTime.TryParseExact(iso, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : null;
}

/// <summary>Where a claim comes from: <see cref="Quote"/> is a verbatim substring of lines Line..EndLine of File.</summary>
public sealed record SourceRef(string File, int Line, int EndLine, string Quote);

/// <summary>What an extractor proposes for one section; unverified until the verifier grounds it.</summary>
public sealed record ItemCandidate
{
    /// <summary><see cref="ReportSection.Id"/> of the heading unit the item was found in.</summary>
    public required string SectionId { get; init; }
    public required ItemKind Kind { get; init; }
    public required string Summary { get; init; }
    public required string Quote { get; init; }
    public Severity? Severity { get; init; }
    public MetricFacts? Metric { get; init; }
    public IncidentFacts? Incident { get; init; }
    public DelayFacts? Delay { get; init; }
    /// <summary>By when an ask must be settled, as the line states it (see <see cref="ExtractedItem.Due"/>); null otherwise.</summary>
    public DateOnly? Due { get; init; }
    /// <summary>"offline" or "llm".</summary>
    public required string Engine { get; init; }
}

/// <summary>A verified, publishable item: the shape of an entry of items.json.</summary>
public sealed record ExtractedItem
{
    public required string Id { get; init; }
    public required ItemKind Kind { get; init; }
    public required string Team { get; init; }
    public required string Section { get; init; }
    public required string Summary { get; init; }
    public Severity? Severity { get; init; }
    public MetricFacts? Metric { get; init; }
    public IncidentFacts? Incident { get; init; }
    public DelayFacts? Delay { get; init; }
    /// <summary>
    /// By when an ask (an approval, a decision, support the team waits on) must be settled, resolved against the
    /// report's week: items.json <c>"due": "yyyy-MM-dd"</c>, null when the item is no ask or the line names no date.
    /// </summary>
    public DateOnly? Due { get; init; }
    public required SourceRef Source { get; init; }
    public required string Engine { get; init; }
    public ReviewStatus Status { get; init; } = ReviewStatus.Open;

    /// <summary>
    /// True when a team's review replaced the summary: the team's words then win wherever the item is shown (the
    /// decision list shows the report's own line otherwise). Set when the store applies reviews; never written to JSON.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool SummaryEdited { get; init; }
}

/// <summary>A week-over-week change found against stored history.</summary>
public sealed record WeekChange(ItemKind Kind, string Team, string Summary, object? From = null, object? To = null);

/// <summary>
/// A candidate that was not published, and why: listed in items.json under <c>dropped</c> so a reader can check
/// what the verifier (or the LLM grounder) refused. <see cref="Quote"/> is what the extractor claimed, untrusted.
/// </summary>
/// <param name="Team">Team of the report the candidate was proposed for.</param>
/// <param name="Section">Section path (or id, when the section is unknown).</param>
/// <param name="Kind">Kind the extractor proposed.</param>
/// <param name="Engine">"offline" or "llm".</param>
/// <param name="Reason">One line, e.g. "quote not found in the section", "summary numbers not in the quote: 12".</param>
/// <param name="Quote">The claimed quote (at most a few hundred characters).</param>
/// <param name="Summary">The claimed summary, if any.</param>
public sealed record DroppedCandidate(string Team, string Section, ItemKind Kind, string Engine, string Reason, string Quote, string? Summary = null);
