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

    public static string Neutralize(string text) => FenceTag().Replace(text, m => Bracket + m.Value[1..]);

    /// <summary>Attribute values (team, heading path) go between double quotes: keep them single-line and unquoted.</summary>
    public static string Attribute(string value) =>
        Neutralize(value).Replace('"', '\'').Replace('\r', ' ').Replace('\n', ' ');

    [GeneratedRegex(@"<\s*/?\s*(report_sections|section|verified_items|message|text|image|system|user|assistant)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FenceTag();
}
