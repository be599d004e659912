namespace Summarizer.Host.Pages;

/// <summary>One line of the source around an item's quote; <see cref="MarkLength"/> &gt; 0 marks the quoted part.</summary>
public sealed record ExcerptLine(int Number, string Text, bool Cited, int MarkStart = 0, int MarkLength = 0);

/// <summary>
/// The lines around an item's quote, read from the report file under the week's input folder, quote highlighted.
/// When the file cannot be read back (converted format, moved, changed since the run) it is the stored quote alone,
/// with a note saying why.
/// </summary>
public sealed record SourceExcerpt(IReadOnlyList<ExcerptLine> Lines, string? Note)
{
    public const int Context = 2;

    public static SourceExcerpt FromLines(IReadOnlyList<string> fileLines, SourceRef source)
    {
        if (source.Line < 1 || source.EndLine < source.Line || source.EndLine > fileLines.Count)
            return QuoteOnly(source, "The report file has changed since the run; showing the stored quote.");
        var cited = string.Join('\n', fileLines.Skip(source.Line - 1).Take(source.EndLine - source.Line + 1));
        int at = cited.IndexOf(source.Quote, StringComparison.Ordinal);
        if (at < 0) return QuoteOnly(source, "The report file has changed since the run; showing the stored quote.");

        var lines = new List<ExcerptLine>();
        int first = Math.Max(1, source.Line - Context), last = Math.Min(fileLines.Count, source.EndLine + Context);
        int offset = 0; // offset of the current cited line within `cited`
        for (int n = first; n <= last; n++)
        {
            var text = fileLines[n - 1];
            if (n < source.Line || n > source.EndLine)
            {
                lines.Add(new ExcerptLine(n, text, false));
                continue;
            }
            int start = Math.Max(at, offset), end = Math.Min(at + source.Quote.Length, offset + text.Length);
            lines.Add(end > start ? new ExcerptLine(n, text, true, start - offset, end - start) : new ExcerptLine(n, text, true));
            offset += text.Length + 1;
        }
        return new SourceExcerpt(lines, null);
    }

    public static SourceExcerpt QuoteOnly(SourceRef source, string note) =>
        new([new ExcerptLine(source.Line, source.Quote, true, 0, source.Quote.Length)], note);
}
