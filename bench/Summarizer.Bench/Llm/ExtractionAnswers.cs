using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Bench.Llm;

/// <summary>
/// A stand-in model for extraction: finds risks, delays, incidents, metrics and plans in each fenced section by
/// keywords and answers per <c>llm-extraction.schema.json</c>, quoting real lines of the section verbatim.
/// Deterministic: a section always gets the same items.
/// </summary>
public static partial class ExtractionAnswers
{
    public static string Answer(IReadOnlyList<FencedSection> sections)
    {
        var items = new List<Dictionary<string, object?>>();
        foreach (var section in sections)
        {
            bool plans = section.Path.Contains("下周", StringComparison.Ordinal) || section.Path.Contains("Next week", StringComparison.OrdinalIgnoreCase);
            foreach (var raw in section.Text.Split('\n'))
            {
                var line = Marker().Replace(raw, "").Trim();
                if (line.Length < 4 || line.StartsWith('#') || line.StartsWith("| ---", StringComparison.Ordinal)) continue;
                if (ItemOf(section.Id, line, plans) is { } item) items.Add(item);
            }
        }
        return JsonSerializer.Serialize(new { items });
    }

    private static Dictionary<string, object?>? ItemOf(string id, string line, bool plans)
    {
        string? kind = plans ? "plan"
            : Has(line, "风险", "Risk", "Blocker", "At risk") ? "risk"
            : Has(line, "延期", "Delayed") ? "delay"
            : Has(line, "returned errors", "完成修复", "故障") ? "incident"
            : null;
        if (kind is not null)
            return Item(id, kind, line, kind is "plan" ? null : Has(line, "high", "严重") ? "high" : "medium");
        var m = Metric().Match(line);
        if (!m.Success) return null;
        var item = Item(id, "metric", m.Value, null);
        item["metric"] = new Dictionary<string, object?>
        {
            ["name"] = m.Groups["name"].Value.Trim(),
            ["value"] = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture),
            ["unit"] = m.Groups["unit"].Success ? m.Groups["unit"].Value : null,
            ["target"] = null,
        };
        return item;
    }

    private static Dictionary<string, object?> Item(string id, string kind, string quote, string? severity) => new()
    {
        ["section"] = id, ["kind"] = kind, ["summary"] = quote, ["quote"] = quote, ["severity"] = severity,
        ["metric"] = null, ["delay"] = null, ["incident"] = null,
    };

    private static bool Has(string line, params string[] words) => words.Any(w => line.Contains(w, StringComparison.Ordinal));

    [GeneratedRegex(@"^(\s*([-*]|\d+\.)\s+)+")]
    private static partial Regex Marker();

    [GeneratedRegex(@"(?<name>[^：:，,;；|]{2,30})[：:]\s*(?<value>\d+(\.\d+)?)\s*(?<unit>%|ms)?")]
    private static partial Regex Metric();
}
