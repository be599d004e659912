using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Delivery;
using Summarizer.Store;

namespace Summarizer.Reminders;

/// <summary>
/// At a week's deadline, records one reminder per missing team in the store's reminders outbox and mails those with
/// an address. The outbox row is unique per (week, team), so restarts and a second host add nothing; each send holds
/// a lease and re-reads the row, so two hosts never both mail it. A failed send is retried with the delivery back-off;
/// a reminder whose team reported meanwhile is withdrawn. As for digests, a crash between the relay's accept and the
/// mark can resend once, with the same Message-Id.
/// </summary>
public sealed class ReminderService(
    MissingReports missing,
    IReminderOutbox outbox,
    IDigestStore store,
    IDigestSender sender,
    ReminderMessage messages,
    IOptions<ReminderOptions> options,
    IOptions<DeliveryOptions> delivery,
    IOptions<SmtpOptions> smtp,
    TimeProvider time,
    ILogger<ReminderService> logger)
{
    /// <summary>The configured deadline, or null when reminders are off.</summary>
    public SubmissionDeadline? Deadline => options.Value.Deadline;

    /// <summary>The schedule's zone (UTC when it is unknown here; start-up validation names that).</summary>
    public TimeZoneInfo Zone => TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The ISO week of today's date in the schedule's zone: the week teams are writing about now.</summary>
    public IsoWeek CurrentWeek() => IsoWeek.FromDate(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime));

    /// <summary>The week's missing teams now, with its deadline (null without one) and each team's reminder so far.</summary>
    public async Task<MissingWeek> ListMissingAsync(IsoWeek week, CancellationToken ct = default)
    {
        var due = Deadline?.For(week);
        return new MissingWeek(week, due, due is { } d && d <= time.GetUtcNow(), Zone, await missing.ListAsync(week, ct),
            CanMail: !string.IsNullOrWhiteSpace(smtp.Value.Host));
    }

    /// <summary>
    /// Records the reminders of <paramref name="week"/> (its deadline must have passed) and sends what is due;
    /// returns the week's missing teams. Idempotent: a team already recorded is not recorded or mailed again.
    /// </summary>
    public async Task<IReadOnlyList<MissingReport>> RemindAsync(IsoWeek week, CancellationToken ct = default)
    {
        var deadline = Deadline ?? throw new InvalidOperationException($"No submission deadline is configured ({ReminderOptions.SectionName}:SubmissionDeadline).");
        var due = deadline.For(week);
        if (time.GetUtcNow() < due) throw new InvalidOperationException($"The deadline of {week} ({due:O}) has not passed yet.");

        var list = await missing.ListAsync(week, ct);
        logger.LogInformation("Deadline of {Week} passed: {Missing} team(s) without a report", week, list.Count);
        if (string.IsNullOrWhiteSpace(smtp.Value.Host))
        {
            logger.LogInformation("No SMTP host configured; the missing teams of {Week} are listed, not reminded", week);
            return list;
        }
        foreach (var team in list.Where(m => m.Reminder is null))
        {
            var key = team.RemindTo.Count > 0 ? RecipientsKey.From(team.RemindTo) : null;
            var row = await outbox.EnqueueReminderAsync(week.ToString(), team.Team, key, due, ct);
            if (row.State == ReminderState.NoAddress)
                logger.LogInformation("{Team} has no report for {Week} and no address to remind (Summarizer:Teams:{Team}:RemindTo or Addresses); listed only",
                    team.Team, week, team.Team);
        }
        await SendPendingAsync(ct);
        return await missing.ListAsync(week, ct);
    }

    /// <summary>Sends every reminder that is due; returns how many were mailed now.</summary>
    public async Task<int> SendPendingAsync(CancellationToken ct = default)
    {
        if (Deadline is not { } deadline) return 0;
        int sent = 0;
        foreach (var reminder in await outbox.GetPendingRemindersAsync(ct))
        {
            if (reminder.NextAttemptAt is { } at && at > time.GetUtcNow()) continue;
            if (await TrySendAsync(reminder, deadline.Zone, ct)) sent++;
        }
        return sent;
    }

    /// <summary>When the earliest waiting reminder is due (null when none waits), for the worker's timer.</summary>
    public async Task<DateTimeOffset?> NextRetryAtAsync(CancellationToken ct = default)
    {
        var pending = await outbox.GetPendingRemindersAsync(ct);
        return pending.Count == 0 ? null : pending.Min(r => r.NextAttemptAt ?? time.GetUtcNow());
    }

    private async Task<bool> TrySendAsync(ReminderRecord listed, TimeZoneInfo zone, CancellationToken ct)
    {
        await using var lease = await store.TryLockWeekAsync($"{listed.Week}/reminder/{listed.Id}", Environment.MachineName, delivery.Value.SendLease, ct);
        if (lease is null) return false; // another host is sending it right now

        // Re-read under the lease: another host may have sent it since it was listed.
        var reminder = await outbox.EnqueueReminderAsync(listed.Week, listed.Team, listed.RecipientsKey, listed.Deadline, ct);
        if (reminder.State is not (ReminderState.Pending or ReminderState.Failed)) return false;
        if (reminder.NextAttemptAt is { } due && due > time.GetUtcNow()) return false; // it failed meanwhile: wait for its back-off
        if (IsoWeek.TryParse(reminder.Week, out var week) && await missing.HasReportAsync(week, reminder.Team, ct))
        {
            await outbox.UpdateReminderAsync(reminder with { State = ReminderState.Withdrawn, NextAttemptAt = null }, CancellationToken.None);
            logger.LogInformation("{Team} reported for {Week} before its reminder went out; reminder withdrawn", reminder.Team, reminder.Week);
            return false;
        }

        try
        {
            await sender.SendAsync(messages.Compose(reminder, zone), ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var failure = SendFailure.Of(ex, reminder.Attempts, delivery.Value, time);
            await outbox.UpdateReminderAsync(reminder with
            {
                State = ReminderState.Failed, Attempts = failure.Attempts, LastError = failure.Reason, NextAttemptAt = failure.NextAttemptAt,
            }, CancellationToken.None);
            failure.Log(logger, ex, "reminder", reminder.Week, reminder.Team);
            return false;
        }

        // Marked right after the accept, and not cancellable: the mail is out.
        await outbox.UpdateReminderAsync(reminder with
        {
            State = ReminderState.Sent, Attempts = reminder.Attempts + 1, SentAt = time.GetUtcNow(), LastError = null, NextAttemptAt = null,
        }, CancellationToken.None);
        logger.LogInformation("Reminded {Team} of its report for {Week} ({Recipients})", reminder.Team, reminder.Week, reminder.RecipientsKey);
        return true;
    }
}
