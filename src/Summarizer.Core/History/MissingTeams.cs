namespace Summarizer.History;

/// <summary>Teams that reported in one of the earlier weeks but not in this one.</summary>
internal static class MissingTeams
{
    public static void Compare(IReadOnlyCollection<string> reportingTeams, IReadOnlyList<ExtractedItem> current,
        IReadOnlyList<HistoryWeek> history, ChangeWording words, List<WeekChange> changes)
    {
        var present = reportingTeams.Concat(current.Select(i => i.Team)).Select(TextKey.Normalize).ToHashSet(StringComparer.Ordinal);
        var lastSeen = new Dictionary<string, (string Team, IsoWeek Week)>(StringComparer.Ordinal);
        foreach (var h in history) // oldest first, so the latest week wins
            foreach (var team in h.Snapshot.Reports.Select(r => r.Team).Concat(h.Snapshot.Items.Select(i => i.Team)))
                lastSeen[TextKey.Normalize(team)] = (team, h.Week);

        foreach (var (key, (team, week)) in lastSeen.OrderBy(kv => kv.Value.Team, StringComparer.Ordinal))
            if (key.Length > 0 && !present.Contains(key))
                changes.Add(new WeekChange(ItemKind.Risk, team, words.Missing(team, week.ToString()), week.ToString()));
    }
}
