using System.Text;

namespace Summarizer.AI.Text;

/// <summary>
/// Finds a model's quote in section text: exactly, else ignoring whitespace (models re-wrap lines). Returns the
/// verbatim span of the section so the verifier can anchor it to lines.
/// </summary>
internal static class QuoteLocator
{
    /// <summary>Quotes shorter than this (without whitespace) prove nothing.</summary>
    public const int MinimumLength = 2;

    public static string? Locate(string quote, string text) => Find(quote, text) is { } r ? text[r] : null;

    /// <summary>Where the quote is in <paramref name="text"/>, or null.</summary>
    public static Range? Find(string quote, string text)
    {
        var needle = quote.Trim();
        var compactNeedle = Compact(needle);
        if (compactNeedle.Length < MinimumLength) return null;
        int at = text.IndexOf(needle, StringComparison.Ordinal);
        if (at >= 0) return at..(at + needle.Length);

        var (compactText, map) = CompactWithMap(text);
        int c = compactText.IndexOf(compactNeedle, StringComparison.Ordinal);
        if (c < 0) return null;
        return map[c]..(map[c + compactNeedle.Length - 1] + 1);
    }

    private static string Compact(string s) => CompactWithMap(s).Compact;

    private static (string Compact, int[] Map) CompactWithMap(string s)
    {
        var sb = new StringBuilder(s.Length);
        var map = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i])) continue;
            sb.Append(s[i]);
            map.Add(i);
        }
        return (sb.ToString(), map.ToArray());
    }
}
