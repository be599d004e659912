using System.Text.RegularExpressions;

namespace Summarizer.Bench.Llm;

/// <summary>
/// A section as the extraction prompt fences it: <c>&lt;section id="S1" in="headings above"&gt;text&lt;/section&gt;</c>.
/// <see cref="Path"/> is the headings above plus the section's own first line (its heading).
/// </summary>
public sealed partial record FencedSection(string Id, string Path, string Text)
{
    public static IReadOnlyList<FencedSection> Parse(string userMessage) =>
        Fence().Matches(userMessage).Select(m =>
        {
            var text = m.Groups["text"].Value;
            var heading = text.Split('\n')[0];
            var above = m.Groups["in"].Value;
            return new FencedSection(m.Groups["id"].Value, above.Length == 0 ? heading : $"{above} > {heading}", text);
        }).ToList();

    [GeneratedRegex("<section id=\"(?<id>[^\"]+)\"(?: in=\"(?<in>[^\"]*)\")?>\\n(?<text>.*?)\\n</section>", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
