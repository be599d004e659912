namespace Summarizer.Digest.Sections;

/// <summary>Plans, files not used and degraded sections: the full digest's tail.</summary>
public static class FilesSection
{
    public static DigestSection Plans(DigestDocument d, DigestLabels l) =>
        new("plans", l.Plans) { Entries = d.Plans.Select(i => ItemEntry.Of(i, l, d.Links, full: true)).ToList(), Empty = l.None };

    public static DigestSection? Rejected(DigestDocument d, DigestLabels l) => d.Rejected.Count == 0 ? null :
        new("rejected", l.RejectedHeading) { Entries = d.Rejected.Select(r => new DigestEntry(r.Reason) { Lead = r.File }).ToList() };

    public static DigestSection? Degraded(DigestDocument d, DigestLabels l) => d.DegradedSections.Count == 0 ? null :
        new("degraded", l.DegradedHeading) { Note = l.DegradedNote, Entries = d.DegradedSections.Select(s => new DigestEntry(s)).ToList() };
}
