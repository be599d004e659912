using System.Globalization;
using System.Text.Json;

namespace Summarizer.Digest;

/// <summary>
/// Which week-over-week changes an executive sees first: slips, recurring risks and missing teams, then the metrics
/// that moved most (relative change). Flat metrics stay in items.json only.
/// </summary>
public static class ChangeRanking
{
    public const int Shown = 12;

    /// <summary>At most this many of the shown lines are slips, risks and absences, so the largest metric moves show too.</summary>
    private const int Events = 8;

    public static IReadOnlyList<WeekChange> Ranked(IReadOnlyList<WeekChange> changes) =>
        changes.Where(c => c.Kind != ItemKind.Metric || Relative(c) > 0)
            .OrderBy(c => c.Kind == ItemKind.Metric ? 1 : 0)
            .ThenByDescending(Relative)
            .ToList();

    /// <summary>
    /// The lines the digest shows: events first (up to two thirds of <paramref name="shown"/>, <see cref="Events"/> of
    /// the default 12), then metric moves, <paramref name="shown"/> in all.
    /// </summary>
    public static IReadOnlyList<WeekChange> ForDigest(IReadOnlyList<WeekChange> ranked, int shown = Shown)
    {
        var events = ranked.Where(c => c.Kind != ItemKind.Metric).ToList();
        var metrics = ranked.Where(c => c.Kind == ItemKind.Metric).ToList();
        var shownEvents = events.Take(Math.Max(shown * Events / Shown, shown - metrics.Count)).ToList();
        return [.. shownEvents, .. metrics.Take(shown - shownEvents.Count)];
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
