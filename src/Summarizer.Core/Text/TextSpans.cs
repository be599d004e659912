using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>Small text measurements the rules share: markers, topics, clauses. All spans index the original text.</summary>
internal static partial class TextSpans
{
    public static bool HasDigit(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('0', '9') >= 0;

    public static bool HasCjk(string text)
    {
        foreach (char c in text)
            if (c is >= '\u4e00' and <= '\u9fff') return true;
        return false;
    }

    /// <summary>Length of the leading list marker(s) and blanks: "- ", "1. ", "1、", "（1）", "① ", "> ", "[ ] ".</summary>
    public static int MarkerLength(string line, out bool isListItem)
    {
        var m = Marker().Match(line);
        isListItem = m.Groups["list"].Success;
        return m.Length;
    }

    /// <summary>Text before a leading "topic：" colon, when short and not a time or an address; <paramref name="restStart"/> is where the rest begins.</summary>
    public static string? Topic(string text, out int restStart)
    {
        restStart = 0;
        var m = TopicPattern().Match(text);
        if (!m.Success) return null;
        restStart = m.Length;
        return m.Groups["topic"].Value.Trim();
    }

    /// <summary>Clauses split at Chinese and English clause punctuation, as (start, length) spans without the punctuation.</summary>
    public static List<(int Start, int Length)> Clauses(string text)
    {
        var spans = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !IsClauseEnd(text, i)) continue;
            int s = start, e = i;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) spans.Add((s, e - s));
            start = i + 1;
        }
        return spans;
    }

    /// <summary>The clause span that contains <paramref name="index"/>.</summary>
    public static (int Start, int Length) ClauseAt(string text, int index)
    {
        foreach (var c in Clauses(text))
            if (index >= c.Start && index < c.Start + c.Length) return c;
        return (0, text.Length);
    }

    private static bool IsClauseEnd(string text, int i) => text[i] switch
    {
        '，' or '；' or '。' or '！' or '？' or ';' or '!' or '?' or '|' => true,
        // ',' and '.' end a clause only when not inside a number (1,234 / 99.9) and, for '.', followed by a blank or the end.
        ',' => !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])),
        '.' => i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    /// <summary>The text without Markdown emphasis markers ("**完成权限模块重构**" → 完成权限模块重构), for a summary.</summary>
    public static string WithoutEmphasis(string text) =>
        text.Contains("**", StringComparison.Ordinal) || text.Contains("__", StringComparison.Ordinal)
            ? text.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal) : text;

    /// <summary>Strips trailing sentence punctuation for a summary.</summary>
    public static string TrimEndPunctuation(string text) => text.TrimEnd(SentenceEnd);

    // One array for every call: a params list would allocate a new one each time, on the hottest path of the rules.
    private static readonly char[] SentenceEnd = [' ', '\t', '。', '.', '；', ';', '，', ',', '：', ':'];

    [GeneratedRegex(@"^\s*(?:(?<list>[-*+•·▪◦]\s+|\d{1,3}(?:[、)）]|\.(?!\d))\s*|[（(]\d{1,3}[)）]\s*|[①-⑳]\s*|[a-zA-Z][.)]\s+)|>\s*|\[[ xX]\]\s+)*")]
    private static partial Regex Marker();

    // A topic is up to 24 characters without clause punctuation, before '：' or a ':' that is not part of a time or URL.
    [GeneratedRegex(@"^(?<topic>[^，,。；;：:|]{1,24}?)\s*(?:：|:(?!//)(?!\d{2}))\s*")]
    private static partial Regex TopicPattern();
}
