using System.Globalization;
using System.Text;

namespace Summarizer.Gather;

/// <summary>
/// Checks team names: they end up in output paths, URLs and store keys, so a name that could climb out of a folder
/// (<c>../../etc</c>), hide (<c>.x</c>) or break a path is refused with a reason instead of being used. Names must
/// also look like what they are: invisible, zero-width and direction-control characters would make a second team
/// that reads exactly like the first ("pay\u200Bments", "\u202Epayments").
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
        var hidden = n.FirstOrDefault(IsInvisible);
        if (hidden != '\0')
            return $"contains an invisible or text-direction character (U+{(int)hidden:X4}) that makes it look like another name";
        return null;
    }

    /// <summary>True when two names are the same team: compared after Unicode compatibility folding, ignoring case.</summary>
    public static bool Same(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>
    /// The name of another file that owns the team <paramref name="claimed"/> (its file name is that team), or null
    /// when the claim is free. A file may always claim the team it is named after.
    /// </summary>
    public static string? OwnerOf(string claimed, string ownStem, IEnumerable<string> fileStems) =>
        Same(claimed, ownStem) ? null : fileStems.FirstOrDefault(s => Same(s, claimed));

    /// <summary>The comparison key of a team name: trimmed, Unicode compatibility-folded, lower-cased (store keys use it).</summary>
    public static string Key(string name) => name.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    // Format characters (Cf: zero-width space and joiners, bidi embeddings, overrides and isolates, soft hyphen, BOM),
    // spaces other than the plain space, and the blank letters some scripts offer (Hangul fillers, braille blank).
    private static bool IsInvisible(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || (c != ' ' && char.IsWhiteSpace(c))
        || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800';
}
