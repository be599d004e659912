namespace Summarizer.Gather;

/// <summary>HTML exports (Confluence, Notion): decoded like text, then converted to Markdown-like lines.</summary>
public sealed class HtmlFormatReader : IReportFormatReader
{
    public string Format => "html";

    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public FormatReadResult Read(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        return decoded.Ok ? FormatReadResult.Success(HtmlToLines.Convert(decoded.Text!), decoded.Encoding) : FormatReadResult.Failure(decoded.Error!);
    }
}
