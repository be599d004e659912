using System.Data.Common;

namespace Summarizer.Store;

public abstract partial class SqlDigestStore
{
    private const string DeliveryColumns = "delivery_id, week, recipients_key, state, attempts, last_error, next_attempt_at, sent_at";

    public async Task<DeliveryRecord> EnqueueDeliveryAsync(string week, string recipientsKey, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using (var insert = Command(conn,
            """
            INSERT INTO deliveries (week, recipients_key, state, attempts, created_at) VALUES (@week, @key, @state, 0, @created)
            ON CONFLICT (week, recipients_key) DO NOTHING
            """,
            ("week", week), ("key", recipientsKey), ("state", DeliveryState.Pending.ToString()), ("created", Stamp(Time.GetUtcNow()))))
            await insert.ExecuteNonQueryAsync(ct);

        await using var select = Command(conn, $"SELECT {DeliveryColumns} FROM deliveries WHERE week = @week AND recipients_key = @key",
            ("week", week), ("key", recipientsKey));
        await using var r = await select.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) throw new InvalidOperationException($"Delivery of {week} to '{recipientsKey}' vanished right after it was enqueued.");
        return ReadDelivery(r);
    }

    /// <summary>Saves the delivery's state; a delivery already Sent never goes back to another state.</summary>
    public async Task UpdateDeliveryAsync(DeliveryRecord delivery, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            """
            UPDATE deliveries SET state = @state, attempts = @attempts, last_error = @error, next_attempt_at = @next, sent_at = @sent
            WHERE delivery_id = @id AND (state <> @sentState OR @state = @sentState)
            """,
            ("id", delivery.Id), ("state", delivery.State.ToString()), ("attempts", (long)delivery.Attempts), ("error", delivery.LastError),
            ("next", Stamp(delivery.NextAttemptAt)), ("sent", Stamp(delivery.SentAt)), ("sentState", DeliveryState.Sent.ToString()));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Deliveries not yet sent (pending or failed and due for a retry), oldest first.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> GetPendingDeliveriesAsync(CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, $"SELECT {DeliveryColumns} FROM deliveries WHERE state <> @sent ORDER BY delivery_id",
            ("sent", DeliveryState.Sent.ToString()));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<DeliveryRecord>();
        while (await r.ReadAsync(ct)) list.Add(ReadDelivery(r));
        return list;
    }

    private static DeliveryRecord ReadDelivery(DbDataReader r) => new()
    {
        Id = r.GetInt64(0),
        Week = r.GetString(1),
        RecipientsKey = r.GetString(2),
        State = ParseEnum<DeliveryState>(r.GetString(3)),
        Attempts = (int)r.GetInt64(4),
        LastError = NullableString(r, 5),
        NextAttemptAt = NullableStamp(r, 6),
        SentAt = NullableStamp(r, 7),
    };
}
