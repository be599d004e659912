namespace Summarizer.Text;

/// <summary>
/// Finds a quote in section text. Exact first; then ignoring what does not change what the source says: white space,
/// case, full-width forms, Markdown emphasis and code marks (<c>**</c>, <c>__</c>, <c>`</c>, <c>~~</c>), thousands
/// separators (1,386 = 1386), a leading list marker and a closing sentence mark (。.！!) on the quote; last, a table
/// row quoted as its cells (pipes, cell padding and the separators put between cells ignored, the match must span a
/// pipe). A changed word is still not found, so paraphrases are dropped. What is published is always the source's
/// own characters. Both engines and the verifier ground through this one type.
/// </summary>
public static class QuoteLocator
{
    /// <summary>Quotes shorter than this (without white space and marks) prove nothing.</summary>
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
        var core = Core(needle);
        bool closed = needle.Length > 0 && needle[^1] is '。' or '.' or '！' or '!';
        if (FoldedLength(core, table: false) < MinimumLength) return null; // counted, not built: most quotes are found exactly
        int at = text.IndexOf(needle, StringComparison.Ordinal);
        if (at >= 0) return at..(at + needle.Length);
        var (folded, _) = Fold(core, table: false);

        // Fold the text too, remembering where each folded char came from.
        var (keys, origin) = Fold(text, table: false);
        int k = keys.IndexOf(folded, StringComparison.Ordinal);
        if (k >= 0) return Widen(text, origin[k], origin[k + folded.Length - 1] + 1, closed);

        // A table row quoted as its cells: "INC-4821 支付超时 217笔" for "| INC-4821 | 支付超时 | 217笔 |".
        var (cells, _) = Fold(core, table: true);
        if (cells.Length < MinimumLength) return null;
        var (rowKeys, rowOrigin) = Fold(text, table: true);
        for (k = rowKeys.IndexOf(cells, StringComparison.Ordinal); k >= 0; k = rowKeys.IndexOf(cells, k + 1, StringComparison.Ordinal))
        {
            int start = rowOrigin[k], end = rowOrigin[k + cells.Length - 1] + 1;
            if (text.AsSpan(start, end - start).IndexOfAny('|', '｜') >= 0) return Widen(text, start, end, closed);
        }
        return null;
    }

    /// <summary>The quote without a leading list marker and a closing sentence mark, which models add or drop.</summary>
    private static string Core(string needle)
    {
        int marker = TextSpans.MarkerLength(needle, out bool isList);
        var core = isList && marker < needle.Length ? needle[marker..] : needle;
        return core.TrimEnd('。', '.', '！', '!', ' ', '\t');
    }

    /// <summary>A match that starts or ends inside emphasis takes the marks along: "**INC-4821** 支付超时", not "INC-4821** 支付超时".</summary>
    private static Range Widen(string text, int start, int end, bool closed)
    {
        while (start > 0 && IsMark(text, start - 1)) start--;
        while (end < text.Length && IsMark(text, end)) end++;
        // A quote the model ended with a mark of its own ("…done." quoted "…done。" or "…done.。") ends where the source's
        // sentence ends, its own mark included: the published quote, and so the item id, is that of the exact quote.
        if (closed && end < text.Length && IsClosing(text, end))
            for (end++; end < text.Length && IsMark(text, end); end++) { }
        return start..end;
    }

    /// <summary>A sentence's closing mark: 。！! always, "." only at the end of the text or before white space (not "3.7").</summary>
    private static bool IsClosing(string s, int i) => s[i] switch
    {
        '。' or '！' or '!' => true,
        '.' => i + 1 == s.Length || char.IsWhiteSpace(s[i + 1]),
        _ => false,
    };

    /// <summary>Emphasis and code marks: <c>*</c>, <c>`</c>, and <c>_</c>/<c>~</c> when doubled ("__bold__", "~~struck~~"; "a_b" stays).</summary>
    private static bool IsMark(string s, int i) => s[i] switch
    {
        '*' or '`' => true,
        '_' or '~' => (i > 0 && s[i - 1] == s[i]) || (i + 1 < s.Length && s[i + 1] == s[i]),
        _ => false,
    };

    private static int LineIndexAt(string text, int offset)
    {
        int index = 0;
        for (int i = 0; i < offset; i++) if (text[i] == '\n') index++;
        return index;
    }

    /// <summary>
    /// The text folded for comparison, and where each folded char came from. Origin may be longer than Keys (one
    /// buffer, no copy): only positions of Keys index it.
    /// </summary>
    private static (string Keys, int[] Origin) Fold(string s, bool table)
    {
        Span<char> keys = s.Length <= 512 ? stackalloc char[s.Length] : new char[s.Length];
        var origin = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!IsKept(s, i, table, out char c)) continue;
            keys[n] = char.ToLowerInvariant(c);
            origin[n++] = i;
        }
        return (new string(keys[..n]), origin);
    }

    /// <summary>The length of <see cref="Fold"/>'s keys, without building them.</summary>
    private static int FoldedLength(string s, bool table)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++) if (IsKept(s, i, table, out _)) n++;
        return n;
    }

    /// <summary>False for what folding drops: white space, marks, thousands separators, and in a table the cell separators.</summary>
    private static bool IsKept(string s, int i, bool table, out char c)
    {
        c = Plain(s[i]);
        return !(char.IsWhiteSpace(c) || Skipped(s, i, c) || (table && IsCellSeparator(c)));
    }

    /// <summary>Full-width ASCII forms as ASCII.</summary>
    private static char Plain(char c) => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;

    /// <summary>Emphasis and code marks, and a thousands separator (a comma between a digit and exactly three digits).</summary>
    private static bool Skipped(string s, int i, char c) =>
        IsMark(s, i) || (c == ',' && i > 0 && char.IsAsciiDigit(Plain(s[i - 1])) && IsThreeDigits(s, i + 1));

    private static bool IsThreeDigits(string s, int from)
    {
        for (int j = from; j < from + 3; j++)
            if (j >= s.Length || !char.IsAsciiDigit(Plain(s[j]))) return false;
        return from + 3 == s.Length || !char.IsAsciiDigit(Plain(s[from + 3]));
    }

    /// <summary>What a model puts between the cells of a row it quotes, and the pipes it leaves out.</summary>
    private static bool IsCellSeparator(char c) => c is '|' or '｜' or ',' or '，' or '、' or ';' or '；' or '/' or '-' or '—' or ':' or '：';
}
