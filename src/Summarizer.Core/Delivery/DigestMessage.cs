using System.Net;
using System.Text.RegularExpressions;
using MimeKit;

namespace Summarizer.Delivery;

/// <summary>
/// Builds the digest mail: HTML body with the Markdown as its plain-text alternative. The digest's pictures, data:
/// URIs in digest.html, become inline parts linked by Content-ID (multipart/related), which mail clients show where
/// many block data: URIs; their alt text stays on the img tag.
/// </summary>
public static partial class DigestMessage
{
    public static MimeMessage Compose(string week, string markdown, string html, IReadOnlyList<string> recipients, SmtpOptions smtp, string? messageId = null)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        foreach (var to in recipients) message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"{smtp.SubjectPrefix} {week}".Trim();
        // A stable id lets mail clients fold a duplicate if a crash ever forced a resend.
        if (messageId is not null) message.MessageId = messageId;
        var body = new BodyBuilder { TextBody = markdown };
        body.HtmlBody = LinkImages(html, body, week);
        message.Body = body.ToMessageBody();
        return message;
    }

    /// <summary>Moves each <c>src="data:image/png;base64,…"</c> of our own markup into a linked resource and points the tag at its cid.</summary>
    private static string LinkImages(string html, BodyBuilder body, string week)
    {
        int n = 0;
        return InlinePng().Replace(html, m =>
        {
            var part = body.LinkedResources.Add($"chart-{++n}.png", Convert.FromBase64String(WebUtility.HtmlDecode(m.Groups["data"].Value)), new ContentType("image", "png"));
            // Stable per week and picture, so a resend carries the same parts.
            part.ContentId = $"chart-{n}.{week}@summarizer";
            return $"src=\"cid:{part.ContentId}\"";
        });
    }

    // Report text is HTML-encoded by the templates, so only our own img tags hold a literal src="data:…";
    // the template encodes the '+' of base64 as &#x2B;.
    [GeneratedRegex(@"src=""data:image/png;base64,(?<data>[A-Za-z0-9+/=&#;]+)""")]
    private static partial Regex InlinePng();
}
