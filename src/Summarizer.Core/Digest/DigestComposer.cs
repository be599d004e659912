using Summarizer.Store;

namespace Summarizer.Digest;

/// <summary>Step 6: turns a week's verified items into a ranked digest. Dismissed items are left out.</summary>
public sealed class DigestComposer
{
    private const int TopRisks = 10;
    private const int TopDecisions = 5;

    public DigestDocument Compose(WeekSnapshot week, IReadOnlyList<string> summary)
    {
        var items = week.Items.Where(i => i.Status != ReviewStatus.Dismissed).ToList();
        var changes = ChangeRanking.Ranked(week.Changes);
        var shown = ChangeRanking.ForDigest(changes);
        var incidents = items.Where(i => i.Kind == ItemKind.Incident).OrderBy(i => i.Incident?.Start ?? "", StringComparer.Ordinal).ToList();
        return new DigestDocument
        {
            Week = week.Week,
            Language = LanguageOf(items.Select(i => i.Source.Quote)),
            Engine = week.Engine,
            Reports = week.Reports,
            Rejected = week.Rejected,
            DegradedSections = week.DegradedSections,
            Dropped = week.Dropped.Count,
            Summary = summary,
            NeedsDecision = items.Where(ItemRanking.NeedsDecision).Ranked().Take(TopDecisions).ToList(),
            Changes = shown,
            MoreChanges = changes.Count - shown.Count,
            Risks = items.Where(i => i.Kind == ItemKind.Risk).Ranked().Take(TopRisks).ToList(),
            Delays = items.Where(i => i.Kind == ItemKind.Delay).Ranked().ToList(),
            Incidents = incidents,
            TotalDowntimeMinutes = incidents.Sum(i => i.Incident?.DurationMinutes ?? 0),
            Metrics = items.Where(i => i.Kind == ItemKind.Metric)
                .OrderBy(i => i.Team, StringComparer.Ordinal).ThenBy(i => i.Source.Line).ToList(),
            Plans = items.Where(i => i.Kind == ItemKind.Plan)
                .OrderBy(i => i.Team, StringComparer.Ordinal).ThenBy(i => i.Source.Line).ToList(),
            Teams = items.GroupBy(i => i.Team).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => (g.Key, (IReadOnlyList<ExtractedItem>)g.Ranked().ToList())).ToList(),
        };
    }

    public static DigestLanguage LanguageOf(IEnumerable<string> texts) =>
        ReportLanguage.IsMostlyChinese(texts) ? DigestLanguage.Chinese : DigestLanguage.English;
}
