using Microsoft.Extensions.Logging;
using Summarizer.AI.Text;
using Summarizer.Text;

namespace Summarizer.AI.Extraction;

/// <summary>What grounding made of one answer: candidates per piece, the refused items, and how many items it had.</summary>
/// <param name="Unusable">Items with no kind the schema knows or of the wrong shape: counted, not listed (they have no kind to list).</param>
/// <param name="Repeats">Drops that only repeat a kept item: listed, but no sign that the answer failed.</param>
internal sealed record GroundedAnswer(IReadOnlyList<ItemCandidate>[] PerPiece, IReadOnlyList<DroppedCandidate> Drops, int Unusable, int Total, int Repeats = 0)
{
    public int Dropped => Drops.Count + Unusable;

    private int Failed => Dropped - Repeats;

    /// <summary>
    /// More than half of two or more items failed: the model did not follow the format or invented its quotes, so the
    /// answer is not trusted to have found what the section holds (repaired once, else the offline engine stands in).
    /// </summary>
    public bool MostlyFailed => Total >= 2 && Failed * 2 > Total;

    /// <summary>The refusals in words the model can act on, for the repair request.</summary>
    public string Describe() =>
        $"{Failed} of {Total} items could not be checked against the sections: " +
        string.Join("; ", Drops.Select(d => d.Reason).Where(r => r != CandidateGrounder.RepeatReason).Concat(Enumerable.Repeat("no known kind (the key is \"kind\", one of risk, delay, metric, incident, plan)", Unusable > 0 ? 1 : 0)).Distinct().Take(5)) + ".";
}

/// <summary>
/// Turns an answer into candidates it can prove: the quote must be found in the section (<see cref="QuoteLocator"/>) and
/// every number of the summary and metric must be written in the quote (<see cref="NumberMatcher"/>). Everything else
/// becomes a <see cref="DroppedCandidate"/> with its reason, logged and listed with the verifier's drops.
/// </summary>
internal sealed class CandidateGrounder(ILogger logger)
{
    public const string EngineName = "llm";

    /// <summary>Why a second item with the same kind, quote and metric name is not published (listed, not silently lost).</summary>
    public const string RepeatReason = "repeats another item of the answer (same kind, quote and metric)";

    public GroundedAnswer Ground(PromptBatch batch, ExtractionAnswer answer)
    {
        var perPiece = batch.Pieces.Select(_ => new List<ItemCandidate>()).ToArray();
        var drops = new List<DroppedCandidate>();
        int unusable = answer.Unreadable, repeats = 0;
        foreach (var item in answer.Items)
        {
            if (ParseKind(item.Kind) is not { } kind)
            {
                unusable++;
                continue;
            }
            var (candidate, piece, reason) = Ground(batch, item, kind);
            if (candidate is null)
            {
                var unit = (batch.ByLabel(item.Section) ?? batch.Pieces[0]).Unit;
                drops.Add(new DroppedCandidate(unit.Report.Team, unit.PathText, kind, EngineName, reason, Clip(item.Quote), Clip(item.Summary)));
                logger.LogDebug("Dropped LLM item ({Reason}): kind {Kind}, section {Section}, quote \"{Quote}\"", reason, kind, item.Section, Clip(item.Quote, 80));
                continue;
            }
            if (perPiece[piece].Any(c => CandidateIdentity.Same(c, candidate)))
            {
                // Two metrics of one table row (availability and error rate) are two items; the same claim twice is one.
                repeats++;
                drops.Add(new DroppedCandidate(batch.Pieces[piece].Unit.Report.Team, batch.Pieces[piece].Unit.PathText, kind, EngineName,
                    RepeatReason, Clip(item.Quote), Clip(item.Summary)));
                continue;
            }
            perPiece[piece].Add(candidate);
        }
        if (unusable > 0) logger.LogWarning("Dropped {Count} answer items of the wrong shape or with no known kind", unusable);
        return new GroundedAnswer(perPiece, drops, unusable, answer.Items.Count + answer.Unreadable, repeats);
    }

