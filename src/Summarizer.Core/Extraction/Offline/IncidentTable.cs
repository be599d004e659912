using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// The cells of an incident table row (| 时间 | 事件 | 影响 | 恢复时间 |, | Start | Incident | Impact | Resolved |): a
/// header with an impact, recovery or duration column makes the table an incident table.
/// </summary>
internal sealed record IncidentTable(string? Start, string? End, string? Duration, string? What, string? Impact)
{
    public static IncidentTable? Of(TableRow row)
    {
        var c = row.Columns;
        if (c.Impact < 0 && c.Recovered < 0 && c.Duration < 0) return null;
        var start = row.Cell(c.Start) ?? row.Due ?? row.Cells.FirstOrDefault(cell => ClockTime.Find(cell).Any());
        if (start is null) return null;
        return new IncidentTable(start, row.Cell(c.Recovered), row.Cell(c.Duration), row.Cell(c.Event) ?? row.Subject ?? row.Notes, row.Cell(c.Impact));
    }
}
