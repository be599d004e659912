using System.Buffers;
using System.Collections.Concurrent;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Summarizer.Tests.Delivery;

/// <summary>Keeps every accepted message with its envelope; can refuse the next messages with a transient 451.</summary>
public sealed class RecordingMessageStore : MessageStore
{
    private int _refuseNext;

    public ConcurrentQueue<(MimeMessage Message, IReadOnlyList<string> Envelope)> Messages { get; } = new();

    public void RefuseNext(int count) => Interlocked.Exchange(ref _refuseNext, count);

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction,
        ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _refuseNext) >= 0)
            return new SmtpResponse(SmtpReplyCode.Aborted, "local error, try later");
        Interlocked.Exchange(ref _refuseNext, 0);

        await using var stream = new MemoryStream(buffer.ToArray());
        var message = await MimeMessage.LoadAsync(stream, cancellationToken);
        Messages.Enqueue((message, transaction.To.Select(m => $"{m.User}@{m.Host}").ToList()));
        return SmtpResponse.Ok;
    }
}
