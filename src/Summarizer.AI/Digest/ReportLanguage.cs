namespace Summarizer.AI.Digest;

/// <summary>The language the digest is written in: the reports' own (users complain of answers drifting into English).</summary>
internal static class ReportLanguage
{
    public const string Chinese = "Simplified Chinese (简体中文)";
    public const string English = "English";

    public static string Of(IEnumerable<string> texts)
    {
        long cjk = 0, letters = 0;
        foreach (var c in texts.SelectMany(t => t))
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf') cjk++;
            else if (char.IsLetter(c)) letters++;
        }
        // A Chinese character carries about as much as an English word of ~4 letters.
        return cjk * 4 >= letters ? Chinese : English;
    }
}
