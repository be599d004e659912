using System.Globalization;
using System.Text.Json;

namespace Summarizer.Digest;

/// <summary>
/// Which week-over-week changes an executive sees first: slips, recurring risks and missing teams, then the metrics
/// that moved most (relative change). Flat metrics stay in items.json only. The mail's key-metrics table already
/// shows the largest moves, so in a shortened list events take the room first and metric moves fill what is left.
/// </summary>
public static class ChangeRanking
{
    public const int Shown = 12;

    /// <param name="items">The week's items: a metric move whose metric is off its stated target or budget
    /// (<see cref="KeyMetricSelection.IsOffTarget"/>) comes before any move of a metric on target, however large.</param>
    public static IReadOnlyList<WeekChange> Ranked(IReadOnlyList<WeekChange> changes, IReadOnlyList<ExtractedItem>? items = null)
    {
        var offTarget = (items ?? []).Where(i => i.Metric is not null && KeyMetricSelection.IsOffTarget(i) == true)
            .Select(i => (i.Team, i.Metric!.Name, i.Metric.Value)).ToList();
        bool OffTarget(WeekChange c) => c.Kind == ItemKind.Metric && Number(c.To) is { } to
            && offTarget.Any(o => o.Team == c.Team && o.Value == to && c.Summary.Contains(o.Name, StringComparison.Ordinal));
        return changes.Where(c => c.Kind != ItemKind.Metric || Relative(c) > 0)
            .OrderBy(c => c.Kind == ItemKind.Metric ? 1 : 0)
            .ThenBy(c => OffTarget(c) ? 0 : 1)
            .ThenByDescending(Relative)
            .ToList();
    }

    /// <summary>
    /// The lines a shortened list shows: events (slips, recurring risks, absences) first, then the largest metric
    /// moves in the room left, <paramref name="shown"/> in all.
    /// </summary>
    public static IReadOnlyList<WeekChange> ForDigest(IReadOnlyList<WeekChange> ranked, int shown = Shown)
    {
        var events = ranked.Where(c => c.Kind != ItemKind.Metric).Take(shown).ToList();
        return [.. events, .. ranked.Where(c => c.Kind == ItemKind.Metric).Take(shown - events.Count)];
    }

    /// <summary>|to − from| / |from| for numeric changes; 0 when either side is not a number.</summary>
    public static double Relative(WeekChange change)
    {
        if (Number(change.From) is not { } from || Number(change.To) is not { } to) return 0;
        if (from == 0) return to == 0 ? 0 : 1;
        return Math.Abs(to - from) / Math.Abs(from);
    }

    // Changes read back from the store carry their values as JSON elements.
    private static double? Number(object? value) => value switch
    {
        double d => d,
        int i => i,
        long l => l,
        decimal m => (double)m,
        JsonElement { ValueKind: JsonValueKind.Number } e => e.GetDouble(),
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
