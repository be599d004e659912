using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Summarizer.Gather;

/// <summary>Word documents: the body converted to Markdown-like lines. A file that is not a readable .docx is refused.</summary>
public sealed class DocxFormatReader : IReportFormatReader
{
    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public FormatReadResult Read(byte[] bytes)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var doc = WordprocessingDocument.Open(stream, isEditable: false);
            var lines = DocxToLines.Convert(doc);
            return FormatReadResult.Success(lines, "utf-8");
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or XmlException
                                       or InvalidOperationException or ArgumentException or IOException)
        {
            return FormatReadResult.Failure($"is not a readable Word document (corrupt .docx: {e.GetType().Name}); open and re-save it in Word, or export it as .md");
        }
    }
}
