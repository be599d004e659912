namespace Summarizer.History;

/// <summary>Expected teams (<see cref="ExpectedTeams"/>) that sent nothing this week.</summary>
internal static class MissingTeams
{
    /// <summary>
    /// Adds one risk change per expected team not among <paramref name="reportingTeams"/> nor the items' teams: its
    /// <see cref="WeekChange.From"/> is the last week it reported in (null when none is stored), its To null.
    /// </summary>
    public static void Compare(IReadOnlyCollection<string> reportingTeams, IReadOnlyList<ExtractedItem> current,
        IReadOnlyList<ExpectedTeam> expected, ChangeWording words, List<WeekChange> changes)
    {
        var present = reportingTeams.Concat(current.Select(i => i.Team)).Select(TextKey.Normalize).ToHashSet(StringComparer.Ordinal);
        foreach (var team in expected)
            if (!present.Contains(TextKey.Normalize(team.Team)))
                changes.Add(new WeekChange(ItemKind.Risk, team.Team, words.Missing(team.Team, team.LastReported?.ToString()), team.LastReported?.ToString()));
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
