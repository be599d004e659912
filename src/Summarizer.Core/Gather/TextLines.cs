namespace Summarizer.Gather;

/// <summary>Splits decoded text into lines: CRLF, CR and LF all end a line; the lines keep every other character verbatim.</summary>
public static class TextLines
{
    public static IReadOnlyList<string> Split(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('\r' or '\n')) continue;
            lines.Add(text[start..i]);
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }
        // A final line terminator does not start another line.
        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    /// <summary>The text the lines stand for, '\n'-separated: what <see cref="ReportDocument.ContentHash"/> is computed over.</summary>
    public static string Join(IReadOnlyList<string> lines) => string.Join('\n', lines);
}
