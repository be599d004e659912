using System.Text.Json;
using Summarizer.AI.Text;

namespace Summarizer.AI.Extraction;

/// <summary>
/// The model's answer parsed strictly: the document must be an object with an <c>items</c> array, or that array alone
/// (<c>[ {…}, {…} ]</c>: some models answer a list with a bare array), else it is malformed (one repair is asked for).
/// A single item of the wrong shape is dropped and counted, not fatal.
/// </summary>
internal sealed record ExtractionAnswer(IReadOnlyList<AnswerItem> Items, int Unreadable)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Parses <paramref name="content"/>; on failure <paramref name="error"/> says why, in words the model can act on.</summary>
    public static ExtractionAnswer? TryParse(string? content, out string error)
    {
        error = "";
        var text = AnswerJson.Part(content);
        try
        {
            using var doc = JsonDocument.Parse(text);
            var root = doc.RootElement;
            var items = root.ValueKind == JsonValueKind.Array ? root
                : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("items", out var listed) ? listed : default;
            if (items.ValueKind != JsonValueKind.Array)
            {
                error = "the answer must be a JSON object with an \"items\" array.";
                return null;
            }
            var parsed = new List<AnswerItem>();
            int unreadable = 0;
            foreach (var element in items.EnumerateArray())
            {
                try
                {
                    if (element.Deserialize<AnswerItem>(Json) is { } item) parsed.Add(item);
                    else unreadable++;
                }
                catch (JsonException) { unreadable++; }
            }
            return new ExtractionAnswer(parsed, unreadable);
        }
        catch (JsonException ex)
        {
            error = $"it is not valid JSON ({ex.Message}).";
            return null;
        }
    }
}
