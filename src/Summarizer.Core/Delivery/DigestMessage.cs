using MimeKit;

namespace Summarizer.Delivery;

/// <summary>Builds the digest mail: HTML body with the Markdown as its plain-text alternative.</summary>
public static class DigestMessage
{
    public static MimeMessage Compose(string week, string markdown, string html, IReadOnlyList<string> recipients, SmtpOptions smtp, string? messageId = null)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.From));
        foreach (var to in recipients) message.To.Add(MailboxAddress.Parse(to));
        message.Subject = $"{smtp.SubjectPrefix} {week}".Trim();
        // A stable id lets mail clients fold a duplicate if a crash ever forced a resend.
        if (messageId is not null) message.MessageId = messageId;
        message.Body = new BodyBuilder { HtmlBody = html, TextBody = markdown }.ToMessageBody();
        return message;
    }
}
