using Summarizer.Digest.Sections;

namespace Summarizer.Digest.Html;

/// <summary>
/// Renders a <see cref="DigestView"/> to one self-contained HTML page with the Razor components of this folder
/// (<see cref="ComponentHtml"/>): every piece of report text is encoded by the template engine.
/// Pictures are data: URIs; the mail turns them into CID parts (<see cref="Delivery.DigestMessage"/>).
/// </summary>
public sealed class HtmlDigestWriter
{
    public Task<string> WriteAsync(DigestView view) =>
        ComponentHtml.RenderAsync<DigestPage>(new Dictionary<string, object?> { [nameof(DigestPage.View)] = view });
}
