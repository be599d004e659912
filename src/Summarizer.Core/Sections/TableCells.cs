namespace Summarizer.Sections;

/// <summary>Splits a pipe-table line into trimmed cells; <c>\|</c> is a literal pipe inside a cell.</summary>
public static class TableCells
{
    public static IReadOnlyList<string> Split(string line)
    {
        var t = line.Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal)) t = t[..^1];
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i] == '\\' && i + 1 < t.Length && t[i + 1] == '|') { cell.Append('|'); i++; }
            else if (t[i] == '|') { cells.Add(cell.ToString().Trim()); cell.Clear(); }
            else cell.Append(t[i]);
        }
        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
