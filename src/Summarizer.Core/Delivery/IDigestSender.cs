using MimeKit;

namespace Summarizer.Delivery;

/// <summary>Hands a composed digest mail to the relay; returns only once the relay accepted it, throws otherwise.</summary>
public interface IDigestSender
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}
