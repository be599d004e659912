using System.Globalization;
using System.Text;

namespace Summarizer.Gather;

/// <summary>
/// The one rule for team names, wherever a name comes from: a report file's name or its front matter (the gatherer),
/// an upload's URL or the review page's address, the team directory's keys. Names end up in output paths, URLs and
/// store keys, so only letters, digits, combining marks, spaces inside the name and <c>- _ . &amp; + ' ( )</c> are
/// allowed (<see cref="Allowed"/>): a name that could climb out of a folder (<c>../../etc</c>), hide (<c>.x</c>),
/// break a path (<c>a/b</c>), or read like another team (<c>"pay\u200Bments"</c>, <c>"\u202Epayments"</c>,
/// a trailing space) is refused with a reason instead of being used.
/// </summary>
public static class TeamName
{
    public const int MaxLength = 80;

    /// <summary>What a team name may hold, for reasons shown to people (ends without a full stop).</summary>
    public const string Allowed =
        "a team name is 1 to 80 letters, digits, spaces (not at the start or end) and the characters - _ . & + ' ( ), and does not start with '.' or contain '..'";

    private const string Punctuation = "-_.&+'()";

    /// <summary>
    /// Null when <paramref name="name"/> is usable exactly as written (no trimming), else why not, as a predicate to
    /// follow the name: "contains '/' (U+002F), which is not allowed". Callers add <see cref="Allowed"/>.
    /// </summary>
    public static string? Problem(string name)
    {
        if (name.Trim().Length == 0) return "is empty";
        if (name.Length > MaxLength) return $"is longer than {MaxLength} characters";
        if (name != name.Trim()) return "starts or ends with a space";
        if (name.StartsWith('.')) return "starts with '.' (a path like '..' or a hidden name)";
        if (name.Contains("..", StringComparison.Ordinal)) return "contains '..' (a path to a parent folder)";
        foreach (var c in name)
        {
            if (IsAllowed(c)) continue;
            if (char.IsControl(c)) return $"contains a control character (U+{(int)c:X4})";
            if (IsInvisible(c)) return $"contains an invisible or text-direction character (U+{(int)c:X4}) that makes it look like another name";
            if (char.IsSurrogate(c)) return "contains a character outside the Basic Multilingual Plane (an emoji or rare symbol)";
            return $"contains '{c}' (U+{(int)c:X4}), which is not allowed{(c is '/' or '\\' or ':' ? " (a path separator)" : "")}";
        }
        return null;
    }

    /// <summary>True when two names are the same team: compared after Unicode compatibility folding, ignoring case.</summary>
    public static bool Same(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);

    /// <summary>
    /// The spelling of <paramref name="name"/>'s team among <paramref name="known"/> (compared by <see cref="Same"/>;
    /// the first match wins, so pass the most authoritative list first), or null when none is the same team.
    /// </summary>
    public static string? Canonical(string name, IEnumerable<string> known) => known.FirstOrDefault(k => Same(k, name));

    /// <summary>
    /// The name of another file that owns the team <paramref name="claimed"/> (its file name is that team), or null
    /// when the claim is free. A file may always claim the team it is named after.
    /// </summary>
    public static string? OwnerOf(string claimed, string ownStem, IEnumerable<string> fileStems) =>
        Same(claimed, ownStem) ? null : fileStems.FirstOrDefault(s => Same(s, claimed));

    /// <summary>
    /// A name among <paramref name="known"/> that is not <paramref name="name"/>'s team but looks like a misspelling of it,
    /// or null: the same letters and digits once separators are dropped ("team-alpha" / "team_alpha"), one a plural of the
    /// other ("payment" / "payments"), or one character added, dropped or changed, or two neighbours swapped, in names of five or more characters
    /// ("peymants" is two changes and not caught), but not a changed digit or a changed last one-letter word, which number a
    /// series of teams ("squad1"/"squad2", "team-a"/"team-b"). Used to warn, never to merge: two real teams may have close names.
    /// </summary>
    public static string? Near(string name, IEnumerable<string> known)
    {
        var key = Key(name);
        return known.FirstOrDefault(k => !Same(k, name) && Close(key, Key(k)));

        static bool Close(string a, string b)
        {
            static string Bare(string s) => new(s.Where(char.IsLetterOrDigit).ToArray());
            if (Bare(a) == Bare(b) || a + "s" == b || b + "s" == a) return true;
            return Math.Min(a.Length, b.Length) >= 5 && Math.Abs(a.Length - b.Length) <= 1 && OneEdit(a, b);
        }

        static bool OneEdit(string a, string b)
        {
            if (a.Length > b.Length) (a, b) = (b, a);
            int i = 0;
            while (i < a.Length && a[i] == b[i]) i++;
            if (a.Length != b.Length) return a.AsSpan(i).SequenceEqual(b.AsSpan(i + 1)); // one inserted character
            // One changed character, unless it numbers or letters a series of teams ("squad1"/"squad2", "team-a"/"team-b").
            var series = (char.IsDigit(a[i]) && char.IsDigit(b[i])) || (i == a.Length - 1 && i > 0 && !char.IsLetterOrDigit(a[i - 1]));
            if (series) return false;
            // Two neighbours swapped ("platfrom") is one typing slip too.
            var swapped = i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
            return swapped || a.AsSpan(i + 1).SequenceEqual(b.AsSpan(i + 1));
        }
    }

    /// <summary>The form two names of one team share (compatibility-folded, lower case): what <see cref="Same"/> compares and stores index.</summary>
    public static string Key(string name) => name.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    // Letters of every script (but not the blank ones: Hangul fillers, the braille blank), their combining marks,
    // digits, the plain space and a little punctuation.
    private static bool IsAllowed(char c) =>
        c == ' ' || Punctuation.Contains(c)
        || (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber
            && c is not ('\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800'));

    // Format characters (Cf: zero-width space and joiners, bidi embeddings, overrides and isolates, soft hyphen, BOM),
    // spaces other than the plain space, and the blank letters some scripts offer (Hangul fillers, braille blank).
    private static bool IsInvisible(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
        || (c != ' ' && char.IsWhiteSpace(c))
        || c is '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u2800';
}
