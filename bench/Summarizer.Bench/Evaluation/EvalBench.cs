using System.Globalization;
using Summarizer.Bench.Reporting;
using Summarizer.Evaluation;
using Summarizer.Extraction;

namespace Summarizer.Bench.Evaluation;

/// <summary>
/// Scores the offline engine on the evaluation corpus (bench/eval, rules in its README): recall and precision per kind,
/// one row group per set, then the honest sets pooled (their counts summed, so a bigger set weighs more) — the figure
/// that says how the engine does on reports its developers have not seen. Targets are issue 12's: recall ≥ 0.9 per
/// kind, ≥ 0.9 of flagged risks real, no benign line flagged.
/// </summary>
public static class EvalBench
{
    private const double Target = 0.9;

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(List<string> notes)
    {
        var rows = new List<ResultRow>();
        var honest = new List<CorpusScore>();
        foreach (var set in CorpusSets.All)
        {
            var score = await new CorpusEvaluator(new OfflineExtractor()).EvaluateAsync(Path.Combine(ResultsFile.RepoRoot(), "bench", "eval", set));
            rows.AddRange(Rows($"eval {set} ({score.Reports} reports)", score.Kinds));
            if (CorpusSets.Honest.Contains(set)) honest.Add(score);
            notes.Add($"eval {set}: {score.Misses.Count} misses, {score.FalseFlags.Count} false flags; list them with `summarizer eval --corpus bench/eval/{set}`.");
        }
        var pooled = honest.SelectMany(s => s.Kinds).GroupBy(k => k.Kind)
            .Select(g => new KindScore(g.Key, g.Sum(k => k.GoldTotal), g.Sum(k => k.GoldFound), g.Sum(k => k.ExtractedTotal), g.Sum(k => k.ExtractedReal), g.Sum(k => k.BenignFlags)))
            .ToList();
        rows.AddRange(Rows($"eval honest sets pooled ({honest.Sum(s => s.Reports)} reports: {string.Join(", ", CorpusSets.Honest)})", pooled));
        return rows;
    }

    private static IEnumerable<ResultRow> Rows(string area, IReadOnlyList<KindScore> kinds)
    {
        foreach (var k in kinds)
        {
            var word = ScoreText.Word(k.Kind);
            yield return new ResultRow(area, $"{word} recall (found / gold)", $"{ScoreText.Ratio(k.Recall)} ({k.GoldFound}/{k.GoldTotal})",
                $"≥ {Target:0.0}", ResultRow.Check(k.Recall >= Target));
            yield return new ResultRow(area, $"{word} precision (real / extracted)", $"{ScoreText.Ratio(k.Precision)} ({k.ExtractedReal}/{k.ExtractedTotal})",
                k.Kind == ItemKind.Risk ? $"≥ {Target:0.0}" : "", k.Kind == ItemKind.Risk ? ResultRow.Check(k.Precision >= Target) : Verdict.None);
        }
        int benign = kinds.Sum(k => k.BenignFlags);
        yield return new ResultRow(area, "benign lines flagged", benign.ToString(CultureInfo.InvariantCulture), "0", ResultRow.Check(benign == 0));
    }
}
