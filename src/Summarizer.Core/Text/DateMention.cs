using System.Globalization;

namespace Summarizer.Text;

/// <summary>A calendar date written in report text, where it stands, and whether its year was written.</summary>
/// <param name="Loose">A slash date without two-digit parts ("3/5"), which may as well be a fraction.</param>
internal readonly record struct DateMention(int Index, int Length, int? Year, int Month, int Day, bool Loose = false)
{
    public int End => Index + Length;

    /// <summary>The date with the written year, else the year that puts it nearest the report's week; null when neither is known.</summary>
    public DateOnly? Resolve(IsoWeek? week)
    {
        if (Year is { } y) return TryDate(y, Month, Day);
        if (week is not { } w) return null;
        var monday = w.Monday;
        DateOnly? best = null;
        foreach (int candidate in (int[])[monday.Year - 1, monday.Year, monday.Year + 1])
        {
            if (TryDate(candidate, Month, Day) is not { } d) continue;
            if (best is null || Math.Abs(d.DayNumber - monday.DayNumber) < Math.Abs(best.Value.DayNumber - monday.DayNumber)) best = d;
        }
        return best;
    }

    /// <summary>
    /// A deadline's date: the written year, else the first such day from two weeks before the report's Monday on. A
    /// deadline points forward ("7月8日前批准" written in November is next July), while a day of the last two weeks
    /// stays in the past: that deadline is genuinely overdue. Null when neither year nor week is known.
    /// </summary>
    public DateOnly? ResolveAhead(IsoWeek? week)
    {
        if (Year is { } y) return TryDate(y, Month, Day);
        if (week is not { } w) return null;
        var earliest = w.Monday.AddDays(-PastDeadlineDays);
        foreach (int candidate in (int[])[earliest.Year, earliest.Year + 1, earliest.Year + 4])
            if (TryDate(candidate, Month, Day) is { } d && d >= earliest) return d;
        return null;
    }

    /// <summary>How far before the report's Monday a deadline without a year still reads as past (overdue), in days.</summary>
    public const int PastDeadlineDays = 14;

    /// <summary><c>yyyy-MM-dd</c> when the year is known, else the text as written.</summary>
    public string Normalize(string text, IsoWeek? week) =>
        Resolve(week) is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : text.Substring(Index, Length);

    private static DateOnly? TryDate(int year, int month, int day) =>
        month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
}

/// <summary>
/// A month written without a day ("7月", "July 2025"), or a quarter ("Q3", "三季度": <see cref="Month"/> is its last
/// month, <see cref="Quarter"/> true), where it stands, and whether its year was written.
/// </summary>
internal readonly record struct MonthMention(int Index, int Length, int? Year, int Month, bool Quarter = false)
{
    public int End => Index + Length;

    /// <summary>
    /// The month's last day: in the written year, else in the first such month from the report's week on (a deadline
    /// points forward: "7月到期" written in June is this July, written in November next July). Null without either.
    /// </summary>
    public DateOnly? EndOfMonth(IsoWeek? week)
    {
        int? year = Year ?? (week is { } w ? (Month < w.Monday.Month ? w.Monday.Year + 1 : w.Monday.Year) : null);
        return year is { } y ? new DateOnly(y, Month, DateTime.DaysInMonth(y, Month)) : null;
    }
}
