using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Summarizer.Host.Pages;

/// <summary>
/// Builds a page. <see cref="Text"/> HTML-encodes (report text is data: it can never become markup); <see cref="Raw"/>
/// is for the page's own fixed markup only. CJK stays readable in the source.
/// </summary>
internal sealed class Markup
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly StringBuilder _html = new();

    public Markup Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    public Markup Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) _html.Append(Encoder.Encode(text));
        return this;
    }

    /// <summary>Encoded text for use inside a double-quoted attribute or an interpolated fragment.</summary>
    public static string E(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// <summary>A path segment: URL-escaped, then HTML-encoded.</summary>
    public static string Seg(string segment) => E(Uri.EscapeDataString(segment));

    public override string ToString() => _html.ToString();
}
