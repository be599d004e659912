using System.Text.Json.Serialization;

namespace Summarizer.Evaluation;

/// <summary>
/// What a careful human reader extracts from one report of the evaluation corpus: the <c>&lt;id&gt;.gold.json</c>
/// next to <c>&lt;id&gt;.md|txt|html</c>. Matching rules: <c>bench/eval/README.md</c> and <see cref="GoldMatcher"/>.
/// </summary>
/// <param name="Style">The real-world style the report imitates, e.g. "SRE availability report", "运维周报".</param>
/// <param name="Language">"en" or "zh".</param>
/// <param name="Week">ISO week the report belongs to (<c>2024-W26</c>), as its week folder would say in a real run; dates
/// written without a year are resolved against it.</param>
/// <param name="Items">Every item a reader lists.</param>
/// <param name="Benign">Lines that must stay quiet: no item of any kind may come from them.</param>
public sealed record GoldReport(string Style, string Language, string Week, IReadOnlyList<GoldItem> Items, IReadOnlyList<BenignLine> Benign)
{
    /// <summary>Path of the report relative to the corpus folder (set by <see cref="GoldLoader"/>, not read from JSON).</summary>
    [JsonIgnore] public string File { get; init; } = "";
}

/// <summary>
/// One item a reader lists. <see cref="Anchor"/> is a short verbatim substring of the report line it comes from, as the
/// gatherer reads it (for HTML: the text line the page becomes); it occurs on exactly one line of the report.
/// Facts are stated only where the report states them; a stated fact must agree for a match.
/// </summary>
/// <param name="Kind">risk, delay, metric, incident or plan.</param>
/// <param name="Anchor">Verbatim text of the source line; at least 4 characters.</param>
/// <param name="Name">Metric: its name as the report words it (documentation only; not matched).</param>
/// <param name="Value">Metric: the current value; an extracted metric must agree within ±0.5 %.</param>
/// <param name="Unit">Metric: unit as written ("%", "ms", "万元"); documentation only.</param>
/// <param name="Previous">Metric: last period's value, when stated; documentation only.</param>
/// <param name="Target">Metric: the target as written, when stated; documentation only.</param>
/// <param name="Milestone">Delay: what slipped (documentation only).</param>
/// <param name="From">Delay: the planned date, ISO yyyy-MM-dd, when stated; an extracted delay must state the same.</param>
/// <param name="To">Delay: the new date, ISO yyyy-MM-dd, when stated; an extracted delay must state the same.</param>
/// <param name="Reason">Delay: why, when stated (documentation only).</param>
/// <param name="Start">Incident: start as written (documentation only).</param>
/// <param name="End">Incident: end as written (documentation only).</param>
/// <param name="Minutes">Incident: duration in minutes when stated or computable; an extracted incident must agree within ±1.</param>
/// <param name="Optional">A reader may or may not list it: a match counts as correct, a miss does not lower recall.</param>
/// <param name="Note">Why the gold says so, for the next reader of the gold file.</param>
public sealed record GoldItem(
    ItemKind Kind,
    string Anchor,
    string? Name = null,
    double? Value = null,
    string? Unit = null,
    double? Previous = null,
    string? Target = null,
    string? Milestone = null,
    string? From = null,
    string? To = null,
    string? Reason = null,
    string? Start = null,
    string? End = null,
    int? Minutes = null,
    bool Optional = false,
    string? Note = null);

/// <summary>A line a reader would not list as anything (a fix, advice, an introduction, a latency word, a date).</summary>
/// <param name="Anchor">Verbatim text of the line, on exactly one line of the report.</param>
/// <param name="Why">What makes it look like an item, and why it is none.</param>
public sealed record BenignLine(string Anchor, string? Why = null);
