using System.Globalization;
using System.Text;

namespace Summarizer.Host.Api;

/// <summary>
/// Items as CSV for spreadsheets: RFC 4180 quoting, CRLF, UTF-8 with BOM (so Excel reads Chinese), and text cells
/// that would start a formula (= + - @) prefixed with an apostrophe, since report text is data.
/// </summary>
public static class ItemsCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
    [
        "id", "week", "team", "kind", "severity", "status", "section", "summary",
        "metricName", "metricValue", "metricUnit", "sourceFile", "sourceLine", "sourceEndLine", "quote", "engine",
    ];

    public static byte[] Write(string week, IEnumerable<ExtractedItem> items)
    {
        var sb = new StringBuilder();
        AppendRow(sb, Header);
        foreach (var i in items)
        {
            AppendRow(sb,
            [
                Text(i.Id), week, Text(i.Team), EnumWords.Word(i.Kind), i.Severity is { } s ? EnumWords.Word(s) : "",
                EnumWords.Word(i.Status), Text(i.Section), Text(i.Summary), Text(i.Metric?.Name),
                i.Metric?.Value.ToString(CultureInfo.InvariantCulture) ?? "", Text(i.Metric?.Unit), Text(i.Source.File),
                i.Source.Line.ToString(CultureInfo.InvariantCulture), i.Source.EndLine.ToString(CultureInfo.InvariantCulture),
                Text(i.Source.Quote), i.Engine,
            ]);
        }
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    /// <summary>Report text that a spreadsheet would run as a formula gets a leading apostrophe.</summary>
    internal static string Text(string? value) =>
        value is { Length: > 0 } v && v[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + v : value ?? "";

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> cells)
    {
        for (int c = 0; c < cells.Count; c++)
        {
            if (c > 0) sb.Append(',');
            var cell = cells[c];
            if (cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 || cell.StartsWith(' ') || cell.EndsWith(' '))
                sb.Append('"').Append(cell.Replace("\"", "\"\"")).Append('"');
            else
                sb.Append(cell);
        }
        sb.Append("\r\n");
    }
}
