using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>Finds calendar dates in Chinese and English report text: 2024-06-28, 2024年6月29日, 7月9日, 06/24, 08/21/24 (US month/day/year), Jun 28, 28 Jun 2024.</summary>
internal static partial class DateTextParser
{
    /// <summary>The date pattern as a fragment other rules embed (one capture-free alternation).</summary>
    private const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])";

    public const string Fragment =
        @"(?:(?:19|20)\d{2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|(?:(?:19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号]?" +
        @"|\d{1,2}/\d{1,2}/(?:(?:19|20)\d{2}|\d{2})(?![\d/])|\d{1,2}/\d{1,2}(?![\d/])|" + Month + @"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{2})?" +
        @"|\d{1,2}\s+" + Month + @"\.?(?:,?\s+(?:19|20)\d{2})?)";

    /// <summary>
    /// A day named by its week ("本周五", "这周三", "下周二", "下个星期一"), as a fragment other rules embed. It means a day
    /// only against the report's week: <see cref="RelativeDay"/> resolves it.
    /// </summary>
    public const string RelativeDayFragment = @"(?:本|这|下个?)(?:周|星期|礼拜)[一二三四五六日天]";

    /// <summary>
    /// "本周五" / "这周五" as the Friday of the report's week, "下周三" as the Wednesday after it (日 and 天 are Sunday); null
    /// when the text is no such day or no week is known.
    /// </summary>
    public static DateOnly? RelativeDay(string written, IsoWeek? week)
    {
        var t = written.Trim();
        if (week is not { } w || t.Length < 3 || !RelativeDayPattern().IsMatch(t)) return null;
        int day = Math.Min("一二三四五六日天".IndexOf(t[^1], StringComparison.Ordinal), 6);
        return w.Monday.AddDays((t[0] == '下' ? 7 : 0) + day);
    }

    /// <summary>True when <paramref name="text"/> names the day <paramref name="isoDay"/> (yyyy-MM-dd) by its week ("本周五", "下周三") in <paramref name="week"/>.</summary>
    public static bool NamesWeekDay(string text, string? isoDay, IsoWeek? week)
    {
        if (isoDay is null || week is null || !text.Contains('周') && !text.Contains("星期", StringComparison.Ordinal)) return false;
        for (var m = RelativeDayFind().Match(text); m.Success; m = m.NextMatch())
            if (RelativeDay(m.Value, week) is { } day && day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == isoDay) return true;
        return false;
    }

    [GeneratedRegex(RelativeDayFragment)]
    private static partial Regex RelativeDayFind();

    [GeneratedRegex("^" + RelativeDayFragment + "$")]
    private static partial Regex RelativeDayPattern();

    public static IEnumerable<DateMention> Find(string text, int start = 0, int length = -1)
    {
        if (length < 0) length = text.Length - start;
        if (!TextSpans.HasDigit(text.AsSpan(start, length))) yield break; // every written date has a digit
        for (var m = Pattern().Match(text, start, length); m.Success; m = m.NextMatch())
            if (FromMatch(m) is { } date) yield return date;
    }

    public static DateMention? First(string text, int start = 0, int length = -1)
    {
        // Find's own loop, stopping at the first date: no iterator or LINQ objects for a call made on most lines.
        if (length < 0) length = text.Length - start;
        if (!TextSpans.HasDigit(text.AsSpan(start, length))) return null;
        for (var m = Pattern().Match(text, start, length); m.Success; m = m.NextMatch())
            if (FromMatch(m) is { } date) return date;
        return null;
    }

    /// <summary>
    /// Months written without a day: "7月", "2025年7月", "July", "Jul 2025" (never "7月9日", "July 9" or "9 July",
    /// which <see cref="Find"/> reads), and quarters: "Q3", "2025 Q3", "三季度", "第3季度". An English month counts only
    /// capitalised, so "may" the verb is no month.
    /// </summary>
    public static IEnumerable<MonthMention> FindMonths(string text)
    {
        for (var m = MonthPattern().Match(text); m.Success; m = m.NextMatch())
        {
            int? year = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : null;
            if (m.Groups["q"].Success)
            {
                yield return new MonthMention(m.Index, m.Length, year, 3 * ("1234一二三四".IndexOf(m.Groups["q"].Value[0]) % 4 + 1), Quarter: true);
                continue;
            }
            int month = m.Groups["mon"].Success ? MonthOf(m.Groups["mon"].Value) : Int(m.Groups["m"].Value);
            if (month is >= 1 and <= 12) yield return new MonthMention(m.Index, m.Length, year, month);
        }
    }

    private static DateMention? FromMatch(Match m)
    {
        int? year = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : null;
        if (year < 100) year += 2000; // "08/21/24"
        int month = m.Groups["mon"].Success ? MonthOf(m.Groups["mon"].Value) : Int(m.Groups["m"].Value);
        int day = Int(m.Groups["d"].Value);
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;
        bool loose = m.Groups["slash"].Success && (m.Groups["m"].Length < 2 || m.Groups["d"].Length < 2);
        return new DateMention(m.Index, m.Length, year, month, day, loose);
    }

    private static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);

    private static int MonthOf(string name) =>
        Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], name[..3].ToLowerInvariant()) + 1;

    [GeneratedRegex(
        @"(?<![\d.A-Za-z])(?:(?<y>(?:19|20)\d{2})\s*年\s*)?(?<m>\d{1,2})\s*月(?!\s*\d)" +
        @"|(?<![A-Za-z]|\d\s{0,3})(?<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z]))\.?(?!\s*\d{1,2}(?![\d:]))(?:,?\s+(?<y>(?:19|20)\d{2}))?" +
        @"|(?<![A-Za-z0-9])(?:(?<y>(?:19|20)\d{2})\s*年?\s*)?Q(?<q>[1-4])(?![A-Za-z0-9])(?:\s+(?<y>(?:19|20)\d{2}))?" +
        @"|(?:(?<y>(?:19|20)\d{2})\s*年\s*)?第?(?<q>[一二三四1-4])季度",
        RegexOptions.ExplicitCapture)]
    private static partial Regex MonthPattern();

    // A digit glued to letters is a code, never a day or month: "Sev1 Nov 23" is Nov 23, "P1 7/9" is Jul 9, "v2 10月" no date.
    [GeneratedRegex(
        @"(?<![\d.A-Za-z])(?<y>(?:19|20)\d{2})\s*[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})(?!\d)" +
        @"|(?<![\d.A-Za-z])(?:(?<y>(?:19|20)\d{2})\s*年\s*)?(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})(?!\d)\s*[日号]?" +
        @"|(?<![\d/.A-Za-z])(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>(?:19|20)\d{2}|\d{2})(?![\d/]|\.\d)" +
        @"|(?<![\d/.A-Za-z])(?<slash>(?<m>\d{1,2})/(?<d>\d{1,2}))(?![\d/]|\.\d)" +
        @"|(?<![A-Za-z])(?<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z]))\.?\s+(?<d>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?<y>(?:19|20)\d{2}))?" +
        @"|(?<![\d.A-Za-z])(?<d>\d{1,2})\s+(?<mon>(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z]))\.?(?:,?\s+(?<y>(?:19|20)\d{2}))?",
        RegexOptions.ExplicitCapture)]
    private static partial Regex Pattern();
}
