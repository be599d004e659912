namespace Summarizer.Store;

/// <summary>
/// The reminders' outbox in the store: one row per (week, team), so a team is reminded at most once a week however
/// many hosts or restarts decide it. Implemented by <see cref="SqlDigestStore"/> (SQLite and PostgreSQL, schema version 4).
/// </summary>
public interface IReminderOutbox
{
    /// <summary>
    /// Adds the reminder of (<paramref name="week"/>, <paramref name="team"/>) unless one exists (teams compared as
    /// <see cref="Gather.TeamName.Key"/>); returns the existing or new row. A null <paramref name="recipientsKey"/>
    /// records the team as <see cref="ReminderState.NoAddress"/>: listed, never mailed.
    /// </summary>
    Task<ReminderRecord> EnqueueReminderAsync(string week, string team, string? recipientsKey, DateTimeOffset deadline, CancellationToken ct = default);

    /// <summary>Saves the row's state; a reminder already Sent never goes back to another state.</summary>
    Task UpdateReminderAsync(ReminderRecord reminder, CancellationToken ct = default);

    /// <summary>Reminders not yet sent (pending, or failed and waiting for a retry), oldest first.</summary>
    Task<IReadOnlyList<ReminderRecord>> GetPendingRemindersAsync(CancellationToken ct = default);

    /// <summary>Every reminder of <paramref name="week"/>, by team.</summary>
    Task<IReadOnlyList<ReminderRecord>> ListRemindersAsync(string week, CancellationToken ct = default);
}

/// <summary>
/// Where a reminder is: <see cref="Pending"/> until mailed, <see cref="Failed"/> while waiting for a retry,
/// <see cref="Sent"/> once the relay accepted it, <see cref="NoAddress"/> for a team without an address (listed only),
/// <see cref="Withdrawn"/> when the team's report arrived before the mail could go out.
/// </summary>
public enum ReminderState { Pending, Sent, Failed, NoAddress, Withdrawn }

/// <summary>One team's reminder for one week; <see cref="RecipientsKey"/> as <see cref="Delivery.RecipientsKey"/> writes it.</summary>
public sealed record ReminderRecord
{
    public required long Id { get; init; }
    public required string Week { get; init; }
    public required string Team { get; init; }
    public string? RecipientsKey { get; init; }
    public required DateTimeOffset Deadline { get; init; }
    public ReminderState State { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
