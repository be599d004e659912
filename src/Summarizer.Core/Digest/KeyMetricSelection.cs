using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.History;
using Summarizer.Store;
using Summarizer.Text;

namespace Summarizer.Digest;

/// <summary>
/// Which metrics the mail shows: those marked by the team (a severity marker on the line, or a headline/核心 section),
/// those off their stated target, those worse three stored weeks running, then those that moved most against the
/// previous value, a move for the worse counting double; the rest stay in the
/// full digest. Which way is better: <see cref="MetricDirection"/>.
/// </summary>
public static partial class KeyMetricSelection
{
    /// <summary>Most rows of one measure (same normalised name) among the key metrics.</summary>
    public const int PerName = 2;

    public static IReadOnlyList<KeyMetric> Select(IReadOnlyList<ExtractedItem> metrics, IReadOnlyList<WeekSnapshot> history, int rows) =>
        metrics.Where(m => m.Metric is not null)
            .Select(m => (Item: m, Earlier: Earlier(m, history).ToList()))
            .Select(x => (x.Item, x.Earlier, Score: Score(x.Item, [.. x.Earlier.Select(i => i.Metric!.Value), x.Item.Metric!.Value])))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Item.Team, StringComparer.Ordinal).ThenBy(x => x.Item.Source.Line)
            // Ten teams' "Open P1 bugs" crowd out everything else: at most PerName rows of one measure.
            .GroupBy(x => TextKey.Normalize(x.Item.Metric!.Name)).SelectMany(g => g.Take(PerName))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Item.Team, StringComparer.Ordinal).ThenBy(x => x.Item.Source.Line)
            .Take(rows)
            .Select(x => Key(x.Item, x.Earlier))
            .ToList();

    private static KeyMetric Key(ExtractedItem item, IReadOnlyList<ExtractedItem> earlier)
    {
        var points = earlier.Select(i => (i.Metric!.Value, WrittenFigure.Of(i.Metric.Value, i.Metric.Unit, i.Source.Quote)))
            .Append((item.Metric!.Value, WrittenFigure.Of(item.Metric.Value, item.Metric.Unit, item.Source.Quote))).ToList();
        return new KeyMetric(item, points.Select(p => p.Item1).ToList(), points.Select(p => p.Item2).ToList());
    }

    /// <summary>
    /// Marked: 100+; off target: 50+; worse three stored weeks running: 60+; moved against the previous value (the one
    /// the line states, else the last stored week's): up to 40 by relative change when for the worse, 20 when for the
    /// better — progress rising ("完成 60% → 80%") is expected, a measure sliding is news. 0 when none applies.
    /// </summary>
    private static double Score(ExtractedItem item, IReadOnlyList<double> series)
    {
        var m = item.Metric!;
        bool lowerIsBetter = LowerIsBetter(item);
        double score = 0;
        if (item.Severity == Severity.High || Headline().IsMatch(item.Section)) score += 100;
        if (IsOffTarget(item) == true) score += 50;
        if (series.Count >= 3 && Worse(series[^3], series[^2], lowerIsBetter) && Worse(series[^2], series[^1], lowerIsBetter)) score += 60;
        if ((m.Previous ?? (series.Count >= 2 ? series[^2] : (double?)null)) is { } p && p != m.Value)
            score += (Worse(p, m.Value, lowerIsBetter) ? 40 : 20) * Math.Min(1, Math.Abs(m.Value - p) / Math.Max(Math.Abs(p), 1e-9));
        return score;
    }

    private static bool Worse(double before, double after, bool lowerIsBetter) => lowerIsBetter ? after > before : after < before;

    /// <summary>Which way the measure is good, by the shared vocabulary (<see cref="MetricDirection"/>).</summary>
    private static bool LowerIsBetter(ExtractedItem item)
    {
        var m = item.Metric!;
        return MetricDirection.LowerIsBetter(m.Name, m.Unit, m.Target);
    }

    /// <summary>True when the value misses its target, false when it meets it, null when no number is stated.</summary>
    public static bool? IsOffTarget(ExtractedItem item)
    {
        if (TargetFigure(item) is not { } goal) return null;
        return LowerIsBetter(item) ? item.Metric!.Value > goal : item.Metric!.Value < goal;
    }

    /// <summary>The first number of the metric's stated target ("420 万元" → 420, "≤ 0.5%" → 0.5), or null.</summary>
    public static double? TargetFigure(ExtractedItem item)
    {
        if (item.Metric is not { Target: { } target }) return null;
        var t = Number().Match(target);
        return t.Success && double.TryParse(t.Value.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var goal) ? goal : null;
    }

    /// <summary>The metric's values in the stored weeks where the same team reported the same name, then this week's.</summary>
    public static IReadOnlyList<double> Series(ExtractedItem item, IReadOnlyList<WeekSnapshot> history) =>
        [.. Earlier(item, history).Select(i => i.Metric!.Value), item.Metric!.Value];

    /// <summary>The same team's metric of the same name in each stored week that has one, oldest first.</summary>
    public static IEnumerable<ExtractedItem> Earlier(ExtractedItem item, IReadOnlyList<WeekSnapshot> history)
    {
        var team = TextKey.Normalize(item.Team);
        var name = TextKey.Normalize(item.Metric!.Name);
        return history.Select(week => week.Items.FirstOrDefault(i => i.Status != ReviewStatus.Dismissed && i.Metric is { } m
                && TextKey.Normalize(i.Team) == team && TextKey.Normalize(m.Name) == name))
            .OfType<ExtractedItem>();
    }

    [GeneratedRegex(@"\d[\d,]*(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"核心|关键|重点|(?i:headline|key\s+(?:metrics|numbers|results)|north\s+star)")]
    private static partial Regex Headline();
}
