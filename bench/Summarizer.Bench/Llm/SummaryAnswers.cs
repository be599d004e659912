using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Bench.Llm;

/// <summary>A stand-in model for the executive summary: the first items' own summaries, with their team, as bullets.</summary>
public static partial class SummaryAnswers
{
    public static string Answer(string userMessage)
    {
        var bullets = ItemLine().Matches(userMessage).Take(4)
            .Select(m => $"{m.Groups["team"].Value}: {m.Groups["summary"].Value.Trim()}").ToList();
        return JsonSerializer.Serialize(new { bullets });
    }

    [GeneratedRegex("^- \\[[^\\]]+\\] team \"(?<team>[^\"]*)\": (?<summary>[^|\\n]*)", RegexOptions.Multiline)]
    private static partial Regex ItemLine();
}
