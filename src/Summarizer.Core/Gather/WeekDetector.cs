using System.Globalization;
using System.Text.RegularExpressions;

using Summarizer.Extraction.Offline;
using Summarizer.Text;

namespace Summarizer.Gather;

/// <summary>
/// Finds the ISO week a report is about: from a folder name, front matter, or the first lines of its text. The one
/// owner of "which week does this report say it is": the folder gatherer, the mailbox and the upload warning use it.
/// </summary>
public static partial class WeekDetector
{
    /// <summary>Only the top of a report names its week; later dates are deadlines and incidents.</summary>
    private const int LinesScanned = 30;

    public static IsoWeek? FromFolderName(string name) => IsoWeek.TryParse(name, out var w) ? w : null;

    /// <summary>The week a report's front matter names (<c>week: 2024-W26</c>), else <see cref="FromText"/>.</summary>
    public static IsoWeek? FromReport(IReadOnlyList<string> lines, IsoWeek? near = null) =>
        IsoWeek.TryParse(FrontMatter.Find(lines)?["week"], out var w) ? w : FromText(lines, near);

    /// <summary>
    /// An explicit week (<c>2024-W26</c>, <c>Week 26, 2024</c>, <c>2024年第26周</c>) wins; then, on the title or a
    /// heading, a week without its year (<c>第44周</c>, <c>Week 44</c>) or the date range of one week
    /// (<c>2024-10-28 ~ 2024-11-03</c>, <c>10月28日-11月1日</c>), read in the year nearest <paramref name="near"/> when the
    /// text gives none (without <paramref name="near"/> these are not read); last a <c>Created:</c> date.
    /// </summary>
    public static IsoWeek? FromText(IReadOnlyList<string> lines, IsoWeek? near = null)
    {
        var top = lines.Take(LinesScanned).ToList();
        foreach (var line in top)
            if (Explicit(line) is { } w) return w;
        var titles = top.Where(l => l.TrimStart().StartsWith('#')).Prepend(top.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "");
        foreach (var line in titles)
            if ((YearlessWeek(line, near) ?? DateRange(line, near)) is { } named) return named;
        foreach (var line in top)
            if (CreatedDate(line) is { } d) return IsoWeek.FromDate(d);
        return null;
    }

    /// <summary><c>第44周</c> or <c>Week 44</c> without a year: the week of that number nearest <paramref name="near"/>.</summary>
    private static IsoWeek? YearlessWeek(string line, IsoWeek? near)
    {
        if (near is not { } n) return null;
        var m = YearlessPattern().Match(line);
        if (!m.Success) return null;
        var number = int.Parse(m.Groups["w"].Success ? m.Groups["w"].Value : m.Groups["e"].Value, CultureInfo.InvariantCulture);
        return new[] { n.Year - 1, n.Year, n.Year + 1 }
            .Select(y => Make(y.ToString(CultureInfo.InvariantCulture), number.ToString(CultureInfo.InvariantCulture)))
            .Where(w => w is not null).Select(w => w!.Value)
            .OrderBy(w => Math.Abs(w.Monday.DayNumber - n.Monday.DayNumber)).Cast<IsoWeek?>().FirstOrDefault();
    }

    /// <summary>Two dates at most six days apart in one ISO week (a week's span): that week.</summary>
    private static IsoWeek? DateRange(string line, IsoWeek? near)
    {
        var dates = DateTextParser.Find(line).Take(3).ToList();
        if (dates.Count != 2) return null;
        if (Dated(dates[0], dates[1].Year ?? near?.Monday.Year) is not { } from || Dated(dates[1], dates[0].Year ?? near?.Monday.Year) is not { } to) return null;
        if (to.DayNumber - from.DayNumber is < 1 or > 6) return null;
        var week = IsoWeek.FromDate(from);
        return IsoWeek.FromDate(to) == week ? week : null;
    }

    private static DateOnly? Dated(DateMention d, int? fallbackYear) =>
        (d.Year ?? fallbackYear) is { } y && d.Day <= DateTime.DaysInMonth(y, d.Month) ? new DateOnly(y, d.Month, d.Day) : null;

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

    [GeneratedRegex(@"(?<![\d年])\s*第\s*(?<w>\d{1,2})\s*周|\bWeek\s+(?<e>\d{1,2})\b(?!\s*,?\s*20\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex YearlessPattern();

    /// <summary><c>Created: …</c>, or the <c>| Created | … |</c> property row of a Notion HTML export.</summary>
    [GeneratedRegex(@"^\W*(?:Created|Date|创建时间|日期)\s*[:：]\s*(?<d>.+)$|^\|\s*(?:Created|Date|创建时间|日期)\s*\|\s*(?<d>[^|]+)\|", RegexOptions.IgnoreCase)]
    private static partial Regex CreatedPattern();
}
