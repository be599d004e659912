using System.Text;
using System.Text.RegularExpressions;

namespace Summarizer.Gather;

/// <summary>HTML exports (Confluence, Notion): decoded like text (honouring a declared legacy charset), then converted to Markdown-like lines.</summary>
public sealed partial class HtmlFormatReader : IReportFormatReader
{
    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public FormatReadResult Read(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
        var charset = CharsetPattern().Match(head) is { Success: true } m ? m.Groups[1].Value : null;
        var decoded = TextDecoder.Decode(bytes, charset);
        return decoded.Ok ? FormatReadResult.Success(HtmlToLines.Convert(decoded.Text!), decoded.Encoding) : FormatReadResult.Failure(decoded.Error!);
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
