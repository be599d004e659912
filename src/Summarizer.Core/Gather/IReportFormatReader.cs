namespace Summarizer.Gather;

/// <summary>Turns one file format's bytes into report lines. Markup formats become Markdown-like lines so every format parses alike.</summary>
public interface IReportFormatReader
{
    /// <summary>What <see cref="ReportDocument.Format"/> records: md, txt, html or docx.</summary>
    string Format { get; }

    /// <summary>File extensions with the dot, lower case.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    FormatReadResult Read(byte[] bytes);
}

/// <summary>The lines read from a file and the encoding they came in, or why the file could not be read.</summary>
public sealed record FormatReadResult(IReadOnlyList<string>? Lines, string Encoding, string? Error)
{
    public static FormatReadResult Success(IReadOnlyList<string> lines, string encoding) => new(lines, encoding, null);

    public static FormatReadResult Failure(string error) => new(null, "", error);
}
