using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Store;

namespace Summarizer.Delivery;

/// <summary>
/// Delivers stored digests through the store's outbox: one entry per (week, recipients), sent at most once.
/// An entry is marked sent right after the relay accepts it; a failure is recorded with its error and retried
/// with exponential back-off, never dropped. A crash between the relay's accept and the mark can resend once;
/// the stable Message-Id lets mail clients fold that duplicate.
/// </summary>
public sealed class DeliveryService(
    IDigestStore store,
    IDigestSender sender,
    DigestFolder folder,
    IOptions<DeliveryOptions> options,
    IOptions<SmtpOptions> smtp,
    TimeProvider time,
    ILogger<DeliveryService> logger)
{
    /// <summary>Writes the folder copy, enqueues the week for the configured recipients and sends what is due.</summary>
    public async Task<DeliveryRecord?> DeliverAsync(IsoWeek week, CancellationToken ct = default)
    {
        var w = week.ToString();
        var digest = await store.GetDigestAsync(w, ct)
            ?? throw new InvalidOperationException($"No digest is stored for {w}; run the week first (summarizer run --week {w}).");
        var s = smtp.Value;
        if (folder.IsConfigured)
        {
            try
            {
                await folder.WriteAsync(w, digest.Markdown, digest.Html,
                    DigestMessage.Compose(w, digest.Markdown, digest.Html, s.IsConfigured ? s.To : [], s), ct);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // The copy is a convenience: a full disk or a bad folder must not hold back the mail.
                logger.LogError(ex, "Could not write the digest of {Week} to {Folder}; mailing it anyway", w, options.Value.Folder);
            }
        }
        if (!s.IsConfigured)
        {
            logger.LogInformation("No SMTP host or recipients configured; the digest of {Week} is not mailed", w);
            return null;
        }

        var entry = await store.EnqueueDeliveryAsync(w, RecipientsKey.From(s.To), ct);
        await SendPendingAsync(ct);
        return await store.EnqueueDeliveryAsync(w, entry.RecipientsKey, ct); // re-read its state
    }

    /// <summary>Sends every outbox entry that is due; returns how many were sent now.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        int sent = 0;
        foreach (var entry in await store.GetPendingDeliveriesAsync(ct))
        {
            if (entry.NextAttemptAt is { } due && due > time.GetUtcNow()) continue;
            if (await TrySendAsync(entry, ct)) sent++;
        }
        return sent;
    }

    /// <summary>When the earliest failed entry is due again (null when nothing waits), for the worker's timer.</summary>
    public async Task<DateTimeOffset?> NextRetryAtAsync(CancellationToken ct = default)
    {
        var pending = await store.GetPendingDeliveriesAsync(ct);
        return pending.Count == 0 ? null : pending.Min(d => d.NextAttemptAt ?? time.GetUtcNow());
    }

    private async Task<bool> TrySendAsync(DeliveryRecord listed, CancellationToken ct)
    {
        await using var lease = await store.TryLockWeekAsync($"{listed.Week}/delivery/{listed.Id}", Environment.MachineName, options.Value.SendLease, ct);
        if (lease is null) return false; // another host is sending it right now

        // Re-read under the lease: another instance may have sent it since it was listed.
        var entry = await store.EnqueueDeliveryAsync(listed.Week, listed.RecipientsKey, ct);
        if (entry.State == DeliveryState.Sent) return false;

        try
        {
            var digest = await store.GetDigestAsync(entry.Week, ct)
                ?? throw new InvalidOperationException($"The digest of {entry.Week} is no longer in the store.");
            var message = DigestMessage.Compose(entry.Week, digest.Markdown, digest.Html, RecipientsKey.Split(entry.RecipientsKey), smtp.Value,
                $"digest-{entry.Week}-{entry.Id}@summarizer");
            await sender.SendAsync(message, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var failure = SendFailure.Of(ex, entry.Attempts, options.Value, time);
            await store.UpdateDeliveryAsync(entry with
            {
                State = DeliveryState.Failed, Attempts = failure.Attempts, LastError = failure.Reason, NextAttemptAt = failure.NextAttemptAt,
            }, CancellationToken.None);
            failure.Log(logger, ex, "digest", entry.Week, entry.RecipientsKey);
            return false;
        }

        // Marked right after the accept, and not cancellable: the mail is out.
        await store.UpdateDeliveryAsync(entry with
        {
            State = DeliveryState.Sent, Attempts = entry.Attempts + 1, SentAt = time.GetUtcNow(), LastError = null, NextAttemptAt = null,
        }, CancellationToken.None);
        logger.LogInformation("Mailed the digest of {Week} to {Recipients}", entry.Week, entry.RecipientsKey);
        return true;
    }
}
