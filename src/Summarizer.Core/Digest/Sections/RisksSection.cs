namespace Summarizer.Digest.Sections;

/// <summary>"Top risks": ranked by severity, then money, customers, counts and deadlines at stake.</summary>
public static class RisksSection
{
    public static DigestSection Build(DigestDocument d, DigestLabels l, int? limit, bool full)
    {
        var shown = d.Risks.Take(limit ?? int.MaxValue).ToList();
        return new("risks", l.Risks)
        {
            Numbered = true,
            Entries = shown.Select(i => ItemEntry.Of(i, l, d.Links, full)).ToList(),
            Empty = l.None,
            More = More.Line(d.Risks.Count - shown.Count, l),
        };
    }
}
