using Summarizer.Digest.Charts;

namespace Summarizer.Digest.Sections;

/// <summary>"What went wrong": incidents, largest impact first, with start, duration, impact; the downtime-per-week strip.</summary>
public static class WentWrongSection
{
    public static DigestSection Build(DigestDocument d, DigestLabels l, int? limit, bool full)
    {
        var shown = d.Incidents.Take(limit ?? int.MaxValue).ToList();
        return new("incidents", l.WentWrong)
        {
            Note = d.Incidents.Count > 0 ? TotalNote(d, l) : null,
            Charts = Strip(d, l),
            Headers = l.IncidentHeaders,
            Rows = shown.Select(i => (IReadOnlyList<DigestCell>)
            [
                new(i.Incident?.Start ?? "", CellKind.Nowrap),
                new(DigestFormat.Duration(i.Incident?.DurationMinutes, l), CellKind.Nowrap),
                new(i.Team),
                new(i.Incident?.Impact is { Length: > 0 } impact && !i.Summary.Contains(impact, StringComparison.Ordinal) ? $"{i.Summary} — {impact}" : i.Summary),
                DigestFormat.Cite(i, d.Links, full),
            ]).ToList(),
            Empty = l.None,
            More = More.Line(d.Incidents.Count - shown.Count, l),
        };
    }

    /// <summary>The sum of stated durations; incidents without one are named, never counted as 0 minutes.</summary>
    private static string TotalNote(DigestDocument d, DigestLabels l)
    {
        var total = DowntimeTotal.Of(d.Incidents);
        if (d.TotalDowntimeMinutes is not { } minutes) return l.TotalDowntimeUnknown;
        return DigestFormat.Format(l.TotalDowntime, minutes) + (total.Unstated > 0 ? DigestFormat.Format(l.DowntimeUnstated, total.Unstated) : "");
    }

    /// <summary>
    /// Drawn from three stored weeks on (this one included; a week without incidents is 0): fewer points show no
    /// trend, and weeks that all had 0 minutes have nothing to draw.
    /// </summary>
    private static IReadOnlyList<DigestChart> Strip(DigestDocument d, DigestLabels l)
    {
        if (d.DowntimeByWeek.Count < 3 || d.DowntimeByWeek.All(w => w.Minutes == 0)) return [];
        var alt = DigestFormat.Format(l.DowntimeAlt, string.Join(", ", d.DowntimeByWeek.Select(w => $"{w.Week}: {w.Minutes}")));
        return [TrendCharts.DowntimeStrip(d.DowntimeByWeek, alt)];
    }
}
