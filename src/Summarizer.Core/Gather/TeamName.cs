namespace Summarizer.Gather;

/// <summary>
/// Checks team names: they end up in output paths, URLs and store keys, so a name that could climb out of a folder
/// (<c>../../etc</c>), hide (<c>.x</c>) or break a path is refused with a reason instead of being used.
/// </summary>
public static class TeamName
{
    public const int MaxLength = 80;
    private static readonly char[] Forbidden = ['/', '\\', ':', '*', '?', '"', '<', '>', '|'];

    /// <summary>Null when <paramref name="name"/> is usable as it is (after trimming), else why not.</summary>
    public static string? Problem(string name)
    {
        var n = name.Trim();
        if (n.Length == 0) return "is empty";
        if (n.Length > MaxLength) return $"is longer than {MaxLength} characters";
        if (n.StartsWith('.')) return "starts with '.' (a path like '..' or a hidden name)";
        if (n.IndexOfAny(Forbidden) >= 0) return "contains a path or reserved character (/ \\ : * ? \" < > |)";
        if (n.Any(char.IsControl)) return "contains control characters";
        return null;
    }
}
