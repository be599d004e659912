using System.IO.Compression;
using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace Summarizer.Gather;

/// <summary>Word documents: the body converted to Markdown-like lines. A file that is not a readable .docx is refused.</summary>
public sealed class DocxFormatReader : IReportFormatReader
{
    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    /// <summary>
    /// Most bytes of Word XML a report may unpack to (all .xml/.rels parts, pictures not counted). A real report's
    /// document.xml is a few MB; the SDK holds the whole XML tree in memory (≈ 40× its size), so a small zip of
    /// millions of empty paragraphs would take gigabytes and minutes before any text limit applies.
    /// </summary>
    public const long MaxXmlBytes = 8L * 1024 * 1024;

    public FormatReadResult Read(byte[] bytes)
    {
        try
        {
            if (UnpacksBeyondLimit(bytes))
                return FormatReadResult.Failure($"unpacks to more than {MaxXmlBytes / (1024 * 1024)} MB of Word XML, far more than any report (a compressed 'zip bomb' or a document of generated content); export the report as .md or .txt");
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

    /// <summary>Counts the XML parts' bytes as they unpack (never trusting the sizes the zip declares) and stops at the limit.</summary>
    private static bool UnpacksBeyondLimit(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        var buffer = new byte[81920];
        long total = 0;
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            using var part = entry.Open();
            for (int n; (n = part.Read(buffer, 0, buffer.Length)) > 0;)
                if ((total += n) > MaxXmlBytes) return true;
        }
        return false;
    }
}
