using System.Text;
using Summarizer.Extraction.Offline;
using Summarizer.Text;

namespace Summarizer.History;

/// <summary>
/// A planned date in plan or delay text, read by the same date reader the offline rules use (2024-07-15,
/// 2024年7月15日, 7月15日, 7/15, Jul 15), so history and extraction agree on what a date is.
/// </summary>
public static class PlannedDate
{
    /// <summary>The last date in the text (the new date of "moved from X to Y"); a date without year takes <paramref name="year"/>.</summary>
    public static DateOnly? Find(string? text, int year)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        DateOnly? last = null;
        foreach (var d in DateTextParser.Find(Fold(text)))
        {
            int y = d.Year ?? year;
            if (d.Day <= DateTime.DaysInMonth(y, d.Month)) last = new DateOnly(y, d.Month, d.Day);
        }
        return last;
    }

    /// <summary>The text with its dates taken out, for matching the same milestone across weeks.</summary>
    public static string WithoutDates(string text)
    {
        var folded = Fold(text);
        var sb = new StringBuilder(folded.Length);
        int at = 0;
        foreach (var d in DateTextParser.Find(folded))
        {
            sb.Append(folded, at, d.Index - at).Append(' ');
            at = d.End;
        }
        return sb.Append(folded, at, folded.Length - at).ToString();
    }

    // Full-width digits and separators ("２０２４－０７－１５") read like their ASCII forms.
    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC);
}
