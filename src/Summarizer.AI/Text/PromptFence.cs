using System.Text.RegularExpressions;

namespace Summarizer.AI.Text;

/// <summary>
/// Keeps report text inside its fence. SK encodes template variables, so report text cannot add chat messages,
/// but the model still reads it decoded: a report line <c>&lt;/report_sections&gt;</c> would look like the end of
/// the data. Tags that look like our fences or chat markup get a look-alike bracket (‹), one char for one, so
/// positions in the fenced text are positions in the report text.
/// </summary>
internal static partial class PromptFence
{
    public const char Bracket = '‹';

    public static string Neutralize(string text) => FenceTag().Replace(XmlSafe(text), m => Bracket + m.Value[1..]);

    /// <summary>Attribute values (team, heading path) go between double quotes: keep them single-line and unquoted.</summary>
    public static string Attribute(string value) =>
        Neutralize(value).Replace('"', '\'').Replace('\r', ' ').Replace('\n', ' ');

    /// <summary>
    /// Characters XML 1.0 forbids (form feeds from converted documents, stray control codes, lone surrogates) make
    /// SK's chat-prompt parser give up and send the whole template as one user message: they become spaces, one for one.
    /// </summary>
    private static string XmlSafe(string text)
    {
        char[]? chars = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (c is '\t' or '\n' or '\r' || (c >= 0x20 && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))) continue;
            (chars ??= text.ToCharArray())[i] = ' ';
        }
        return chars is null ? text : new string(chars);
    }

    [GeneratedRegex(@"<\s*/?\s*(report_sections|section|verified_items|message|text|image|system|user|assistant)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FenceTag();
}
