using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Digest.Html;

/// <summary>One piece of a text: <see cref="Keep"/> when it must stay on one line (an amount, a date, a duration, a percentage).</summary>
public readonly record struct TextRun(string Text, bool Keep);

/// <summary>
/// Splits digest text so amounts (<c>$44,800</c>, <c>¥128万</c>, <c>36万元</c>), dates (<c>2024-07-12 09:56</c>, <c>7月12日</c>,
/// <c>Jul 12</c>), durations (<c>42 min</c>, <c>3小时</c>) and percentages (<c>+15.6%</c>) become unbreakable spans: a phone
/// never shows "¥128" on one line and "万" on the next.
/// </summary>
public static partial class TextRuns
{
    public static IReadOnlyList<TextRun> Split(string text)
    {
        var runs = new List<TextRun>();
        int at = 0;
        foreach (Match m in Unbroken().Matches(text))
        {
            if (m.Index > at) runs.Add(new TextRun(text[at..m.Index], false));
            runs.Add(new TextRun(m.Value, true));
            at = m.Index + m.Length;
        }
        if (at < text.Length) runs.Add(new TextRun(text[at..], false));
        return runs;
    }

    private const string Figure = @"\d[\d,]*(?:\.\d+)?";

    [GeneratedRegex(
        @"[+\-−]?[$¥￥€£]\s?" + Figure + @"(?:\s?(?:万|亿|千|[kKMB](?![A-Za-z])|mn|bn))?" +
        @"|[+\-−]?" + Figure + @"\s?(?:万|亿)?(?:元|美元|人民币)" +
        @"|(?:" + DateTextParser.Fragment + @")(?:\s+\d{1,2}:\d{2})?" +
        @"|" + Figure + @"\s?(?:分钟|小时|秒|天|周|(?:min(?:ute)?s?|h(?:ours?)?|hrs?|days?|weeks?|ms|s)(?![A-Za-z]))" +
        @"|[+\-−]?" + Figure + @"\s?%",
        RegexOptions.IgnoreCase)]
    private static partial Regex Unbroken();
}
