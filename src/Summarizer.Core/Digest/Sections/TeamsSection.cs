namespace Summarizer.Digest.Sections;

/// <summary>"Teams" in the mail: one line per team with its counts and its top item; "By team" in the full digest: every item with its quote.</summary>
public static class TeamsSection
{
    public static DigestSection Lines(DigestDocument d, DigestLabels l) =>
        new("teams", l.TeamsHeading)
        {
            Entries = d.Teams.Select(t =>
            {
                var top = t.Items.FirstOrDefault(i => i.Kind != ItemKind.Metric) ?? t.Items.FirstOrDefault();
                var counts = DigestFormat.Format(l.TeamLine, Count(t.Items, ItemKind.Risk), Count(t.Items, ItemKind.Delay),
                    Count(t.Items, ItemKind.Incident), Count(t.Items, ItemKind.Metric));
                return new DigestEntry(top is null ? counts : $"{counts} — {top.Summary}")
                {
                    Lead = t.Team, Severity = top?.Severity, Badge = top?.Severity is null ? null : l.SeverityName(top.Severity),
                    Href = d.Links.Item is { } link && top is not null ? link(top) : null,
                };
            }).ToList(),
            Empty = l.None,
        };

    public static DigestSection Details(DigestDocument d, DigestLabels l) =>
        new("by-team", l.TeamDetails)
        {
            Children = d.Teams.Select(t => new DigestSection("team-" + Slug(t.Team), t.Team)
            {
                Entries = t.Items.Select(i => ItemEntry.Detailed(i, l, d.Links)).ToList(),
                Empty = l.None, // a team whose report held nothing to extract is listed, not left out
            }).ToList(),
        };

    private static int Count(IReadOnlyList<ExtractedItem> items, ItemKind kind) => items.Count(i => i.Kind == kind);

    private static string Slug(string team) => string.Concat(team.Select(c => char.IsLetterOrDigit(c) ? c : '-'));
}
