using Microsoft.Extensions.Logging;

namespace Summarizer.Store;

public abstract partial class SqlDigestStore
{
    /// <summary>
    /// Takes the week's lease row unless another holder's lease is still running; an expired lease is taken over.
    /// The single upsert is atomic on both backends, so two callers cannot both win. While held, the lease is renewed
    /// every third of its length, so a long run keeps it and a crashed one lets it lapse soon.
    /// </summary>
    public async Task<IAsyncDisposable?> TryLockWeekAsync(string week, string holder, TimeSpan lease, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = Time.GetUtcNow();
        var token = Guid.NewGuid().ToString("N");
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            """
            INSERT INTO week_locks (week, holder, token, expires_at) VALUES (@week, @holder, @token, @expires)
            ON CONFLICT (week) DO UPDATE SET holder = excluded.holder, token = excluded.token, expires_at = excluded.expires_at
            WHERE week_locks.expires_at <= @now
            """,
            ("week", week), ("holder", holder), ("token", token),
            ("expires", (now + lease).ToUnixTimeMilliseconds()), ("now", now.ToUnixTimeMilliseconds()));
        if (await cmd.ExecuteNonQueryAsync(ct) == 0)
        {
            Logger.LogDebug("Week {Week} is locked by another holder; {Holder} did not get it", week, holder);
            return null;
        }
        return new WeekLease(() => ReleaseWeekAsync(week, token), () => RenewWeekAsync(week, token, lease), lease / 3, Time, Logger);
    }

    public async Task<string?> GetWeekLockHolderAsync(string week, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "SELECT holder FROM week_locks WHERE week = @week AND expires_at > @now",
            ("week", week), ("now", Time.GetUtcNow().ToUnixTimeMilliseconds()));
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    public async Task<bool> BreakWeekLockAsync(string week, string holder, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "DELETE FROM week_locks WHERE week = @week AND holder = @holder", ("week", week), ("holder", holder));
        return await cmd.ExecuteNonQueryAsync(ct) > 0;
    }

    private async Task RenewWeekAsync(string week, string token, TimeSpan lease)
    {
        await using var conn = await OpenAsync(CancellationToken.None);
        await using var cmd = Command(conn, "UPDATE week_locks SET expires_at = @expires WHERE week = @week AND token = @token",
            ("expires", (Time.GetUtcNow() + lease).ToUnixTimeMilliseconds()), ("week", week), ("token", token));
        await cmd.ExecuteNonQueryAsync(CancellationToken.None);
    }

    private async Task ReleaseWeekAsync(string week, string token)
    {
        // Only our own lease: after expiry another holder may have taken the row over.
        await using var conn = await OpenAsync(CancellationToken.None);
        await using var cmd = Command(conn, "DELETE FROM week_locks WHERE week = @week AND token = @token", ("week", week), ("token", token));
        await cmd.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
