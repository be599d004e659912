namespace Summarizer.Digest.Sections;

/// <summary>"Needs your decision": each ask with what kind of ask it is, what is asked, and by when.</summary>
public static class DecisionSection
{
    public static DigestSection Build(DigestDocument d, DigestLabels l, int? limit, bool full)
    {
        var shown = d.Asks.Take(limit ?? int.MaxValue).ToList();
        return new("decisions", l.NeedsDecision)
        {
            Numbered = true,
            Entries = shown.Select(a => ItemEntry.Of(a.Item, l, d.Links, full) with
            {
                Lead = $"{l.AskName(a.Kind)} · {a.Item.Team}",
                Due = a.Due is { } due ? DigestFormat.Format(l.By, due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) : l.NoDate,
            }).ToList(),
            Empty = l.None,
            More = More.Line(d.Asks.Count - shown.Count, l),
        };
    }
}

/// <summary>The "n more in the full digest" line of a shortened list; null when nothing was left out.</summary>
internal static class More
{
    public static string? Line(int hidden, DigestLabels l) => hidden > 0 ? DigestFormat.Format(l.More, hidden) : null;
}
