using System.Text.Json;
using System.Text.RegularExpressions;

namespace Summarizer.Tests.AI;

/// <summary>
/// Answers the way real models do: reads the sections from the prompt and quotes every content line, but with the
/// harmless quirks models have (emphasis and code marks stripped, a 。 added, a table row as its cells, 1386 written
/// 1,386), wrapped in prose and a ```json fence. Optionally invents a scaled number for each line instead.
/// </summary>
internal static partial class ModelLikeServer
{
    /// <summary>Every content line of every section, each with one quirk, as a model would answer in JSON mode.</summary>
    public static FakeReply Quirky(ChatRequest request)
    {
        var items = new List<object>();
        int n = 0;
        foreach (var (label, text) in ScriptedAnswers.Sections(request))
            foreach (var line in ContentLines(text))
            {
                var quote = Quirk(line, n++);
                items.Add(ScriptedAnswers.Item(label, "risk", quote, quote, "medium"));
            }
        return new FakeReply.Completion("Here is the extraction you asked for:\n```json\n" + JsonSerializer.Serialize(new { items }) + "\n```\nLet me know if you need more.");
    }

    /// <summary>
    /// Every line quoted faithfully, plus for each line with a number an invented claim: a metric value scaled by a
    /// million, or a summary that writes the number with an M the line does not write after it.
    /// </summary>
    public static FakeReply Inventing(ChatRequest request)
    {
        var items = new List<object>();
        int n = 0;
        foreach (var (label, text) in ScriptedAnswers.Sections(request))
            foreach (var line in ContentLines(text))
            {
                items.Add(ScriptedAnswers.Item(label, "risk", line, line, "low"));
                if (FirstNumber().Match(line) is not { Success: true } m) continue;
                var invented = double.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) * 1_000_000;
                items.Add(n++ % 2 == 0
                    ? ScriptedAnswers.Item(label, "metric", line, line, metric: new { name = "规模", value = invented, unit = (string?)null, previous = (double?)null, target = (string?)null })
                    : ScriptedAnswers.Item(label, "risk", $"{m.Value}M 规模受影响", line, "high"));
            }
        return new FakeReply.Completion(JsonSerializer.Serialize(new { items }));
    }

    /// <summary>
    /// Faithful quotes and summaries, but numbers invented in the decorating fields: an incident's impact, a delay's
    /// milestone and reason, a metric's name; plus fields whose numbers the quote does write, which must stay.
    /// </summary>
    public static FakeReply InventingInFacts(ChatRequest request)
    {
        var items = new List<object>();
        foreach (var (label, text) in ScriptedAnswers.Sections(request))
            foreach (var line in ContentLines(text))
            {
                object? incident = null, delay = null, metric = null;
                string kind = "risk";
                if (line.Contains("INC-4821")) (kind, incident) = ("incident", new { start = (string?)null, end = (string?)null, impact = "约5000名用户受影响，损失20万元" });
                else if (line.Contains("Kafka")) (kind, incident) = ("incident", new { start = (string?)null, end = (string?)null, impact = "Kafka 3.7 升级受阻" });
                else if (line.Contains("数据库迁移")) (kind, delay) = ("delay", new { milestone = "V9 上线 3000 家", from = (string?)null, to = (string?)null, reason = "供应商违约，罚金300万" });
                else if (line.Contains("MySQL")) (kind, delay) = ("delay", new { milestone = "MySQL 8.0 升级", from = (string?)null, to = (string?)null, reason = "服务中断" });
                else if (line.Contains("1386")) (kind, metric) = ("metric", new { name = "3000家门店工单处理量", value = 1386.0, unit = "单", previous = (double?)null, target = (string?)null });
                items.Add(new { section = label, kind, summary = line, quote = line, severity = "medium", metric, delay, incident });
            }
        return new FakeReply.Completion(JsonSerializer.Serialize(new { items }));
    }

    /// <summary>What <see cref="Quirky"/> finds, answered as a bare JSON array after a line of prose, as some models answer a list.</summary>
    public static FakeReply BareArray(ChatRequest request)
    {
        var items = ScriptedAnswers.Sections(request).SelectMany(s => ContentLines(s.Value).Select(l => ScriptedAnswers.Item(s.Key, "risk", l, l, "medium")));
        return new FakeReply.Completion("Here are the items:\n" + JsonSerializer.Serialize(items));
    }

    /// <summary>The executive-summary request (it fences verified items, not sections).</summary>
    public static bool IsSummary(ChatRequest request) => request.UserContent.Contains("<verified_items>", StringComparison.Ordinal);

    /// <summary>A usable executive summary without numbers, so it passes the summary's number check.</summary>
    public static FakeReply Summary(string bullet) => new FakeReply.Completion(JsonSerializer.Serialize(new { bullets = new[] { bullet } }));

    /// <summary>The answer of a model that says "type" where the schema says "kind": every item unusable.</summary>
    public static FakeReply TypeInsteadOfKind(ChatRequest request)
    {
        var items = ScriptedAnswers.Sections(request).SelectMany(s => ContentLines(s.Value).Select(l => new { section = s.Key, type = "risk", summary = l, quote = l }));
        return new FakeReply.Completion(JsonSerializer.Serialize(new { items }));
    }

    public static IEnumerable<string> ContentLines(string section) =>
        section.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#') && !TableRule().IsMatch(l))
            .Select(l => ListMarker().Replace(l, ""));

    private static string Quirk(string line, int n)
    {
        if (line.StartsWith('|')) return string.Join(" ", line.Trim('|').Split('|').Select(c => c.Trim())); // row as its cells
        if (line.Contains("**") || line.Contains('`')) return line.Replace("**", "").Replace("`", "");    // emphasis stripped
        if (FourDigits().IsMatch(line)) return FourDigits().Replace(line, m => m.Value[0] + "," + m.Value[1..]); // 1386 → 1,386
        return n % 2 == 0 ? line + "。" : line.TrimEnd('。');                                                  // closing mark added or dropped
    }

    [GeneratedRegex(@"^\|?\s*:?-{3,}")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^(?:[-*+]\s+|\d+\.\s+)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"(?<![\d.,])\d{4}(?![\d.,])")]
    private static partial Regex FourDigits();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex FirstNumber();
}
