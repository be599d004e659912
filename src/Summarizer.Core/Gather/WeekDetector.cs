using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.Gather;

/// <summary>Finds the ISO week a report is about: from a folder name, front matter, or the first lines of its text.</summary>
public static partial class WeekDetector
{
    /// <summary>Only the top of a report names its week; later dates are deadlines and incidents.</summary>
    private const int LinesScanned = 30;

    public static IsoWeek? FromFolderName(string name) => IsoWeek.TryParse(name, out var w) ? w : null;

    /// <summary>An explicit week (<c>2024-W26</c>, <c>Week 26, 2024</c>, <c>2024年第26周</c>) wins over a <c>Created:</c> date.</summary>
    public static IsoWeek? FromText(IReadOnlyList<string> lines)
    {
        var top = lines.Take(LinesScanned).ToList();
        foreach (var line in top)
            if (Explicit(line) is { } w) return w;
        foreach (var line in top)
            if (CreatedDate(line) is { } d) return IsoWeek.FromDate(d);
        return null;
    }

    private static IsoWeek? Explicit(string line)
    {
        var m = IsoPattern().Match(line);
        if (m.Success && Make(m.Groups["y"].Value, m.Groups["w"].Value) is { } iso) return iso;
        m = EnglishPattern().Match(line);
        if (m.Success && Make(m.Groups["y"].Value, m.Groups["w"].Value) is { } en) return en;
        m = ChinesePattern().Match(line);
        if (m.Success && Make(m.Groups["y"].Value, m.Groups["w"].Value) is { } zh) return zh;
        return null;
    }

    private static IsoWeek? Make(string year, string week) =>
        IsoWeek.TryParse($"{year}-W{int.Parse(week, CultureInfo.InvariantCulture):D2}", out var w) ? w : null;

    private static DateOnly? CreatedDate(string line)
    {
        var m = CreatedPattern().Match(line);
        if (!m.Success) return null;
        var value = m.Groups["d"].Value.Trim();
        var zh = ChineseDatePattern().Match(value);
        if (zh.Success)
        {
            int y = int.Parse(zh.Groups[1].Value, CultureInfo.InvariantCulture), mo = int.Parse(zh.Groups[2].Value, CultureInfo.InvariantCulture),
                d = int.Parse(zh.Groups[3].Value, CultureInfo.InvariantCulture);
            return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
        }
        string[] formats = ["MMMM d, yyyy", "MMM d, yyyy", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "d MMMM yyyy", "MMMM d yyyy"];
        foreach (var candidate in new[] { value, LeadingDate().Match(value).Value })
            if (DateOnly.TryParseExact(candidate.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var date))
                return date;
        return null;
    }

    [GeneratedRegex(@"(?<!\d)(?<y>20\d{2})-?W(?<w>\d{1,2})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex IsoPattern();

    [GeneratedRegex(@"\bWeek\s+(?<w>\d{1,2}),?\s+(?<y>20\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishPattern();

    [GeneratedRegex(@"(?<y>20\d{2})\s*年\s*第\s*(?<w>\d{1,2})\s*周")]
    private static partial Regex ChinesePattern();

    /// <summary><c>Created: …</c>, or the <c>| Created | … |</c> property row of a Notion HTML export.</summary>
    [GeneratedRegex(@"^\W*(?:Created|Date|创建时间|日期)\s*[:：]\s*(?<d>.+)$|^\|\s*(?:Created|Date|创建时间|日期)\s*\|\s*(?<d>[^|]+)\|", RegexOptions.IgnoreCase)]
    private static partial Regex CreatedPattern();

    [GeneratedRegex(@"(20\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")]
    private static partial Regex ChineseDatePattern();

    /// <summary>"June 29, 2024 9:21 AM" → "June 29, 2024": the date before a time.</summary>
    [GeneratedRegex(@"^[A-Za-z]+\.?\s+\d{1,2},?\s+\d{4}|^\d{4}[-/]\d{1,2}[-/]\d{1,2}")]
    private static partial Regex LeadingDate();
}
