namespace Summarizer.Digest.Sections;

/// <summary>"What changed": slips, recurring risks, missing teams, then the largest metric moves.</summary>
public static class ChangesSection
{
    public static DigestSection Build(DigestDocument d, DigestLabels l, int? limit)
    {
        var shown = limit is { } n ? ChangeRanking.ForDigest(d.Changes, n) : d.Changes;
        return new("changes", l.Changes)
        {
            Entries = shown.Select(c => new DigestEntry(Citation.WithoutTeam(c)) { Lead = c.Team }).ToList(),
            Empty = d.ComparedWeeks == 0 ? l.NothingToCompare : l.None,
            More = More.Line(d.Changes.Count - shown.Count, l),
        };
    }
}
