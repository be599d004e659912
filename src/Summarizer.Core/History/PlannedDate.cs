using System.Globalization;
using System.Text.RegularExpressions;

namespace Summarizer.History;

/// <summary>Finds a planned date in plan or delay text: 2024-07-15, 2024/7/15, 2024年7月15日, 7月15日, 7/15.</summary>
public static partial class PlannedDate
{
    /// <summary>The last date in the text (the new date of "moved from X to Y"); a date without year takes <paramref name="year"/>.</summary>
    public static DateOnly? Find(string? text, int year)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var folded = text.Normalize(System.Text.NormalizationForm.FormKC);
        DateOnly? last = null;
        foreach (Match m in Pattern().Matches(folded))
        {
            int y = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : year;
            int mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)) last = new DateOnly(y, mo, d);
        }
        return last;
    }

    /// <summary>The text with its dates taken out, for matching the same milestone across weeks.</summary>
    public static string WithoutDates(string text) => Pattern().Replace(text.Normalize(System.Text.NormalizationForm.FormKC), " ");

    // Without a year only "/" and "月" separate month and day, so "3.5s" or "v2.1" are no dates.
    [GeneratedRegex(@"(?<!\d)(?:(?<y>20\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})|(?<m>\d{1,2})\s*(?:/|月)\s*(?<d>\d{1,2}))(?:\s*[日号])?(?!\d)")]
    private static partial Regex Pattern();
}
