namespace Summarizer.Extraction.Offline;

/// <summary>A data row of a Markdown table: its cells (verbatim, trimmed) and what the header says they are.</summary>
internal sealed record TableRow(IReadOnlyList<string> Cells, TableColumns Columns)
{
    public string? Cell(int index) => index >= 0 && index < Cells.Count && Cells[index].Length > 0 ? Cells[index] : null;
    public string? Subject => Cell(Columns.Subject);
    public string? Status => Cell(Columns.Status);
    public string? Due => Cell(Columns.Due);
    public string? Notes => Cell(Columns.Notes);
    public string? Value => Cell(Columns.Value);
    public string? Target => Cell(Columns.Target);
    public string? Previous => Cell(Columns.Previous);
    public string? Problem => Cell(Columns.Problem);

    /// <summary>The row's metric name: the subject, qualified by the measure column when one names it ("ETA model MAPE").</summary>
    public string? MetricName => Cell(Columns.Measure) is { } measure && Subject is { } thing ? $"{thing} {measure}" : Subject;

    /// <summary>
    /// True when every cell but the subject is empty, a dash, zero or "无"/"none" (| Regressions | - | 0 |): the row
    /// names a kind of trouble only to say there was none.
    /// </summary>
    public bool IsNil => Cells.Count > 1 && Cells.Where((_, i) => i != Columns.Subject && !(Columns.Subject < 0 && i == 0)).All(IsNilCell);

    // On a span: no copies of the cell, no array of trim characters per call.
    private static bool IsNilCell(string cell) => cell.AsSpan().Trim().TrimEnd("%起个次件").Trim() is
        "" or "-" or "–" or "—" or "0" or "0.0" or "无" or "暂无" or "没有" or "n/a" or "N/A" or "NA" or "none" or "None" or "nil" or "/";
}
