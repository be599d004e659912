namespace Summarizer.History;

/// <summary>Teams that reported in one of the earlier weeks but not in this one.</summary>
internal static class MissingTeams
{
    public static void Compare(IReadOnlyCollection<string> reportingTeams, IReadOnlyList<ExtractedItem> current,
        IReadOnlyList<HistoryWeek> history, ChangeWording words, List<WeekChange> changes)
    {
        var present = reportingTeams.Concat(current.Select(i => i.Team)).Select(TextKey.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var (team, week) in LastSeen(history))
            if (!present.Contains(TextKey.Normalize(team)))
                changes.Add(new WeekChange(ItemKind.Risk, team, words.Missing(team, week.ToString()), week.ToString()));
    }

    /// <summary>Each team of the earlier weeks (oldest first) with the latest week it reported in, ordered by name.</summary>
    public static IReadOnlyList<(string Team, IsoWeek Week)> LastSeen(IReadOnlyList<HistoryWeek> history)
    {
        var lastSeen = new Dictionary<string, (string Team, IsoWeek Week)>(StringComparer.Ordinal);
        foreach (var h in history) // oldest first, so the latest week wins
            foreach (var team in h.Snapshot.Reports.Select(r => r.Team).Concat(h.Snapshot.Items.Select(i => i.Team)))
                lastSeen[TextKey.Normalize(team)] = (team, h.Week);
        return lastSeen.Where(kv => kv.Key.Length > 0).Select(kv => kv.Value).OrderBy(v => v.Team, StringComparer.Ordinal).ToList();
    }
}
