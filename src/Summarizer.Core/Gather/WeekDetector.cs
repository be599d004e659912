using System.Globalization;
using System.Text.RegularExpressions;

using Summarizer.Extraction.Offline;
using Summarizer.Text;

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

    /// <summary>The date of a <c>Created:</c> line, read like every other date in a report; only a written year counts.</summary>
    private static DateOnly? CreatedDate(string line)
    {
        var m = CreatedPattern().Match(line);
        if (!m.Success || DateTextParser.First(m.Groups["d"].Value) is not { Year: { } y } d) return null;
        return d.Day <= DateTime.DaysInMonth(y, d.Month) ? new DateOnly(y, d.Month, d.Day) : null;
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
}
