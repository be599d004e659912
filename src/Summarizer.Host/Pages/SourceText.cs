using System.Text;

namespace Summarizer.Host.Pages;

/// <summary>
/// Reads a plain-text report back for the review page: BOM (UTF-8/UTF-16), else strict UTF-8, else GB18030 (GBK's
/// superset), split into lines as the gatherer splits them. Converted formats (html, docx) are not read back.
/// </summary>
internal static class SourceText
{
    public const long MaxBytes = 8 * 1024 * 1024;
    private static readonly string[] PlainExtensions = [".md", ".markdown", ".txt"];

    static SourceText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static bool IsPlainText(string path) => PlainExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>The file's lines, or null when it is missing, too large or not plain text.</summary>
    public static async Task<IReadOnlyList<string>?> ReadLinesAsync(string path, CancellationToken ct)
    {
        if (!IsPlainText(path)) return null;
        var info = new FileInfo(path);
        if (!info.Exists || info.Length > MaxBytes) return null;
        var bytes = await File.ReadAllBytesAsync(path, ct);
        return Decode(bytes).Replace("\r\n", "\n").Split('\n');
    }

    internal static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..]) return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        if (bytes is [0xFF, 0xFE, ..]) return Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        if (bytes is [0xFE, 0xFF, ..]) return Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes); }
        catch (DecoderFallbackException) { return Encoding.GetEncoding("GB18030").GetString(bytes); }
    }
}
