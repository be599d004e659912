namespace Summarizer.Gather;

/// <summary>Markdown and plain text: decoded and split into lines, nothing else changed.</summary>
public sealed class PlainTextFormatReader(string format, params string[] extensions) : IReportFormatReader
{
    public string Format { get; } = format;

    public IReadOnlyCollection<string> Extensions { get; } = extensions;

    public FormatReadResult Read(byte[] bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        return decoded.Ok ? FormatReadResult.Success(TextLines.Split(decoded.Text!), decoded.Encoding) : FormatReadResult.Failure(decoded.Error!);
    }
}
