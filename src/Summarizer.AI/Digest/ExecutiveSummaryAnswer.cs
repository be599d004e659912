using System.Text.Json;
using Summarizer.AI.Text;

namespace Summarizer.AI.Digest;

/// <summary>The model's executive summary: <c>{"bullets": [...]}</c>, parsed strictly.</summary>
internal static class ExecutiveSummaryAnswer
{
    public static IReadOnlyList<string>? TryParse(string content)
    {
        var text = AnswerJson.Part(content);
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object
                || !doc.RootElement.TryGetProperty("bullets", out var bullets) || bullets.ValueKind != JsonValueKind.Array
                || bullets.EnumerateArray().Any(b => b.ValueKind != JsonValueKind.String))
                return null;
            var list = bullets.EnumerateArray().Select(b => b.GetString()!.Trim()).Where(b => b.Length > 0).ToList();
            return list.Count > 0 ? list : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
