using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>
/// Blanks out the numbers that are not quantities (dates, times of day, months, versions, addresses, ordinals) with
/// <see cref="Blank"/>, keeping every other character where it was, so metric matches index the original text.
/// </summary>
internal static partial class NumberMask
{
    public const char Blank = '¤';

    public static string Apply(string text)
    {
        var chars = text.ToCharArray();
        if (text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.Ordinal) || text.Contains('@'))
            foreach (Match m in Url().Matches(text)) Fill(chars, m.Index, m.Length);
        foreach (var d in DateTextParser.Find(text))
            if (!d.Loose || ClockTime.Find(text, d.End).Any(t => text[d.End..t.Index].Trim().Length == 0))
                Fill(chars, d.Index, d.Length);
        foreach (var t in ClockTime.Find(text)) Fill(chars, t.Index, t.Length);
        foreach (Match m in NotQuantity().Matches(text)) Fill(chars, m.Index, m.Length);
        return new string(chars);
    }

    private static void Fill(char[] chars, int index, int length) => Array.Fill(chars, Blank, index, length);

    [GeneratedRegex(@"(?:https?|ftp)://\S+|www\.\S+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")]
    private static partial Regex Url();

    // Months, days, years, ordinals (第3), versions (1.2版本, 2.0.1), phases, levels. Codes glued to letters (v1.1, P0, M6, W26)
    // need no mask: a quantity never starts right after a letter.
    [GeneratedRegex(@"\d{1,2}\s*(?:-\s*\d{1,2}\s*)?(?:月(?:份|初|底|末|中旬|上旬|下旬)?|[日号](?!常))|(?:19|20)\d{2}\s*年|第\s*\d+|\d+(?:\.\d+){2,}|\d+(?:\.\d+)?(?=\s*(?:版|期|阶段|季度|号线|楼|周年|级(?=[^\d.]|$)))|(?:19|20)\d{2}(?=\s*(?:年|-?W\d))|\d+(?=\s*(?:周|天|日|个月|年)(?!均))")]
    private static partial Regex NotQuantity();
}
