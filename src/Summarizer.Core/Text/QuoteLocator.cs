namespace Summarizer.Text;

/// <summary>
/// Finds a quote in section text. Exact first; then ignoring white space, case and full-width forms, so a model
/// that reflowed spaces is still grounded — but what is published is always the source's own characters.
/// Both engines and the verifier ground through this one type.
/// </summary>
public static class QuoteLocator
{
    /// <summary>Quotes shorter than this (without white space) prove nothing.</summary>
    public const int MinimumLength = 2;

    public sealed record Match(int Line, int EndLine, string Verbatim);

    /// <summary>A unit's numbered lines joined once, for finding many quotes in it.</summary>
    public sealed class SectionText(IReadOnlyList<(int Number, string Text)> lines)
    {
        public IReadOnlyList<(int Number, string Text)> Lines { get; } = lines;
        public string Text { get; } = string.Join('\n', lines.Select(l => l.Text));
    }

    /// <summary>The quote within a unit's numbered lines, with the lines it spans.</summary>
    public static Match? Find(IReadOnlyList<(int Number, string Text)> lines, string quote) => Find(new SectionText(lines), quote);

    public static Match? Find(SectionText section, string quote)
    {
        var (lines, text) = (section.Lines, section.Text);
        if (lines.Count == 0) return null;
        if (FindRange(text, quote) is not { } range) return null;
        var (start, length) = range.GetOffsetAndLength(text.Length);
        int first = LineIndexAt(text, start), last = LineIndexAt(text, start + length - 1);
        return new Match(lines[first].Number, lines[last].Number, text.Substring(start, length));
    }

    /// <summary>Where the quote is in <paramref name="text"/>, or null.</summary>
    public static Range? FindRange(string text, string quote)
    {
        var needle = quote.Trim();
        var (folded, _) = Fold(needle);
        if (folded.Length < MinimumLength) return null;
        int at = text.IndexOf(needle, StringComparison.Ordinal);
        if (at >= 0) return at..(at + needle.Length);

        // Fold the text too, remembering where each folded char came from.
        var (keys, origin) = Fold(text);
        int k = keys.IndexOf(folded, StringComparison.Ordinal);
        if (k < 0) return null;
        return origin[k]..(origin[k + folded.Length - 1] + 1);
    }

    private static int LineIndexAt(string text, int offset)
    {
        int index = 0;
        for (int i = 0; i < offset; i++) if (text[i] == '\n') index++;
        return index;
    }

    private static (string Keys, int[] Origin) Fold(string s)
    {
        var keys = new System.Text.StringBuilder(s.Length);
        var origin = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsWhiteSpace(c)) continue;
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0); // full-width ASCII forms
            keys.Append(char.ToLowerInvariant(c));
            origin.Add(i);
        }
        return (keys.ToString(), origin.ToArray());
    }
}
