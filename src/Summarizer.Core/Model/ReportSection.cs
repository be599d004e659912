namespace Summarizer;

public enum SectionKind { Document, Heading, ListItem, TableRow, Paragraph }

/// <summary>
/// A node of a report's section tree with its exact line range. Headings own the lines up to the next heading
/// of the same or a higher level; list items, table rows and paragraphs are children that pin finer provenance.
/// </summary>
public sealed class ReportSection
{
    public required ReportDocument Report { get; init; }
    public required SectionKind Kind { get; init; }

    /// <summary>Heading text without markup (empty for the document root); for other kinds the first line's text.</summary>
    public required string Title { get; init; }

    /// <summary>Heading level: 0 for the document, 1.. for headings; for list items the nesting depth.</summary>
    public int Level { get; init; }

    /// <summary>For a table row: the column names from the table's header row (header and separator rows are not nodes).</summary>
    public IReadOnlyList<string>? TableHeader { get; init; }

    /// <summary>For a table row: its cells, trimmed, in column order.</summary>
    public IReadOnlyList<string>? Cells { get; init; }

    public required int StartLine { get; init; }
    public required int EndLine { get; set; }

    public ReportSection? Parent { get; private set; }
    public List<ReportSection> Children { get; } = [];

    public void Add(ReportSection child)
    {
        child.Parent = this;
        Children.Add(child);
    }

    /// <summary>Titles of the enclosing headings, outermost first, this one included when it is a heading.</summary>
    public IReadOnlyList<string> HeadingPath
    {
        get
        {
            var path = new List<string>();
            for (var s = this; s is not null; s = s.Parent)
                if (s.Kind == SectionKind.Heading && s.Title.Length > 0) path.Add(s.Title);
            path.Reverse();
            return path;
        }
    }

    /// <summary>Heading path joined with " > ", as items.json's <c>section</c> shows it.</summary>
    public string PathText => string.Join(" > ", HeadingPath);

    /// <summary>Stable id within a run: file and start line (the root has its own, a heading may start on line 1).</summary>
    public string Id => Kind == SectionKind.Document ? $"{Report.File}#root" : $"{Report.File}#L{StartLine}";

    /// <summary>Lines this heading (or the document root) owns itself: up to its first child heading.</summary>
    public int OwnEndLine
    {
        get
        {
            var firstChildHeading = Children.FirstOrDefault(c => c.Kind == SectionKind.Heading);
            return firstChildHeading is null ? EndLine : firstChildHeading.StartLine - 1;
        }
    }

    /// <summary>The lines this node owns, numbered.</summary>
    public IEnumerable<(int Number, string Text)> OwnLines()
    {
        for (int n = StartLine; n <= OwnEndLine; n++) yield return (n, Report.Line(n));
    }

    /// <summary>Heading sections and the root, depth first: the units extraction works on.</summary>
    public IEnumerable<ReportSection> HeadingUnits()
    {
        if (Kind is SectionKind.Document or SectionKind.Heading) yield return this;
        foreach (var c in Children.Where(c => c.Kind == SectionKind.Heading))
            foreach (var u in c.HeadingUnits()) yield return u;
    }

    /// <summary>Own text of the unit, lines joined with '\n'.</summary>
    public string OwnText() => string.Join('\n', OwnLines().Select(l => l.Text));

    public override string ToString() => $"{Kind} '{Title}' L{StartLine}-{EndLine}";
}
