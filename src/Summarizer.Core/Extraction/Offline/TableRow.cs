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
}
