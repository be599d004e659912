namespace Summarizer.AI.Digest;

/// <summary>How the prompt names the reports' language (users complain of answers drifting into English).</summary>
internal static class PromptLanguage
{
    public const string Chinese = "Simplified Chinese (简体中文)";
    public const string English = "English";

    public static string Of(IEnumerable<string> texts) => ReportLanguage.IsMostlyChinese(texts) ? Chinese : English;
}
