using Summarizer.Extraction.Offline;

namespace Summarizer.Digest;

/// <summary>
/// The items a digest shows, one entry per source line: severity as verified (a marker the team wrote is a floor the
/// verifier applies) or as the team's review set it, markers stripped from summaries stored before the verifier did it,
/// and items of one line merged into the one that matters
/// most (incident, delay, risk, plan; a metric keeps its own row in the metric table, which is data, not an entry).
/// </summary>
public static class DigestEntries
{
    public static IReadOnlyList<ExtractedItem> Prepare(IEnumerable<ExtractedItem> items)
    {
        var shown = items.Where(i => i.Status != ReviewStatus.Dismissed)
            .Select(i => i with { Summary = SeverityRule.Strip(i.Summary) })
            .ToList();
        var metrics = shown.Where(i => i.Kind == ItemKind.Metric);
        var entries = shown.Where(i => i.Kind != ItemKind.Metric)
            .GroupBy(i => (i.Source.File, i.Source.Line))
            .Select(Merge);
        return [.. entries, .. metrics];
    }

    /// <summary>One entry for the items of one line: the kind that matters most, the highest severity of them all.</summary>
    private static ExtractedItem Merge(IEnumerable<ExtractedItem> sameLine)
    {
        var all = sameLine.ToList();
        if (all.Count == 1) return all[0];
        var first = all.OrderBy(i => Priority(i.Kind)).ThenBy(i => i.Id, StringComparer.Ordinal).First();
        var severity = all.Where(i => i.Severity is not null).Select(i => i.Severity!.Value).DefaultIfEmpty().Min();
        bool anySeverity = all.Any(i => i.Severity is not null);
        return first with { Severity = anySeverity ? severity : null };
    }

    private static int Priority(ItemKind kind) => kind switch
    {
        ItemKind.Incident => 0,
        ItemKind.Delay => 1,
        ItemKind.Risk => 2,
        _ => 3,
    };
}
