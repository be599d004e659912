using System.Data.Common;
using Summarizer.Gather;

namespace Summarizer.Store;

public abstract partial class SqlDigestStore : IReminderOutbox
{
    private const string ReminderColumns =
        "reminder_id, week, team, recipients_key, deadline, state, attempts, last_error, next_attempt_at, sent_at, created_at";

    public async Task<ReminderRecord> EnqueueReminderAsync(string week, string team, string? recipientsKey, DateTimeOffset deadline, CancellationToken ct = default)
    {
        var state = recipientsKey is null ? ReminderState.NoAddress : ReminderState.Pending;
        await using var conn = await OpenAsync(ct);
        await using (var insert = Command(conn,
            """
            INSERT INTO reminders (week, team_key, team, recipients_key, deadline, state, attempts, created_at)
            VALUES (@week, @key, @team, @recipients, @deadline, @state, 0, @created)
            ON CONFLICT (week, team_key) DO NOTHING
            """,
            ("week", week), ("key", TeamName.Key(team)), ("team", team), ("recipients", recipientsKey), ("deadline", Stamp(deadline)),
            ("state", state.ToString()), ("created", Stamp(Time.GetUtcNow()))))
            await insert.ExecuteNonQueryAsync(ct);

        await using var select = Command(conn, $"SELECT {ReminderColumns} FROM reminders WHERE week = @week AND team_key = @key",
            ("week", week), ("key", TeamName.Key(team)));
        await using var r = await select.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) throw new InvalidOperationException($"The reminder of {team} for {week} vanished right after it was enqueued.");
        return ReadReminder(r);
    }

    public async Task UpdateReminderAsync(ReminderRecord reminder, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            """
            UPDATE reminders SET state = @state, attempts = @attempts, last_error = @error, next_attempt_at = @next, sent_at = @sent
            WHERE reminder_id = @id AND (state <> @sentState OR @state = @sentState)
            """,
            ("id", reminder.Id), ("state", reminder.State.ToString()), ("attempts", (long)reminder.Attempts), ("error", reminder.LastError),
            ("next", Stamp(reminder.NextAttemptAt)), ("sent", Stamp(reminder.SentAt)), ("sentState", ReminderState.Sent.ToString()));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<ReminderRecord>> GetPendingRemindersAsync(CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, $"SELECT {ReminderColumns} FROM reminders WHERE state IN (@pending, @failed) ORDER BY reminder_id",
            ("pending", ReminderState.Pending.ToString()), ("failed", ReminderState.Failed.ToString()));
        return await ReadRemindersAsync(cmd, ct);
    }

    public async Task<IReadOnlyList<ReminderRecord>> ListRemindersAsync(string week, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, $"SELECT {ReminderColumns} FROM reminders WHERE week = @week ORDER BY team_key", ("week", week));
        return await ReadRemindersAsync(cmd, ct);
    }

    private static async Task<IReadOnlyList<ReminderRecord>> ReadRemindersAsync(DbCommand cmd, CancellationToken ct)
    {
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<ReminderRecord>();
        while (await r.ReadAsync(ct)) list.Add(ReadReminder(r));
        return list;
    }

    private static ReminderRecord ReadReminder(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Week = r.GetString(1),
        Team = r.GetString(2),
        RecipientsKey = NullableString(r, 3),
        Deadline = ParseStamp(r.GetString(4)),
        State = ParseEnum<ReminderState>(r.GetString(5)),
        Attempts = (int)r.GetInt64(6),
        LastError = NullableString(r, 7),
        NextAttemptAt = NullableStamp(r, 8),
        SentAt = NullableStamp(r, 9),
        CreatedAt = ParseStamp(r.GetString(10)),
    };
}