    private static (ItemCandidate? Candidate, int Piece, string Reason) Ground(PromptBatch batch, AnswerItem item, ItemKind kind)
    {
        if (string.IsNullOrWhiteSpace(item.Summary)) return (null, -1, "empty summary");
        if (string.IsNullOrWhiteSpace(item.Quote)) return (null, -1, "empty quote");

        var (piece, quote) = Locate(batch, item);
        if (quote is null) return (null, -1, "quote not found in the section");

        var missing = NumberMatcher.Unsupported(item.Summary, quote).Concat(NumberMatcher.Unsupported(item.Metric?.Target, quote)).ToList();
        if (item.Metric?.Value is { } value && !NumberMatcher.IsStated(value, quote)) missing.Add(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (item.Metric?.Previous is { } previous && !NumberMatcher.IsStated(previous, quote)) missing.Add(previous.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // A metric's name and unit say what the value is: an invented number there ("3000家门店 GMV") sinks the item.
        missing.AddRange(NumberMatcher.Unsupported(item.Metric?.Name, quote).Concat(NumberMatcher.Unsupported(item.Metric?.Unit, quote)));
        if (missing.Count > 0)
            return (null, -1, "numbers not in the quote: " + string.Join(", ", missing));

        var unit = batch.Pieces[piece].Unit;
        return (new ItemCandidate
        {
            SectionId = unit.Id,
            Kind = kind,
            Summary = item.Summary.Trim(),
            Quote = quote,
            Severity = ParseSeverity(item.Severity),
            Metric = item.Metric is { Name: { Length: > 0 } name, Value: { } v } m ? new MetricFacts(name, v, m.Unit, m.Previous, m.Target) : null,
            Delay = item.Delay is { } d ? new DelayFacts(Stated(d.Milestone, quote), d.From, d.To, Stated(d.Reason, quote)) : null,
            Incident = item.Incident is { } i ? new IncidentFacts(i.Start, i.End, Minutes(i.Start, i.End), Stated(i.Impact, quote)) : null,
            Engine = EngineName,
        }, piece, "");
    }

    /// <summary>
    /// A free-text field that only decorates the item (incident impact, delay milestone and reason): kept when every
    /// number in it is written in the quote (<see cref="NumberMatcher.Unsupported"/>), else left out (null) while the
    /// grounded item stays — "约5000名用户受影响" from a quote without 5000 is never published.
    /// </summary>
    internal static string? Stated(string? text, string quote) =>
        text is not null && NumberMatcher.Unsupported(text, quote).Count == 0 ? text : null;

    /// <summary>The labelled section first; a quote found only in another section of the batch moves there.</summary>
    private static (int Piece, string? Quote) Locate(PromptBatch batch, AnswerItem item)
    {
        var labelled = batch.ByLabel(item.Section);
        var order = Enumerable.Range(0, batch.Pieces.Count).OrderBy(i => ReferenceEquals(batch.Pieces[i], labelled) ? 0 : 1);
        foreach (int i in order)
        {
            var own = batch.Pieces[i].Unit.OwnText();
            // The model read the fenced text; it is the report text char for char, so the range maps back.
            if (QuoteLocator.FindRange(PromptFence.Neutralize(own), item.Quote!) is { } range) return (i, own[range]);
        }
        return (-1, null);
    }

    /// <summary>
    /// Minutes between a start and an end the answer gives as <c>yyyy-MM-dd HH:mm</c> or both as <c>HH:mm</c> of one
    /// day; null otherwise (no times, one missing, or an end not after the start): unknown, never 0.
    /// </summary>
    internal static int? Minutes(string? start, string? end)
    {
        var facts = new IncidentFacts(start?.Trim(), end?.Trim(), null, null);
        double? span = facts is { StartTime: { } s, EndTime: { } e } ? (e - s).TotalMinutes
            : Clock(facts.Start) is { } ts && Clock(facts.End) is { } te ? (te - ts).TotalMinutes
            : null;
        return span is > 0 and < 60 * 24 * 31 ? (int)Math.Round(span.Value) : null;
    }

    private static TimeOnly? Clock(string? text) =>
        TimeOnly.TryParseExact(text, "H:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var t) ? t : null;

    private static ItemKind? ParseKind(string? kind) => kind?.Trim().ToLowerInvariant() switch
    {
        "risk" => ItemKind.Risk,
        "delay" => ItemKind.Delay,
        "metric" => ItemKind.Metric,
        "incident" => ItemKind.Incident,
        "plan" => ItemKind.Plan,
        _ => null,
    };

    private static Severity? ParseSeverity(string? severity) => severity?.Trim().ToLowerInvariant() switch
    {
        "high" => Severity.High,
        "medium" => Severity.Medium,
        "low" => Severity.Low,
        _ => null,
    };

    // Claimed text is untrusted and may be huge: a refusal keeps enough to recognise it.
    private static string Clip(string? s, int max = 300) => s is null ? "" : s.Length <= max ? s : s[..max] + "…";
}
