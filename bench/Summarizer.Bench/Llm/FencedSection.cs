using System.Text.RegularExpressions;

namespace Summarizer.Bench.Llm;

/// <summary>A section as the extraction prompt fences it: <c>&lt;section id="S1" team=".." path=".."&gt;text&lt;/section&gt;</c>.</summary>
public sealed partial record FencedSection(string Id, string Path, string Text)
{
    public static IReadOnlyList<FencedSection> Parse(string userMessage) =>
        Fence().Matches(userMessage).Select(m => new FencedSection(m.Groups["id"].Value, m.Groups["path"].Value, m.Groups["text"].Value)).ToList();

    [GeneratedRegex("<section id=\"(?<id>[^\"]+)\"[^>\\n]*?path=\"(?<path>[^\"]*)\"[^>\\n]*>\\n(?<text>.*?)\\n</section>", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
