using ScottPlot;

namespace Summarizer.Digest.Charts;

/// <summary>
/// Draws the digest's pictures with ScottPlot 5 (SkiaSharp underneath, headless): a sparkline per key metric and a
/// bar strip of downtime minutes per week. No text in the sparkline (the table row names it), week labels and
/// minutes in ASCII on the strip, so no CJK font is needed on the machine that draws them.
/// </summary>
public static class TrendCharts
{
    private const int Scale = 2;
    private static readonly Color Line = new(9, 105, 218);
    private static readonly Color Outage = new(207, 34, 46);

    /// <summary>A 120×28 sparkline of <paramref name="values"/> (oldest first, at least two), last point marked.</summary>
    public static DigestChart Sparkline(string name, IReadOnlyList<double> values, string alt)
    {
        var plot = new Plot { ScaleFactor = Scale };
        var xs = Enumerable.Range(0, values.Count).Select(i => (double)i).ToArray();
        var line = plot.Add.Scatter(xs, values.ToArray());
        line.LineWidth = 2;
        line.MarkerSize = 0;
        line.Color = Line;
        var last = plot.Add.Marker(xs[^1], values[^1]);
        last.Size = 6;
        last.Color = Line;
        plot.Layout.Frameless();
        plot.HideGrid();
        plot.Axes.Margins(0.06, 0.25);
        return Png(plot, name, alt, 120, 28);
    }

    /// <summary>A 320×110 bar strip: minutes of downtime per week, labelled "W23" … and with the minutes above each bar.</summary>
    public static DigestChart DowntimeStrip(IReadOnlyList<(IsoWeek Week, int Minutes)> weeks, string alt)
    {
        var plot = new Plot { ScaleFactor = Scale };
        var bars = plot.Add.Bars(weeks.Select(w => (double)w.Minutes).ToArray());
        foreach (var bar in bars.Bars)
        {
            bar.FillColor = Outage;
            bar.LineWidth = 0;
            bar.Label = bar.Value.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        }
        bars.ValueLabelStyle.FontSize = 11;
        plot.Axes.Bottom.SetTicks(weeks.Select((_, i) => (double)i).ToArray(), weeks.Select(w => $"W{w.Week.Week:D2}").ToArray());
        plot.Axes.Left.IsVisible = false;
        plot.Axes.Right.IsVisible = false;
        plot.Axes.Top.IsVisible = false;
        plot.HideGrid();
        plot.Axes.Margins(bottom: 0, top: 0.3);
        return Png(plot, "downtime", alt, 320, 110);
    }

    private static DigestChart Png(Plot plot, string name, string alt, int width, int height) =>
        new(name, plot.GetImageBytes(width * Scale, height * Scale, ImageFormat.Png), alt, width, height);
}
