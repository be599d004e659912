using System.Globalization;

namespace Summarizer;

/// <summary>Which language the reports are written in: digests and change notes follow it.</summary>
public static class ReportLanguage
{
    public static bool IsMostlyChinese(IEnumerable<string> texts)
    {
        int cjk = 0, letters = 0;
        foreach (var t in texts)
            foreach (var c in t)
            {
                if (!char.IsLetter(c)) continue;
                letters++;
                if (char.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter && c >= '\u3040' && c <= '\u9FFF') cjk++;
            }
        // CJK text carries far fewer letters per idea than English, so a third is already "mostly".
        return letters > 0 && cjk * 3 >= letters;
    }
}
