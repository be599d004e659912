namespace Summarizer.Sections;

/// <summary>
/// Builds the section tree line by line with two explicit stacks: open headings and open list items.
/// Nothing here recurses, so a 1,000-level list costs a 1,000-entry list, not 1,000 stack frames.
/// </summary>
internal sealed class SectionTreeBuilder
{
    /// <summary><see cref="ListIndent"/> is -1 for headings written as blocks, else the column of their list marker.</summary>
    private sealed record OpenHeading(ReportSection Node, string Key, int AtxLevel, int ListIndent);

    private sealed class OpenItem(ReportSection node, int indent, int contentIndent, int lastLine)
    {
        public ReportSection Node { get; } = node;
        public int Indent { get; } = indent;

        /// <summary>Column where the item's text starts: later lines indented this far belong to it.</summary>
        public int ContentIndent { get; } = contentIndent;
        public int LastLine { get; set; } = lastLine;
    }

    private readonly ReportDocument _report;
    private readonly ReportSection _root;
    private readonly List<OpenHeading> _headings = [];
    private readonly List<OpenItem> _items = [];
    private ReportSection? _paragraph;
    private IReadOnlyList<string>? _tableHeader;
    private bool _afterBlank;

    public SectionTreeBuilder(ReportDocument report)
    {
        _report = report;
        _root = new ReportSection { Report = report, Kind = SectionKind.Document, Title = "", Level = 0, StartLine = 1, EndLine = report.Lines.Count };
        _headings.Add(new OpenHeading(_root, "", 0, -1));
    }

    public bool InParagraph => _paragraph is not null;
    public bool InList => _items.Count > 0;
    public bool InTable => _tableHeader is not null;

    /// <summary>True under a plain-text mail's capitals title (<c>NEXT WEEK</c>) that has a title.</summary>
    public bool InCapsSection => _headings.Count > 1 && _headings[^1].Key == "caps" && _headings[^1].Node.Title.Length > 0;

    private ReportSection Current => _headings[^1].Node;

    /// <summary>True when <paramref name="shape"/> would continue the open list item (lazily or indented after a blank).</summary>
    public bool ContinuesList(LineShape shape) => _items.Count > 0 && (!_afterBlank || shape.Indent >= _items[0].ContentIndent);

    public void Blank()
    {
        _paragraph = null;
        _tableHeader = null;
        _afterBlank = true;
    }

    /// <summary>Opens a heading on lines <paramref name="start"/>..<paramref name="lastHeadingLine"/>, closing what it ends.</summary>
    public void Heading(LineShape shape, int start, int lastHeadingLine)
    {
        CloseBlocks();
        int closeFrom = shape switch
        {
            { AtxLevel: > 0 } => _headings.FindIndex(1, h => h.AtxLevel == 0 || h.AtxLevel >= shape.AtxLevel),
            { InList: true } => FirstOf(_headings.FindIndex(1, h => h.ListIndent >= shape.Indent), LabelsClosedBy(shape)),
            _ => FirstOf(FirstOf(_headings.FindIndex(1, h => h.ListIndent >= 0), _headings.FindIndex(1, h => h.Key == shape.HeadingKey)), LabelsClosedBy(shape)),
        };
        if (closeFrom > 0) CloseHeadingsFrom(closeFrom, start - 1);
        var node = new ReportSection
        {
            Report = _report, Kind = SectionKind.Heading, Title = shape.Text, Level = _headings.Count,
            StartLine = start, EndLine = Math.Max(lastHeadingLine, _report.Lines.Count),
        };
        Current.Add(node);
        _headings.Add(new OpenHeading(node, shape.HeadingKey, shape.AtxLevel, shape.InList ? shape.Indent : -1));
        _afterBlank = false;
    }

    public void ListItem(LineShape shape, int n)
    {
        _paragraph = null;
        _tableHeader = null;
        while (_items.Count > 0 && _items[^1].Indent >= shape.Indent) PopItem();
        var parent = _items.Count > 0 ? _items[^1].Node : Current;
        var node = new ReportSection { Report = _report, Kind = SectionKind.ListItem, Title = shape.Text, Level = _items.Count + 1, StartLine = n, EndLine = n };
        parent.Add(node);
        _items.Add(new OpenItem(node, shape.Indent, shape.ContentIndent, n));
        _afterBlank = false;
    }

