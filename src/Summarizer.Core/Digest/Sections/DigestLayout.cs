namespace Summarizer.Digest.Sections;

/// <summary>A digest laid out for one output: heading, meta line, sections, and where the rest lives.</summary>
public sealed record DigestView(string Lang, string Title, string Meta, IReadOnlyList<DigestSection> Sections, string? FooterText, string? FooterHref);

/// <summary>
/// Which sections each output carries. The mail (digest.md / digest.html) is the two-minute read: the head of each
/// list and one line per team. The full digest (digest-full.md / digest-full.html, the week page) has every list whole.
/// </summary>
public static class DigestLayout
{
    public const int MailAsks = 8, MailIncidents = 6, MailChanges = 8, MailRisks = 5, MailDelays = 5;

    public static DigestView Mail(DigestDocument d)
    {
        var l = DigestLabels.For(d.Language);
        DigestSection?[] sections =
        [
            SummarySection.Build(d, l),
            DecisionSection.Build(d, l, MailAsks, full: false),
            WentWrongSection.Build(d, l, MailIncidents, full: false),
            ChangesSection.Build(d, l, MailChanges),
            RisksSection.Build(d, l, MailRisks, full: false),
            DelaysSection.Build(d, l, MailDelays, full: false),
            MetricsSection.Key(d, l, full: false),
            TeamsSection.Lines(d, l),
            // Rare and short, and the analyst must act on them: files not used and sections the model failed.
            FilesSection.Rejected(d, l),
            FilesSection.Degraded(d, l),
        ];
        return new(Lang(d), $"{l.Title} {d.Week}", Meta(d, l), sections.OfType<DigestSection>().ToList(),
            d.Links.Full is null ? l.FullBeside : l.FullLink, d.Links.Full);
    }

    public static DigestView Full(DigestDocument d)
    {
        var l = DigestLabels.For(d.Language);
        DigestSection?[] sections =
        [
            SummarySection.Build(d, l),
            DecisionSection.Build(d, l, null, full: true),
            WentWrongSection.Build(d, l, null, full: true),
            ChangesSection.Build(d, l, null),
            RisksSection.Build(d, l, null, full: true),
            DelaysSection.Build(d, l, null, full: true),
            MetricsSection.Key(d, l, full: true) with { More = null },
            MetricsSection.All(d, l),
            FilesSection.Plans(d, l),
            TeamsSection.Details(d, l),
            FilesSection.Rejected(d, l),
            FilesSection.Degraded(d, l),
        ];
        return new(Lang(d), $"{l.FullTitle} {d.Week}", Meta(d, l), sections.OfType<DigestSection>().ToList(), null, null);
    }

    private static string Lang(DigestDocument d) => d.Language == DigestLanguage.Chinese ? "zh-CN" : "en";

    private static string Meta(DigestDocument d, DigestLabels l)
    {
        var meta = DigestFormat.Format(l.ReportsLine, d.Reports.Select(r => r.Team).Distinct().Count());
        if (d.Rejected.Count > 0) meta += " · " + DigestFormat.Format(l.RejectedLine, d.Rejected.Count);
        if (d.Dropped > 0) meta += " · " + DigestFormat.Format(l.DroppedLine, d.Dropped);
        return meta + $" · {l.EngineLabel}: {d.Engine}";
    }
}
