namespace Summarizer.Gather;

/// <summary>Collects converted lines: at most one blank line in a row, none at the start or the end.</summary>
internal sealed class LineWriter
{
    private readonly List<string> _lines = [];

    public void Add(string line)
    {
        if (line.Length == 0) Blank();
        else _lines.Add(line);
    }

    public void Blank()
    {
        if (_lines.Count > 0 && _lines[^1].Length > 0) _lines.Add("");
    }

    public bool Any => _lines.Count > 0;

    public IReadOnlyList<string> ToLines()
    {
        while (_lines.Count > 0 && _lines[^1].Length == 0) _lines.RemoveAt(_lines.Count - 1);
        return _lines;
    }

    /// <summary>A table cell as one line of text: whitespace runs collapsed, pipes escaped.</summary>
    public static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Collapses HTML/XML whitespace (and no-break spaces) to single spaces; ideographic spaces are kept.</summary>
    public static string Inline(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    public static string TableRow(IEnumerable<string> cells) => "| " + string.Join(" | ", cells) + " |";

    public static string TableSeparator(int columns) => "|" + string.Concat(Enumerable.Repeat(" --- |", Math.Max(1, columns)));
}
