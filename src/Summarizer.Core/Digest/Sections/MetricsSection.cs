using Summarizer.Digest.Charts;

namespace Summarizer.Digest.Sections;

/// <summary>
/// "Key metrics" (off target, moving most, marked by the team; a sparkline from three weeks on) and, in the full
/// digest, "All metrics".
/// </summary>
public static class MetricsSection
{
    public static DigestSection Key(DigestDocument d, DigestLabels l, bool full) =>
        new("key-metrics", l.KeyMetrics)
        {
            Headers = l.MetricHeaders,
            Rows = d.KeyMetrics.Select((k, n) => Row(k.Item, Sparkline(k, n, l), d, l, full)).ToList(),
            // "None" above "2 more" reads as a contradiction: say what is absent, the metrics are in the full digest.
            Empty = d.Metrics.Count > 0 ? l.NoKeyMetrics : l.None,
            More = More.Line(d.Metrics.Count - d.KeyMetrics.Count, l),
        };

    public static DigestSection All(DigestDocument d, DigestLabels l) =>
        new("metrics", l.Metrics)
        {
            Headers = l.MetricHeaders,
            Rows = d.Metrics.Select(i => Row(i, null, d, l, full: true)).ToList(),
            Empty = l.None,
        };

    private static IReadOnlyList<DigestCell> Row(ExtractedItem i, DigestChart? chart, DigestDocument d, DigestLabels l, bool full)
    {
        var m = i.Metric;
        // As the reports wrote them ("2150万笔", "99.90%", "12 min"), the previous one in this or the earlier week's quote.
        var (value, previous) = m is null ? ("", "") : WrittenFigure.Of(m, i.Source.Quote, d.EarlierQuotes.GetValueOrDefault(i.Id));
        return
        [
            new($"{i.Team} · {m?.Name ?? i.Summary}"),
            new(value, CellKind.Number),
            new(previous, CellKind.Number),
            new(m?.Target ?? "", CellKind.Nowrap),
            chart is null ? new("", CellKind.Chart) : new(chart.Alt, CellKind.Chart, Chart: chart),
            DigestFormat.Cite(i, d.Links, full),
        ];
    }

    /// <summary>A trend is drawn (and told) only from three points on.</summary>
    private static DigestChart? Sparkline(KeyMetric k, int n, DigestLabels l)
    {
        if (k.Series.Count < 3) return null;
        var alt = DigestFormat.Format(l.TrendAlt, k.Item.Metric?.Name ?? k.Item.Summary, k.Series.Count,
            string.Join(" → ", k.Written));
        return TrendCharts.Sparkline($"trend-{n + 1}", k.Series, alt);
    }
}
