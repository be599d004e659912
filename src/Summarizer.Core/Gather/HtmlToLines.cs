using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Summarizer.Gather;

/// <summary>
/// Converts HTML to Markdown-like lines: h1..h6 → <c>#</c>, list items → <c>- </c>/<c>1. </c> indented to the parent item's text,
/// tables → <c>| a | b |</c> rows under a header and separator, paragraphs and line breaks → lines.
/// </summary>
internal sealed class HtmlToLines
{
    /// <summary>Deeper markup is flattened to its text: keeps the walk's recursion bounded on hostile input.</summary>
    private const int MaxDepth = 200;

    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "head", "title", "img", "svg", "button"];
    private static readonly HashSet<string> Blocks = ["div", "section", "article", "header", "footer", "main", "nav", "aside", "blockquote", "dd", "dt", "dl", "figure", "figcaption", "center", "form", "address", "details", "summary"];

    private readonly LineWriter _out = new();
    private readonly StringBuilder _inline = new();
    private string? _marker;
    private string _continuation = "";
    private int _listDepth;

    public static IReadOnlyList<string> Convert(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var converter = new HtmlToLines();
        var root = (INode?)document.Body ?? document.DocumentElement;
        if (document.Body?.QuerySelector("h1") is null && document.Title is { Length: > 0 } title)
        {
            converter._out.Add("# " + LineWriter.Inline(title));
            converter._out.Blank();
        }
        converter.Children(root, 0);
        converter.Flush();
        return converter._out.ToLines();
    }

    private void Children(INode node, int depth)
    {
        foreach (var child in node.ChildNodes) Walk(child, depth + 1);
    }

    private void Walk(INode node, int depth)
    {
        if (node is IText text) { _inline.Append(text.Data); return; }
        if (node is not IElement el) return;
        var name = el.LocalName;
        if (Skipped.Contains(name)) return;
        if (depth > MaxDepth) { _inline.Append(' ').Append(el.TextContent); return; }
        switch (name)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                Flush();
                _out.Blank();
                _out.Add(new string('#', name[1] - '0') + " " + LineWriter.Inline(el.TextContent).Trim());
                _out.Blank();
                break;
            case "br":
                Flush();
                break;
            case "p":
                Flush();
                Children(el, depth);
                Flush();
                if (_listDepth == 0) _out.Blank();
                break;
            case "ul" or "ol":
                List(el, name == "ol", depth);
                break;
            case "table" when el is IHtmlTableElement table:
                Table(table);
                break;
            case "pre":
                Flush();
                _out.Blank();
                _out.Add("```");
                foreach (var line in TextLines.Split(el.TextContent)) _out.Add(line.Length == 0 ? " " : line);
                _out.Add("```");
                _out.Blank();
                break;
            case "hr":
                Flush();
                _out.Blank();
                break;
            case "strong" or "b":
                _inline.Append("**").Append(LineWriter.Inline(el.TextContent).Trim()).Append("**");
                break;
            default:
                bool block = Blocks.Contains(name) || name == "li";
                if (block) Flush();
                Children(el, depth);
                if (block) Flush();
                break;
        }
    }

    private void List(IElement list, bool ordered, int depth)
    {
        Flush();
        if (_listDepth == 0) _out.Blank();
        _listDepth++;
        int number = 0;
        var (savedMarker, savedContinuation) = (_marker, _continuation);
        // Nested items start where the parent item's text starts, as CommonMark expects.
        var indent = _listDepth == 1 ? "" : savedContinuation;
        foreach (var item in list.Children.Where(c => c.LocalName == "li"))
        {
            var marker = ordered ? $"{++number}. " : "- ";
            _marker = indent + marker;
            _continuation = indent + new string(' ', marker.Length);
            Children(item, depth);
            Flush();
        }
        (_marker, _continuation) = (savedMarker, savedContinuation);
        _listDepth--;
        if (_listDepth == 0) _out.Blank();
    }

    private void Table(IHtmlTableElement table)
    {
        Flush();
        _out.Blank();
        var rows = table.Rows.Select(r => r.Cells.Select(c => LineWriter.Cell(c.TextContent).Trim()).ToList()).Where(r => r.Count > 0).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            _out.Add(LineWriter.TableRow(rows[i]));
            if (i == 0) _out.Add(LineWriter.TableSeparator(rows[0].Count));
        }
        _out.Blank();
    }

    private void Flush()
    {
        var text = LineWriter.Inline(_inline.ToString()).Trim();
        _inline.Clear();
        if (text.Length == 0) return;
        if (_marker is not null) { _out.Add(_marker + text); _marker = null; }
        else _out.Add(_continuation + text);
    }
}
