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

    public static string Duration(int? minutes, DigestLabels l) => minutes is { } m ? $"{m} {l.Minutes}" : "";
}