    public void TableHeader(IReadOnlyList<string> columns)
    {
        CloseBlocks();
        _tableHeader = columns;
        _afterBlank = false;
    }

    public void TableRow(string text, int n)
    {
        Current.Add(new ReportSection
        {
            Report = _report, Kind = SectionKind.TableRow, Title = text, StartLine = n, EndLine = n,
            TableHeader = _tableHeader, Cells = TableCells.Split(text),
        });
        _afterBlank = false;
    }

    /// <summary>
    /// A plain-text title (<c>Problems</c>) heads only the indented block under it: an unindented paragraph after a blank
    /// line ("Moved out of 3.0 (now 3.1): …") is back at the level above it.
    /// </summary>
    public void EndBareTitles(LineShape shape, int n)
    {
        if (!_afterBlank || shape.Indent > 0 || ContinuesList(shape)) return;
        int index = _headings.FindIndex(1, h => h.Key == "bare");
        if (index < 0 || _headings[^1].Node.Title.Length == 0) return;
        // Units are line ranges, so the lines after the block open an untitled sibling (from the blank line above them):
        // they keep the role of the headings above the title and are never lost.
        Heading(shape with { Kind = LineKind.Heading, Text = "", HeadingKey = "bare", AtxLevel = 0, InList = false }, n - 1, n - 1);
    }

    /// <summary>A text line: continues the open list item or paragraph, or starts a paragraph.</summary>
    public void Text(LineShape shape, int n) => Block(shape, n, n);

    /// <summary>Lines <paramref name="start"/>..<paramref name="end"/> of text or a fenced block.</summary>
    public void Block(LineShape shape, int start, int end)
    {
        _tableHeader = null;
        if (ContinuesList(shape))
        {
            // After a blank line the text belongs to the deepest item it is indented under.
            while (_afterBlank && _items[^1].ContentIndent > shape.Indent) PopItem();
            _items[^1].LastLine = end;
            _afterBlank = false;
            return;
        }
        CloseLists();
        if (_paragraph is not null && shape.Kind != LineKind.Fence) _paragraph.EndLine = end;
        else
        {
            _paragraph = new ReportSection { Report = _report, Kind = SectionKind.Paragraph, Title = shape.Text, StartLine = start, EndLine = end };
            Current.Add(_paragraph);
            if (shape.Kind == LineKind.Fence) _paragraph = null;
        }
        _afterBlank = false;
    }

    public ReportSection Finish()
    {
        CloseBlocks();
        CloseHeadingsFrom(1, _report.Lines.Count);
        return _root;
    }

    private void CloseBlocks()
    {
        CloseLists();
        _paragraph = null;
        _tableHeader = null;
    }

    private void CloseLists()
    {
        while (_items.Count > 0) PopItem();
    }

    /// <summary>An item ends at its last line or its last descendant's, whichever is later.</summary>
    private void PopItem()
    {
        var item = _items[^1];
        _items.RemoveAt(_items.Count - 1);
        item.Node.EndLine = item.LastLine;
        if (_items.Count > 0) _items[^1].LastLine = Math.Max(_items[^1].LastLine, item.LastLine);
    }

    private void CloseHeadingsFrom(int index, int endLine)
    {
        for (int i = _headings.Count - 1; i >= index; i--)
        {
            _headings[i].Node.EndLine = Math.Max(endLine, _headings[i].Node.StartLine);
            _headings.RemoveAt(i);
        }
    }

    /// <summary>Plain labels (<c>支付成功率：</c>) only head the list below them: any other heading style closes them.</summary>
    private int LabelsClosedBy(LineShape shape) =>
        shape.HeadingKey.StartsWith("label", StringComparison.Ordinal) ? -1 : _headings.FindIndex(1, h => h.Key == "label");

    private static int FirstOf(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);
}
