using System.Text;
using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.History;

/// <summary>
/// What a milestone is called across weeks: its text with the dates and the planning words taken out
/// ("计划12月18日上线支付网关" → "上线支付网关", "Target go-live: Dec 18" → "go-live"), so the same milestone matches
/// whatever date a week gives it. Dates themselves travel on the items' <see cref="DelayFacts"/>, never from here.
/// </summary>
public static partial class MilestoneName
{
    /// <summary>The name to show: dates, a leading planning word and trailing punctuation removed; empty when nothing is left.</summary>
    public static string Display(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var folded = text.Normalize(NormalizationForm.FormKC); // "２０２４－０７－１５" reads like 2024-07-15
        var sb = new StringBuilder(folded.Length);
        int at = 0;
        foreach (var d in DateTextParser.Find(folded))
        {
            sb.Append(folded, at, d.Index - at).Append(' ');
            at = d.End;
        }
        var name = Spaces().Replace(sb.Append(folded, at, folded.Length - at).ToString(), " ").Trim();
        name = Leading().Replace(name, "");
        return name.Trim(' ', ',', '，', ':', '：', '(', ')', '（', '）', '-', '.', '。', ';', '；');
    }

    /// <summary>The matching key: <see cref="Display"/> normalised by <see cref="TextKey.Normalize"/>.</summary>
    public static string Key(string? text) => TextKey.Normalize(Display(text));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    // "计划 上线支付网关", "预计于 完成", "Target go-live:", "Planned for": the planning words say when, not what.
    [GeneratedRegex(@"^(?:原计划|原定|计划|预计|拟|将|目标|(?:the\s+)?(?:target(?:ed)?|planned|scheduled|ETA|due)(?![A-Za-z]))\s*(?:于|在|(?:for|on|by)(?![A-Za-z]))?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();
}
