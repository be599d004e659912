using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Summarizer.Tests.Gather;

/// <summary>Builds small real .docx files for tests: styled headings, bulleted and numbered lists, tables, bold runs.</summary>
public sealed class DocxBuilder
{
    private readonly List<OpenXmlElement> _blocks = [];

    public DocxBuilder Styled(string styleId, string text)
    {
        _blocks.Add(new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve })));
        return this;
    }

    public DocxBuilder Para(string text, bool bold = false)
    {
        var run = new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        if (bold) run.PrependChild(new RunProperties(new Bold()));
        _blocks.Add(new Paragraph(run));
        return this;
    }

    /// <summary>numId 1 is bulleted, numId 2 is decimal.</summary>
    public DocxBuilder Item(string text, int level = 0, int numId = 1)
    {
        _blocks.Add(new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            new Run(new WordText(text))));
        return this;
    }

    public DocxBuilder Table(params string[][] rows)
    {
        _blocks.Add(new Table(rows.Select(r => new TableRow(r.Select(c => new TableCell(new Paragraph(new Run(new WordText(c)))))))));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(_blocks.Select(b => b.CloneNode(true))));
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(
                Style("Title", "Title"), Style("Heading1", "heading 1"), Style("Heading2", "heading 2"),
                Style("1", "标题 1"));
            var numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                Abstract(0, NumberFormatValues.Bullet), Abstract(1, NumberFormatValues.Decimal),
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 2 });
        }
        return stream.ToArray();
    }

    private static Style Style(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static AbstractNum Abstract(int id, NumberFormatValues format) =>
        new(Enumerable.Range(0, 3).Select(l => new Level(new NumberingFormat { Val = format }) { LevelIndex = l })) { AbstractNumberId = id };
}
