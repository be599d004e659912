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
            if (!d.Loose || ClockTime.Find(text, d.End).Any(t => text[d.End..t.Index].Trim().Length == 0) || IsDateByContext(text, d))
                Fill(chars, d.Index, d.Length);
        foreach (var t in ClockTime.Find(text)) Fill(chars, t.Index, t.Length);
        foreach (Match m in NotQuantity().Matches(text)) Fill(chars, m.Index, m.Length);
        return new string(chars);
    }

    /// <summary>
    /// A slash date that may be a fraction ("4/28") is a date when a date word leads it ("于 4/28", "on 5/3", "截至 6/30",
    /// "原定 4/8", "推迟到 6/16", "Tue 5/5", "pushed to the 6/19"), a date suffix follows it ("5/1 前", "4/28 上线", "11/3 提审",
    /// "6/19 window") or it is one end of a range ("5/1–5/3", "5/5-5/9"). A ratio has none of these ("通过 312/486").
    /// </summary>
    private static bool IsDateByContext(string text, DateMention d) =>
        DateBefore().Match(text, 0, d.Index).Success || DateAfter().IsMatch(text, d.End);

    [GeneratedRegex(@"(?:于|在|截至|截止|从|自|原定|原计划|定于|预计|推迟到|推到|延到|延至|改到|改至|调到|调整到|顺延到|顺延至|用到|到|至|提审|审核|周[一二三四五六日天]|星期[一二三四五六日天]|(?<![A-Za-z])(?:on|by|due|until|till|since|from|to(?:\s+the)?|before|after|start(?:s|ing)?|expected|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)|\d\s*[-–—~至到])\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex DateBefore();

    [GeneratedRegex(@"\G\s*(?:前|之前|以前|后|以后|起|上线|发布|开始|截止|到期|提测|提审|提交|被拒|开跑|割接|交付|投产|发薪|(?<![A-Za-z])(?:window|release|deadline|cut-?over)(?![A-Za-z])|[（(]\s*(?:周|星期)|[-–—~至到]\s*\d{1,2}/\d{1,2}(?![\d/]))")]
    private static partial Regex DateAfter();

    private static void Fill(char[] chars, int index, int length) => Array.Fill(chars, Blank, index, length);

    [GeneratedRegex(@"(?:https?|ftp)://\S+|www\.\S+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")]
    private static partial Regex Url();

    // Months, days, years, ordinals (第3), versions (1.2版本, 2.0.1), phases, levels. Codes glued to letters (v1.1, P0, M6, W26)
    // need no mask: a quantity never starts right after a letter.
    [GeneratedRegex(@"\d{1,2}\s*(?:-\s*\d{1,2}\s*)?(?:月(?:份|初|底|末|中旬|上旬|下旬)?|[日号](?!常))|(?:19|20)\d{2}\s*年|第\s*\d+|\d+(?:\.\d+){2,}|\d+(?:\.\d+)?(?=\s*(?:版|期|阶段|季度|号线|楼|周年|级(?=[^\d.]|$)))|(?:19|20)\d{2}(?=\s*(?:年|-?W\d))|\d+(?=\s*(?:周|天|日|个月|年)(?!均))|\d+(?=\s*个?(?:工作日|自然日|交易日)|\s*(?:working|business|calendar)\s+days?)")]
    private static partial Regex NotQuantity();
}
