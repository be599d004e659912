using System.Globalization;
using Summarizer.Bench.Reporting;
using Summarizer.Evaluation;
using Summarizer.Extraction;

namespace Summarizer.Bench.Evaluation;

/// <summary>
/// Scores the offline engine on the evaluation corpus (bench/eval, rules in its README): recall and precision per kind,
/// the dev set and the held-back set as separate rows. Targets are issue 12's: recall ≥ 0.9 per kind, ≥ 0.9 of flagged
/// risks real, no benign line flagged.
/// </summary>
public static class EvalBench
{
    private const double Target = 0.9;

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(List<string> notes)
    {
        var rows = new List<ResultRow>();
        foreach (var set in CorpusSets.All)
        {
            var score = await new CorpusEvaluator(new OfflineExtractor()).EvaluateAsync(Path.Combine(ResultsFile.RepoRoot(), "bench", "eval", set));
            var area = $"eval {set} ({score.Reports} reports)";
            foreach (var k in score.Kinds)
            {
                var word = ScoreText.Word(k.Kind);
                rows.Add(new ResultRow(area, $"{word} recall (found / gold)", $"{ScoreText.Ratio(k.Recall)} ({k.GoldFound}/{k.GoldTotal})",
                    $"≥ {Target:0.0}", ResultRow.Check(k.Recall >= Target)));
                rows.Add(new ResultRow(area, $"{word} precision (real / extracted)", $"{ScoreText.Ratio(k.Precision)} ({k.ExtractedReal}/{k.ExtractedTotal})",
                    k.Kind == ItemKind.Risk ? $"≥ {Target:0.0}" : "", k.Kind == ItemKind.Risk ? ResultRow.Check(k.Precision >= Target) : Verdict.None));
            }
            int benign = score.Kinds.Sum(k => k.BenignFlags);
            rows.Add(new ResultRow(area, "benign lines flagged", benign.ToString(CultureInfo.InvariantCulture), "0", ResultRow.Check(benign == 0)));
            notes.Add($"eval {set}: {score.Misses.Count} misses, {score.FalseFlags.Count} false flags; list them with `summarizer eval --corpus bench/eval/{set}`.");
        }
        return rows;
    }
}
