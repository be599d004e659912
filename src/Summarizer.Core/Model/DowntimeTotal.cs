namespace Summarizer;

/// <summary>
/// Downtime summed over incidents: <see cref="KnownMinutes"/> counts only incidents whose duration the report states
/// (or whose start and end it writes); <see cref="Unstated"/> incidents have none and are never counted as 0 minutes.
/// </summary>
/// <param name="KnownMinutes">Sum of the stated durations in minutes; null when no incident states one ("unknown", not 0).</param>
/// <param name="Unstated">Incidents without a stated duration.</param>
public sealed record DowntimeTotal(int? KnownMinutes, int Unstated)
{
    public static DowntimeTotal Of(IEnumerable<ExtractedItem> incidents)
    {
        int? known = null;
        int unstated = 0;
        foreach (var i in incidents.Where(i => i.Kind == ItemKind.Incident))
            if (i.Incident?.DurationMinutes is { } m) known = (known ?? 0) + m;
            else unstated++;
        return new DowntimeTotal(known, unstated);
    }
}
