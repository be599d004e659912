namespace Summarizer.Text;

/// <summary>
/// YAML-style front matter at the top of a report: <c>---</c>, <c>key: value</c> lines, <c>---</c> (or <c>...</c>).
/// Only flat keys are read; anything else in the block is ignored.
/// </summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, string> Values, int EndLine)
{
    private const int MaxLines = 100;

    public string? this[string key] => Values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;

    /// <summary>The front matter of <paramref name="lines"/>, or null when the first line is not <c>---</c> or the block is not closed.</summary>
    public static FrontMatter? Find(IReadOnlyList<string> lines)
    {
        if (lines.Count < 2 || lines[0].TrimEnd() != "---") return null;
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 1; i < lines.Count && i < MaxLines; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...") return new FrontMatter(values, i + 1);
            int colon = line.IndexOf(':');
            if (colon <= 0 || char.IsWhiteSpace(line[0])) continue;
            var key = line[..colon].Trim();
            values.TryAdd(key, Unquote(line[(colon + 1)..].Trim()));
        }
        return null;
    }

    private static string Unquote(string v) =>
        v.Length >= 2 && (v[0] == '"' && v[^1] == '"' || v[0] == '\'' && v[^1] == '\'') ? v[1..^1].Trim() : v;
}
