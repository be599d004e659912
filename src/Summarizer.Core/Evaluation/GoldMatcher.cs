using System.Globalization;
using Summarizer.Text;

namespace Summarizer.Evaluation;

/// <summary>
/// Matches what an engine extracted from one report against its gold (rules in <c>bench/eval/README.md</c>):
/// an extracted item matches a gold item of the same kind when its source lines contain the gold anchor and the facts
/// the gold states agree — metric value within ±0.5 %, incident minutes within ±1, delay from/to the same date.
/// Each gold item is matched once; a second item for an already matched gold item is a duplicate (true, but listed).
/// </summary>
public static class GoldMatcher
{
    /// <summary>Relative tolerance of a metric value (0.5 %).</summary>
    public const double ValueTolerance = 0.005;

    /// <summary>Tolerance of an incident's duration, in minutes.</summary>
    public const int MinutesTolerance = 1;

    public static ReportScore Match(CorpusReport report, IReadOnlyList<ExtractedItem> extracted)
    {
        var gold = report.Gold.Items;
        var week = report.Document.Week;
        var matched = new ExtractedItem?[gold.Count];
        var outcomes = new List<ExtractedOutcome>();
        foreach (var item in extracted)
        {
            var here = Enumerable.Range(0, gold.Count)
                .Where(g => gold[g].Kind == item.Kind && report.Contains(item.Source.Line, item.Source.EndLine, gold[g].Anchor)).ToList();
            var agreeing = here.Where(g => Disagreement(gold[g], item, week) is null).ToList();
            if (agreeing.FirstOrDefault(g => matched[g] is null, -1) is var free and >= 0)
            {
                matched[free] = item;
                outcomes.Add(new ExtractedOutcome(item, MatchVerdict.Matched, gold[free]));
            }
            else if (agreeing.Count > 0)
                outcomes.Add(new ExtractedOutcome(item, MatchVerdict.Duplicate, gold[agreeing[0]]));
            else if (here.Count > 0)
                outcomes.Add(new ExtractedOutcome(item, MatchVerdict.WrongFacts, gold[here[0]], Disagreement(gold[here[0]], item, week)));
            else if (report.Gold.Benign.FirstOrDefault(b => report.Contains(item.Source.Line, item.Source.EndLine, b.Anchor)) is { } benign)
                outcomes.Add(new ExtractedOutcome(item, MatchVerdict.BenignLine, null, benign.Why));
            else
                outcomes.Add(new ExtractedOutcome(item, MatchVerdict.NotInGold, null, OtherKindHere(report, item)));
        }
        var misses = Enumerable.Range(0, gold.Count).Where(g => matched[g] is null)
            .Select(g => new GoldMiss(gold[g], report.LinesOf(gold[g].Anchor).FirstOrDefault())).ToList();
        return new ReportScore(report.Gold.File, gold, outcomes, misses);
    }

    /// <summary>Why <paramref name="item"/> does not state what <paramref name="gold"/> states, or null when it agrees.</summary>
    /// <param name="week">The report's week, against which a date written without its year is resolved.</param>
    public static string? Disagreement(GoldItem gold, ExtractedItem item, IsoWeek? week = null)
    {
        switch (gold.Kind)
        {
            case ItemKind.Metric when gold.Value is { } value:
                if (item.Metric is not { } metric) return "no metric facts";
                var tolerance = Math.Max(Math.Abs(value) * ValueTolerance, 1e-9);
                return Math.Abs(metric.Value - value) <= tolerance ? null
                    : $"value {Num(metric.Value)}, gold {Num(value)}";
            case ItemKind.Incident when gold.Minutes is { } minutes:
                var found = item.Incident?.DurationMinutes;
                return found is { } m && Math.Abs(m - minutes) <= MinutesTolerance ? null
                    : $"{(found is null ? "no duration" : $"{found} min")}, gold {minutes} min";
            case ItemKind.Delay:
                if (gold.From is { } from && !SameDate(from, item.Delay?.From, week)) return $"from {item.Delay?.From ?? "(none)"}, gold {from}";
                if (gold.To is { } to && !SameDate(to, item.Delay?.To, week)) return $"to {item.Delay?.To ?? "(none)"}, gold {to}";
                return null;
            default:
                return null;
        }
    }

    // The gold states the day as yyyy-MM-dd; an extractor may write "2024-06-14", "Jun 14" or "6月14日": read it as the
    // pipeline reads dates, resolved against the report's week; without a known year the month and day must agree.
    private static bool SameDate(string gold, string? found, IsoWeek? week)
    {
        if (found is null || DateTextParser.First(found) is not { } mention) return false;
        var g = DateOnly.ParseExact(gold, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return mention.Resolve(week) is { } f ? f == g : mention.Month == g.Month && mention.Day == g.Day;
    }

    private static string? OtherKindHere(CorpusReport report, ExtractedItem item) =>
        report.Gold.Items.FirstOrDefault(g => report.Contains(item.Source.Line, item.Source.EndLine, g.Anchor)) is { } other
            ? $"the gold lists this line as {other.Kind.ToString().ToLowerInvariant()}"
            : null;

    private static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
