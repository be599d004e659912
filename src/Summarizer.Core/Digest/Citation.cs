namespace Summarizer.Digest;

/// <summary>How every claim points back to its source: team · section · file:line.</summary>
public static class Citation
{
    public static string Of(ExtractedItem item)
    {
        var lines = item.Source.Line == item.Source.EndLine ? $"L{item.Source.Line}" : $"L{item.Source.Line}-{item.Source.EndLine}";
        var section = string.IsNullOrEmpty(item.Section) ? "" : $" · {item.Section}";
        return $"{item.Team}{section} · {item.Source.File}:{lines}";
    }

    /// <summary>Anchor of the item in the digest's team section.</summary>
    public static string Anchor(ExtractedItem item) => $"item-{item.Id}";

    /// <summary>A change's text after the team name the digest already shows in bold before it.</summary>
    public static string WithoutTeam(WeekChange change) =>
        change.Summary.StartsWith(change.Team, StringComparison.Ordinal) ? change.Summary[change.Team.Length..].TrimStart() : change.Summary;
}
