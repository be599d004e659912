using System.Text.RegularExpressions;

namespace Summarizer.Digest;

/// <summary>Orders items for executives: severity first, then the size of the impact, then where they were written.</summary>
public static partial class ItemRanking
{
    public static IOrderedEnumerable<ExtractedItem> Ranked(this IEnumerable<ExtractedItem> items) =>
        items.OrderByDescending(Weight).ThenByDescending(Impact).ThenBy(i => i.Team, StringComparer.Ordinal).ThenBy(i => i.Source.Line);

    public static int Weight(ExtractedItem item) => item.Severity switch
    {
        Severity.High => 3,
        Severity.Medium => 2,
        Severity.Low => 1,
        _ => 0,
    };

    /// <summary>Minutes of downtime, or the largest count of affected things named in the impact text.</summary>
    public static double Impact(ExtractedItem item)
    {
        double minutes = item.Incident?.DurationMinutes ?? 0;
        double affected = 0;
        foreach (Match m in Count().Matches(item.Incident?.Impact ?? item.Source.Quote))
            if (double.TryParse(m.Groups[1].Value, out var n)) affected = Math.Max(affected, n);
        return minutes + Math.Log10(1 + affected);
    }

    /// <summary>True when an executive should act on it: a high-severity risk, delay or incident.</summary>
    public static bool NeedsDecision(ExtractedItem item) =>
        item.Severity == Severity.High && item.Kind is ItemKind.Risk or ItemKind.Delay or ItemKind.Incident;

    [GeneratedRegex(@"(\d+)\s*(?:笔|人|户|单|家|个|users|orders|transactions|customers|requests)", RegexOptions.IgnoreCase)]
    private static partial Regex Count();
}
