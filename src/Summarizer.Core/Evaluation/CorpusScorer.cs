using System.Globalization;

namespace Summarizer.Evaluation;

/// <summary>Adds up per-report outcomes into recall and precision per kind, and lists misses and false flags.</summary>
public static class CorpusScorer
{
    public static CorpusScore Score(string corpus, IReadOnlyList<ReportScore> reports, EngineTally? engine = null)
    {
        var kinds = Enum.GetValues<ItemKind>().Select(kind =>
        {
            var required = reports.SelectMany(r => r.Gold).Where(g => g.Kind == kind && !g.Optional).ToList();
            var missed = reports.SelectMany(r => r.Misses).Count(m => m.Gold.Kind == kind && !m.Gold.Optional);
            var extracted = reports.SelectMany(r => r.Extracted).Where(o => o.Item.Kind == kind).ToList();
            return new KindScore(kind, required.Count, required.Count - missed, extracted.Count, extracted.Count(o => o.IsReal),
                extracted.Count(o => o.Verdict == MatchVerdict.BenignLine));
        }).ToList();
        var misses = reports.SelectMany(r => r.Misses.Where(m => !m.Gold.Optional)
            .Select(m => new LocatedMiss(r.File, m.Line, m.Gold.Kind, m.Gold.Anchor, Facts(m.Gold)))).ToList();
        var flags = reports.SelectMany(r => r.Extracted.Where(o => !o.IsReal)
            .Select(o => new LocatedFlag(r.File, o.Item.Source.Line, o.Item.Kind, o.Verdict, o.Item.Summary, o.Detail))).ToList();
        return new CorpusScore(corpus, reports.Count, kinds, misses, flags, engine);
    }

    /// <summary>The facts a gold item states, in one short phrase ("35 %", "45 min", "08-12 → 08-15"), or null.</summary>
    public static string? Facts(GoldItem gold) => gold.Kind switch
    {
        ItemKind.Metric when gold.Value is { } v => $"{v.ToString("0.###", CultureInfo.InvariantCulture)}{(gold.Unit is { } u ? " " + u : "")}",
        ItemKind.Incident when gold.Minutes is { } m => $"{m} min",
        ItemKind.Delay when gold.From is not null || gold.To is not null => $"{gold.From ?? "?"} → {gold.To ?? "?"}",
        _ => null,
    };
}
