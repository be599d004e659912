using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer;

/// <summary>An ISO-8601 week such as <c>2024-W26</c>; the unit a digest covers.</summary>
public readonly partial record struct IsoWeek(int Year, int Week) : IComparable<IsoWeek>
{
    public static IsoWeek FromDate(DateOnly date) =>
        new(ISOWeek.GetYear(date.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue)));

    /// <summary>Monday of this week.</summary>
    public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

    public IsoWeek Previous => FromDate(Monday.AddDays(-7));
    public IsoWeek Next => FromDate(Monday.AddDays(7));

    /// <summary>Earliest and latest year accepted: four digits, with a week before and after that a date can hold.</summary>
    public const int MinYear = 1000, MaxYear = 9998;

    /// <summary>
    /// <c>2024-W26</c>, <c>2024W26</c> or <c>2024-w26</c>, ASCII digits only (a fullwidth or Arabic-Indic digit is not
    /// a week), years <see cref="MinYear"/>–<see cref="MaxYear"/>, weeks that year has. Never throws.
    /// </summary>
    public static bool TryParse(string? text, out IsoWeek week)
    {
        week = default;
        if (text is null) return false;
        var m = Pattern().Match(text.Trim());
        if (!m.Success) return false;
        int year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        int w = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear || w < 1 || w > ISOWeek.GetWeeksInYear(year)) return false;
        week = new IsoWeek(year, w);
        return true;
    }

    public static IsoWeek Parse(string text) =>
        TryParse(text, out var w) ? w : throw new FormatException($"'{text}' is not an ISO week; write it as YYYY-Www, e.g. 2024-W26.");

    public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

    public override string ToString() => $"{Year:D4}-W{Week:D2}";

    // [0-9], not \d: \d matches every Unicode digit, which int.Parse then refuses.
    [GeneratedRegex(@"^([0-9]{4})-?W([0-9]{1,2})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
