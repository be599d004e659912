namespace Summarizer.Gather;

/// <summary>Text decoded from a file's bytes, or why it could not be.</summary>
public sealed record DecodedText(string? Text, string Encoding, string? Error)
{
    public bool Ok => Text is not null;

    public static DecodedText Success(string text, string encoding) => new(text, encoding, null);

    public static DecodedText Failure(string error) => new(null, "", error);
}
