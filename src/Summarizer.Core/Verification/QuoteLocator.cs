namespace Summarizer.Verification;

/// <summary>
/// Finds a quote in a unit's own lines. Exact first; then ignoring white space, case and full-width forms, so a model
/// that reflowed spaces is still grounded — but what is published is always the source's own characters.
/// </summary>
public static class QuoteLocator
{
    public sealed record Match(int Line, int EndLine, string Verbatim);

    public static Match? Find(IReadOnlyList<(int Number, string Text)> lines, string quote)
    {
        if (string.IsNullOrWhiteSpace(quote) || lines.Count == 0) return null;
        var text = string.Join('\n', lines.Select(l => l.Text));
        int at = text.IndexOf(quote, StringComparison.Ordinal);
        if (at >= 0) return ToMatch(lines, text, at, quote.Length);

        // Fold both sides to comparable keys, remembering where each key char came from.
        var (keys, origin) = Fold(text);
        var (needle, _) = Fold(quote);
        if (needle.Length == 0) return null;
        int k = keys.IndexOf(needle, StringComparison.Ordinal);
        if (k < 0) return null;
        int start = origin[k], end = origin[k + needle.Length - 1];
        return ToMatch(lines, text, start, end - start + 1);
    }

    private static Match ToMatch(IReadOnlyList<(int Number, string Text)> lines, string text, int start, int length)
    {
        int first = LineIndexAt(text, start), last = LineIndexAt(text, start + length - 1);
        return new Match(lines[first].Number, lines[last].Number, text.Substring(start, length));
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
