using Microsoft.Extensions.Logging;
using Summarizer.AI.Text;
using Summarizer.Text;
using Summarizer.Verification;

namespace Summarizer.AI.Extraction;

/// <summary>
/// Turns an answer into candidates it can prove: the quote must be found in the section (whitespace aside) and every
/// number of the summary and metric must be written in the quote. Everything else is dropped, logged and counted.
/// </summary>
internal sealed class CandidateGrounder(ILogger logger)
{
    public const string EngineName = "llm";

    /// <summary>Candidates per piece of <paramref name="batch"/> (same order), and how many answer items were dropped.</summary>
    public (IReadOnlyList<ItemCandidate>[] PerPiece, int Dropped) Ground(PromptBatch batch, ExtractionAnswer answer)
    {
        var perPiece = batch.Pieces.Select(_ => new List<ItemCandidate>()).ToArray();
        int dropped = answer.Unreadable;
        if (answer.Unreadable > 0) logger.LogWarning("Dropped {Count} answer items of the wrong shape", answer.Unreadable);
        foreach (var item in answer.Items)
        {
            var (candidate, piece, reason) = Ground(batch, item);
            if (candidate is null)
            {
                dropped++;
                logger.LogWarning("Dropped LLM item ({Reason}): kind {Kind}, section {Section}, quote \"{Quote}\"",
                    reason, item.Kind, item.Section, Shorten(item.Quote));
                continue;
            }
            if (!perPiece[piece].Any(c => c.Kind == candidate.Kind && c.Quote == candidate.Quote)) perPiece[piece].Add(candidate);
        }
        return (perPiece, dropped);
    }

    private static (ItemCandidate? Candidate, int Piece, string Reason) Ground(PromptBatch batch, AnswerItem item)
    {
        if (ParseKind(item.Kind) is not { } kind) return (null, -1, "unknown kind");
        if (string.IsNullOrWhiteSpace(item.Summary)) return (null, -1, "empty summary");
        if (string.IsNullOrWhiteSpace(item.Quote)) return (null, -1, "empty quote");

        var (piece, quote) = Locate(batch, item);
        if (quote is null) return (null, -1, "quote not found in the section");

        var missing = NumberMatcher.Unsupported(item.Summary, quote).Concat(NumberMatcher.Unsupported(item.Metric?.Target, quote))
            .Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (item.Metric?.Value is { } value && !NumberMatcher.IsStated(value, quote)) missing.Add(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (missing.Count > 0) return (null, -1, "numbers not in the quote: " + string.Join(", ", missing));

        var unit = batch.Pieces[piece].Unit;
        return (new ItemCandidate
        {
            SectionId = unit.Id,
            Kind = kind,
            Summary = item.Summary.Trim(),
            Quote = quote,
            Severity = ParseSeverity(item.Severity),
            Metric = item.Metric is { Name: { Length: > 0 } name, Value: { } v } m ? new MetricFacts(name, v, m.Unit, Target: m.Target) : null,
            Delay = item.Delay is { } d ? new DelayFacts(d.Milestone, d.From, d.To, d.Reason) : null,
            Incident = item.Incident is { } i ? new IncidentFacts(i.Start, i.End, null, i.Impact) : null,
            Engine = EngineName,
        }, piece, "");
    }

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

    private static string Shorten(string? s) => s is null ? "" : s.Length <= 80 ? s : s[..80] + "…";
}
