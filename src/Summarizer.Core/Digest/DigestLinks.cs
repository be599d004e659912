namespace Summarizer.Digest;

/// <summary>
/// Links from the mail to the full lists. With a base URL (<see cref="DigestLinkOptions.BaseUrl"/>) they point at the
/// week page, the review pages and the items API; without one, the mail says the full file lies beside it.
/// </summary>
public sealed record DigestLinks(string? Full, string? Items, Func<ExtractedItem, string>? Item)
{
    public static readonly DigestLinks None = new(null, null, null);

    public static DigestLinks For(string week, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(baseUrl)) return None;
        var b = baseUrl.TrimEnd('/');
        var w = Uri.EscapeDataString(week);
        return new DigestLinks($"{b}/weeks/{w}", $"{b}/api/weeks/{w}/items",
            i => $"{b}/review/{Uri.EscapeDataString(i.Team)}?week={w}#{Citation.Anchor(i)}");
    }
}
