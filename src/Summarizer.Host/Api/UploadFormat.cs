using System.Text.RegularExpressions;
using System.Net.Http.Headers;
using Summarizer.Gather;

namespace Summarizer.Host.Api;

/// <summary>
/// What an upload is, before it is read: the file name whose extension picks the reader (from <c>?name=</c> or the
/// Content-Type), the declared charset, and whether the body is a program, archive, PDF or picture that no reader
/// takes (415 Unsupported Media Type with the accepted types, not 422 "cannot be read").
/// </summary>
internal static partial class UploadFormat
{
    /// <summary>Content types accepted and the extension (reader) each picks; a <c>name</c> overrides them.</summary>
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/markdown"] = ".md", ["text/x-markdown"] = ".md", ["text/plain"] = ".txt", ["text/html"] = ".html",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
    };

    /// <summary>The accepted types, for reasons: media types and file extensions.</summary>
    public static string Accepted =>
        $"send text/markdown, text/plain, text/html or {Extensions.Keys.Last()}, or name the file with ?name=report.md ({ReportFileLoader.SupportedExtensions})";

    /// <summary>Declared media types that are never a report, whatever the name says.</summary>
    private static readonly string[] NeverReports =
    [
        "application/x-msdownload", "application/x-msdos-program", "application/x-dosexec", "application/x-executable",
        "application/x-elf", "application/x-mach-binary", "application/vnd.microsoft.portable-executable", "application/x-sh",
        "application/x-shellscript", "application/java-archive", "application/x-java-archive", "application/pdf", "application/zip",
        "application/x-zip-compressed", "application/gzip", "application/x-7z-compressed", "application/x-rar-compressed",
    ];

    /// <summary>The file name whose extension picks the reader: <paramref name="name"/>'s, else the content type's, else null.</summary>
    public static string? FileNameFor(string? contentType, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name)) return Path.GetFileName(name.Trim());
        return MediaType(contentType) is { } mediaType && Extensions.TryGetValue(mediaType, out var ext) ? "report" + ext : null;
    }

    /// <summary>
    /// The reader's file name once the body is known, when no <c>?name=</c> was given. A body sent as text/html that holds
    /// no HTML block element (only inline ones such as <c>&lt;br&gt;</c>, or none) is the Markdown or plain text people
    /// paste with the wrong type (curl -H 'Content-Type: text/html'): read as HTML it would be one paragraph, so it is read
    /// as Markdown ("report.md"), which takes plain text too. The other way round, a body sent as Markdown or plain text
    /// that is an HTML document (it opens with <c>&lt;!DOCTYPE html&gt;</c> or <c>&lt;html&gt;</c>) is read as HTML
    /// ("report.html"): read as text its tags would become the report's lines. Any other name is returned as it is.
    /// </summary>
    public static string ForBody(string fileName, string? name, ReadOnlySpan<byte> bytes)
    {
        if (!string.IsNullOrWhiteSpace(name)) return fileName;
        var head = System.Text.Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 64 * 1024)]);
        return fileName switch
        {
            "report.html" when !HtmlElement().IsMatch(head) => "report.md",
            "report.md" or "report.txt" when HtmlDocument().IsMatch(head) => "report.html",
            _ => fileName,
        };
    }

    // A UTF-8 BOM (read as Latin-1), white space or an HTML comment may come first.
    [GeneratedRegex(@"^(?:\u00EF\u00BB\u00BF)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlDocument();

    // Block elements only: a Markdown report with a stray <br> or <b> in one line is still Markdown (read as HTML, it would
    // collapse into one paragraph and lose its headings, lists and tables).
    [GeneratedRegex(@"<\s*(?:!doctype|html|head|body|p|div|h[1-6]|ul|ol|li|table|tr|td|th|article|section|main|pre|blockquote|meta|title)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlElement();

    /// <summary>
    /// The charset a Content-Type declares (<c>text/plain; charset=iso-8859-1</c>), or null when it declares none. A
    /// charset parameter without a name (<c>charset=</c>, <c>charset="</c>) is returned as "" so it is refused as an
    /// unknown charset, never silently ignored.
    /// </summary>
    public static string? Charset(string? contentType)
    {
        if (MediaTypeHeaderValue.TryParse(contentType, out var parsed) && !string.IsNullOrWhiteSpace(parsed.CharSet))
            return parsed.CharSet.Trim().Trim('"');
        return contentType is not null && CharsetParameter().IsMatch(contentType) ? "" : null;
    }

    [GeneratedRegex(@";\s*charset\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetParameter();

    /// <summary>Why a multipart body (curl -F against the PUT) is no report, with what to send instead; null for any other type.</summary>
    public static string? MultipartReason(string? contentType) =>
        MediaType(contentType) is { } mediaType && mediaType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            ? $"The body is a multipart form, not a report; send the report itself as the body (curl --data-binary @report.md -H 'Content-Type: text/markdown'), or use the form on the team's review page; {Accepted}."
            : null;

    /// <summary>
    /// Why the upload is not a report format (a sentence with the accepted types), or null. Checked before reading:
    /// the declared type, the file name's extension, then the first bytes (programs, archives, PDF, pictures).
    /// </summary>
    public static string? UnsupportedReason(string? contentType, string fileName, ReadOnlySpan<byte> bytes)
    {
        if (MultipartReason(contentType) is { } multipart) return multipart;
        var mediaType = MediaType(contentType);
        if (mediaType is not null && (NeverReports.Contains(mediaType, StringComparer.OrdinalIgnoreCase)
            || mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase) || mediaType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase)
            || mediaType.StartsWith("video/", StringComparison.OrdinalIgnoreCase)))
            return $"Content-Type '{EchoedValue.Show(mediaType)}' is not a report format; {Accepted}.";
        if (!ReportFileLoader.Reads(fileName))
        {
            var ext = Path.GetExtension(fileName);
            return $"'{EchoedValue.Show(fileName)}' is not a report format ({(ext.Length == 0 ? "no extension" : $"'{EchoedValue.Show(ext)}'")}); {Accepted}.";
        }
        if (Sniff(bytes, fileName) is { } what)
            return $"The upload is {what}, not a report; {Accepted}.";
        return null;
    }

    /// <summary>What the first bytes say the body is, when it is something no reader takes; null otherwise.</summary>
    private static string? Sniff(ReadOnlySpan<byte> b, string fileName)
    {
        // "MZ" then a NUL in the DOS header: text that merely starts with "MZ" has no NUL.
        if (b.StartsWith("MZ"u8) && b[..Math.Min(b.Length, 64)].Contains((byte)0)) return "a Windows program (an .exe or .dll)";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x7F, (byte)'E', (byte)'L', (byte)'F'])) return "a Linux program (ELF)";
        if (b.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]))
            return "a macOS program or Java class";
        if (b.StartsWith("%PDF-"u8)) return "a PDF document";
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) || b.StartsWith("GIF8"u8) || b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "a picture";
        // A .docx is a ZIP archive; any other ZIP (or gzip, 7z, RAR) named as text is not a report.
        if (!fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)
            && (b.StartsWith("PK\u0003\u0004"u8) || b.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]) || b.StartsWith("7z"u8) || b.StartsWith("Rar!"u8)))
            return "an archive (ZIP, gzip, 7z or RAR)";
        return null;
    }

    /// <summary>True when the reader for <paramref name="fileName"/> decodes text (so a declared charset applies); .docx declares its own.</summary>
    public static bool IsText(string fileName) => !fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase);

    private static string? MediaType(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType) ? null : contentType.Split(';')[0].Trim();
}
