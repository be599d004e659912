namespace Summarizer.Digest.Sections;

/// <summary>"Executive summary": at most six bullets, as the summary writer gave them.</summary>
public static class SummarySection
{
    public static DigestSection Build(DigestDocument d, DigestLabels l) =>
        new("summary", l.Summary) { Entries = d.Summary.Select(s => new DigestEntry(s)).ToList(), Empty = l.None };
}
