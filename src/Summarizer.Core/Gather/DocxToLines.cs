using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Summarizer.Gather;

/// <summary>
/// Converts a Word body to Markdown-like lines: Title → <c>#</c>, "heading N" → N+1 hashes, numbered paragraphs →
/// <c>- </c> or <c>1. </c> indented two spaces per level, tables → <c>| a | b |</c> rows, all-bold paragraphs → <c>**text**</c>.
/// </summary>
internal sealed class DocxToLines
{
    private readonly LineWriter _out = new();
    private readonly DocxStyles _styles;
    private readonly DocxNumbering _numbering;

    private DocxToLines(MainDocumentPart part)
    {
        _styles = new DocxStyles(part.StyleDefinitionsPart?.Styles);
        _numbering = new DocxNumbering(part.NumberingDefinitionsPart?.Numbering);
    }

    public static IReadOnlyList<string> Convert(WordprocessingDocument doc)
    {
        var part = doc.MainDocumentPart ?? throw new InvalidDataException("the package has no main document part");
        var body = part.Document?.Body;
        var converter = new DocxToLines(part);
        if (body is not null) converter.Blocks(body.ChildElements, 0);
        return converter._out.ToLines();
    }

    private void Blocks(IEnumerable<OpenXmlElement> elements, int depth)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph p: Paragraph(p); break;
                case Table t: Table(t); break;
                case SdtBlock sdt when depth < 32 && sdt.SdtContentBlock is { } content: Blocks(content.ChildElements, depth + 1); break;
            }
        }
    }

    private void Paragraph(Paragraph p)
    {
        var text = Text(p);
        if (text.Trim().Length == 0) { _out.Blank(); return; }
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        int? heading = p.ParagraphProperties?.OutlineLevel?.Val?.Value is int outline && outline < 9 ? outline + 2 : _styles.HeadingLevel(styleId);
        if (heading is int level)
        {
            _out.Blank();
            _out.Add(new string('#', Math.Min(level, 6)) + " " + LineWriter.Inline(text).Trim());
            _out.Blank();
            return;
        }
        var numPr = p.ParagraphProperties?.NumberingProperties ?? _styles.Numbering(styleId);
        if (numPr?.NumberingId?.Val?.Value is int numId && numId != 0)
        {
            int ilvl = numPr.NumberingLevelReference?.Val?.Value ?? 0;
            var indent = new string(' ', 2 * ilvl);
            var lines = TextLines.Split(text);
            _out.Add(indent + _numbering.Marker(numId, ilvl) + lines[0].Trim());
            foreach (var more in lines.Skip(1)) _out.Add(indent + "  " + more.Trim());
            return;
        }
        var body = IsBold(p) ? "**" + text.Trim() + "**" : text;
        foreach (var line in TextLines.Split(body)) _out.Add(line.TrimEnd());
        _out.Blank();
    }

    private void Table(Table table)
    {
        _out.Blank();
        var rows = table.Elements<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => LineWriter.Cell(string.Join(" ", c.Descendants<Paragraph>().Select(Text))).Trim()).ToList())
            .Where(r => r.Count > 0).ToList();
        for (int i = 0; i < rows.Count; i++)
        {
            _out.Add(LineWriter.TableRow(rows[i]));
            if (i == 0) _out.Add(LineWriter.TableSeparator(rows[0].Count));
        }
        _out.Blank();
    }

    /// <summary>The paragraph's visible text: text runs, tabs and breaks; deleted text and field codes are left out.</summary>
    private static string Text(Paragraph p)
    {
        var sb = new StringBuilder();
        foreach (var e in p.Descendants())
        {
            switch (e)
            {
                case WordText t: sb.Append(t.Text); break;
                case TabChar: sb.Append('\t'); break;
                case Break or CarriageReturn: sb.Append('\n'); break;
            }
        }
        return sb.ToString();
    }

    private static bool IsBold(Paragraph p)
    {
        var runs = p.Descendants<Run>().Where(r => r.Descendants<WordText>().Any(t => t.Text.Trim().Length > 0)).ToList();
        return runs.Count > 0 && runs.All(r => r.RunProperties?.Bold is { } b && (b.Val is null || b.Val.Value));
    }
}
