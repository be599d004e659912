using Summarizer.Digest;

namespace Summarizer.History;

/// <summary>Matches this week's metrics to earlier weeks' by team and normalised name: previous value, delta and trend.</summary>
internal static class MetricTrends
{
    public static IReadOnlyList<ExtractedItem> Compare(
        IReadOnlyList<ExtractedItem> current, IReadOnlyList<HistoryWeek> history, ChangeWording words, List<WeekChange> changes)
    {
        var result = new List<ExtractedItem>(current.Count);
        foreach (var item in current)
        {
            if (item.Metric is not { } metric || item.Status == ReviewStatus.Dismissed)
            {
                result.Add(item);
                continue;
            }
            var earlier = history
                .Select(h => h.Items.FirstOrDefault(i => Matches(i, item)))
                .OfType<ExtractedItem>()
                .ToList();
            if (earlier.Count == 0)
            {
                result.Add(item);
                continue;
            }
            var series = earlier.Select(i => i.Metric!.Value).ToList();
            double previous = series[^1];
            series.Add(metric.Value);
            // The figures as the two reports wrote them ("18 min", "0.10%"), never restyled.
            string from = WrittenFigure.Of(previous, metric.Unit, earlier[^1].Source.Quote), to = WrittenFigure.Of(metric.Value, metric.Unit, item.Source.Quote);
            changes.Add(new WeekChange(ItemKind.Metric, item.Team,
                words.Metric(metric.Name, previous, metric.Value, metric.Unit, series.Count >= 3 ? Trend(series) : null, series.Count, from, to), previous, metric.Value));
            // A value the report stated itself wins over the stored one.
            result.Add(metric.Previous is null ? item with { Metric = metric with { Previous = previous } } : item);
        }
        return result;
    }

    private static bool Matches(ExtractedItem earlier, ExtractedItem now) =>
        earlier.Metric is { } m
        && TextKey.Normalize(earlier.Team) == TextKey.Normalize(now.Team)
        && TextKey.Normalize(m.Name) == TextKey.Normalize(now.Metric!.Name)
        && UnitsAgree(m.Unit, now.Metric.Unit);

    /// <summary>
    /// Only values in the same unit are compared: "$41,200" against "41,200" (no unit) or "96%" against "96ms" is no move.
    /// Units compare folded (full-width to ASCII, case, spaces), symbols kept: "%" is not "$".
    /// </summary>
    private static bool UnitsAgree(string? a, string? b) => Unit(a) == Unit(b);

    private static string Unit(string? unit) =>
        string.Concat((unit ?? "").Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))).ToLowerInvariant();

    /// <summary>rising, falling or flat when every step goes one way (or none), mixed otherwise.</summary>
    internal static string Trend(IReadOnlyList<double> values)
    {
        bool up = false, down = false;
        for (int i = 1; i < values.Count; i++)
        {
            if (values[i] > values[i - 1]) up = true;
            else if (values[i] < values[i - 1]) down = true;
        }
        return (up, down) switch
        {
            (true, false) => "rising",
            (false, true) => "falling",
            (false, false) => "flat",
            _ => "mixed",
        };
    }
}
