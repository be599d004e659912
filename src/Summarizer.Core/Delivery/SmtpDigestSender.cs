using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Summarizer.Delivery;

/// <summary>Sends over SMTP with MailKit, one connection per mail.</summary>
public sealed class SmtpDigestSender(IOptions<SmtpOptions> options, ILogger<SmtpDigestSender> logger) : IDigestSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        if (string.IsNullOrWhiteSpace(o.Host))
            throw new InvalidOperationException($"No SMTP host configured; set {SmtpOptions.SectionName}:Host.");

        using var client = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        await client.ConnectAsync(o.Host, o.Port, Map(o.Security), ct);
        if (!string.IsNullOrEmpty(o.User)) await client.AuthenticateAsync(o.User, o.Password ?? "", ct);
        var reply = await client.SendAsync(message, ct);
        logger.LogInformation("Relay {Host} accepted {Subject} for {Recipients}: {Reply}", o.Host, message.Subject, message.To.Count, reply);
        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or SmtpCommandException)
        {
            // The relay already accepted the mail: a failed QUIT must not turn into a resend.
            logger.LogDebug(ex, "QUIT to {Host} failed after the mail was accepted", o.Host);
        }
    }

    private static SecureSocketOptions Map(SmtpSecurity s) => s switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.Auto,
    };
}
