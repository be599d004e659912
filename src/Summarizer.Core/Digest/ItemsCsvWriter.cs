using System.Globalization;
using System.Text;

namespace Summarizer.Digest;

/// <summary>Items as CSV (RFC 4180 quoting) for spreadsheets; the CLI and the API export share it.</summary>
public static class ItemsCsvWriter
{
    private static readonly string[] Header =
        ["id", "week", "team", "kind", "severity", "status", "section", "summary", "metric", "value", "unit", "previous", "target",
         "start", "end", "durationMinutes", "impact", "milestone", "from", "to", "reason", "file", "line", "endLine", "quote", "engine"];

    public static string Write(string? week, IEnumerable<ExtractedItem> items)
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Join(',', Header));
        foreach (var i in items)
        {
            string?[] row =
            [
                i.Id, week, i.Team, Lower(i.Kind), i.Severity is { } s ? Lower(s) : null, Lower(i.Status), i.Section, i.Summary,
                i.Metric?.Name, Num(i.Metric?.Value), i.Metric?.Unit, Num(i.Metric?.Previous), i.Metric?.Target,
                i.Incident?.Start, i.Incident?.End, i.Incident?.DurationMinutes?.ToString(CultureInfo.InvariantCulture), i.Incident?.Impact,
                i.Delay?.Milestone, i.Delay?.From, i.Delay?.To, i.Delay?.Reason,
                i.Source.File, i.Source.Line.ToString(CultureInfo.InvariantCulture), i.Source.EndLine.ToString(CultureInfo.InvariantCulture),
                i.Source.Quote, i.Engine,
            ];
            sb.AppendLine(string.Join(',', row.Select(Field)));
        }
        return sb.ToString();
    }

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();
    private static string? Num(double? v) => v?.ToString("0.######", CultureInfo.InvariantCulture);

    // Spreadsheet apps run cells that start with = + - @ as formulas: report text must stay text.
    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' && !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
