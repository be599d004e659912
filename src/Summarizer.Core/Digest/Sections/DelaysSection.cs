namespace Summarizer.Digest.Sections;

/// <summary>"Delays": milestone, planned and new date (never wrapped), reason.</summary>
public static class DelaysSection
{
    public static DigestSection Build(DigestDocument d, DigestLabels l, int? limit, bool full)
    {
        var shown = d.Delays.Take(limit ?? int.MaxValue).ToList();
        return new("delays", l.Delays)
        {
            Headers = l.DelayHeaders,
            Rows = shown.Select(i => (IReadOnlyList<DigestCell>)
            [
                new(i.Team),
                new(i.Delay?.Milestone ?? i.Summary),
                new(i.Delay?.From ?? "", CellKind.Nowrap),
                new(i.Delay?.To ?? "", CellKind.Nowrap),
                new(i.Delay?.Reason ?? ""),
                DigestFormat.Cite(i, d.Links, full),
            ]).ToList(),
            Empty = l.None,
            More = More.Line(d.Delays.Count - shown.Count, l),
        };
    }
}
