namespace Summarizer.Evaluation;

/// <summary>One report of the evaluation corpus as the gatherer reads it, with its gold.</summary>
/// <param name="Document">The report's text lines (HTML already turned into lines), 1-based like every <see cref="SourceRef"/>.</param>
/// <param name="Gold">What a careful reader extracts from it.</param>
public sealed record CorpusReport(ReportDocument Document, GoldReport Gold)
{
    /// <summary>1-based numbers of the lines that contain <paramref name="anchor"/> (ordinal; an anchor may not span lines).</summary>
    public IReadOnlyList<int> LinesOf(string anchor)
    {
        var found = new List<int>();
        for (int i = 0; i < Document.Lines.Count; i++)
            if (Document.Lines[i].Contains(anchor, StringComparison.Ordinal)) found.Add(i + 1);
        return found;
    }

    /// <summary>True when one of lines <paramref name="line"/>..<paramref name="endLine"/> contains the anchor.</summary>
    public bool Contains(int line, int endLine, string anchor)
    {
        for (int n = Math.Max(1, line); n <= Math.Min(endLine, Document.Lines.Count); n++)
            if (Document.Lines[n - 1].Contains(anchor, StringComparison.Ordinal)) return true;
        return false;
    }
}
