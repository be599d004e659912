using MimeKit;

namespace Summarizer.Gather.Sources;

/// <summary>
/// Finds the report in a mail: the one attachment in a report format (.md, .markdown, .txt, .html, .htm, .docx) when
/// there is one, otherwise the body (its text/plain part, else its text/html part). Pictures (signatures, inline
/// images) are ignored. Bytes are kept as received (after undoing base64 or quoted-printable) so the format readers
/// decode them like a file — UTF-8, GBK/GB18030 — except text declared in another legacy charset (Big5, Latin-1,
/// Shift_JIS, …), which is converted to UTF-8 from that declared charset, since the readers would not guess it.
/// </summary>
public static class MailReportPart
{
    private static readonly HashSet<string> DecodedByReaders = new(StringComparer.OrdinalIgnoreCase)
        { "utf-8", "utf8", "us-ascii", "ascii", "gb2312", "gbk", "x-gbk", "gb18030", "cp936", "windows-936" };

    /// <summary>The report's file name and bytes, or (null, reason) when the mail holds no report Summarizer can take.</summary>
    public static (string? FileName, byte[]? Content, string? Reason) Find(MimeMessage message)
    {
        var attachments = message.Attachments.OfType<MimePart>().Where(p => !p.ContentType.IsMimeType("image", "*")).ToList();
        var reports = attachments.Where(p => ReportFileLoader.Reads(NameOf(p))).ToList();
        if (reports.Count > 1)
            return (null, null, $"it has {reports.Count} report attachments ({string.Join(", ", reports.Select(NameOf))}); send one report per mail");
        if (reports.Count == 1) return (NameOf(reports[0]), Bytes(reports[0]), null);
        if (attachments.Count > 0)
            return (null, null, $"its attachment '{NameOf(attachments[0])}' is not a format Summarizer reads; attach the report as {ReportFileLoader.SupportedExtensions}, or write it in the mail's body");
        var body = message.BodyParts.OfType<TextPart>().Where(p => !p.IsAttachment).ToList();
        var part = body.FirstOrDefault(p => p.IsPlain) ?? body.FirstOrDefault(p => p.IsHtml);
        if (part is null) return (null, null, "it has no report: no text in the body and nothing attached; write the report in the body or attach it");
        return (part.IsHtml ? "message.html" : "message.txt", Bytes(part), null);
    }

    /// <summary>The attachment's own file name without any folder part, or one made from its content type.</summary>
    private static string NameOf(MimePart part)
    {
        var name = Path.GetFileName((part.FileName ?? "").Replace('\\', '/')).Trim();
        if (name.Length > 0) return name;
        return part.ContentType.MimeType.ToLowerInvariant() switch
        {
            "text/markdown" or "text/x-markdown" => "attachment.md",
            "text/plain" => "attachment.txt",
            "text/html" => "attachment.html",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "attachment.docx",
            var other => $"attachment ({other})",
        };
    }

    private static byte[] Bytes(MimePart part)
    {
        using var stream = new MemoryStream();
        part.Content?.DecodeTo(stream);
        if (part is TextPart && part.ContentType.Charset is { Length: > 0 } charset && !DecodedByReaders.Contains(charset.Trim()))
        {
            // An unknown charset or bytes invalid in it: kept as they are, the readers try their own detection.
            if (TextDecoder.ToUtf8(stream.ToArray(), charset).Bytes is { } utf8) return utf8;
        }
        return stream.ToArray();
    }
}
