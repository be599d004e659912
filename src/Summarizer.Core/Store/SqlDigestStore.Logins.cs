namespace Summarizer.Store;

public abstract partial class SqlDigestStore : ILoginSessionStore, IProtectionKeyStore
{
    public async Task CreateLoginSessionAsync(string sessionId, string tokenId, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "INSERT INTO login_sessions (session_id, token_id, created_at) VALUES (@id, @token, @at)",
            ("id", sessionId), ("token", tokenId), ("at", Stamp(Time.GetUtcNow())));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<bool> IsLoginSessionActiveAsync(string sessionId, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "SELECT COUNT(*) FROM login_sessions WHERE session_id = @id AND revoked_at IS NULL", ("id", sessionId));
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
    }

    public async Task RevokeLoginSessionAsync(string sessionId, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "UPDATE login_sessions SET revoked_at = @at WHERE session_id = @id AND revoked_at IS NULL",
            ("at", Stamp(Time.GetUtcNow())), ("id", sessionId));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<IReadOnlyList<string>> GetProtectionKeysAsync(CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "SELECT xml FROM protection_keys ORDER BY saved_at, name");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var keys = new List<string>();
        while (await r.ReadAsync(ct)) keys.Add(r.GetString(0));
        return keys;
    }

    public async Task SaveProtectionKeyAsync(string name, string xml, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "INSERT INTO protection_keys (name, xml, saved_at) VALUES (@name, @xml, @at) ON CONFLICT (name) DO NOTHING",
            ("name", name), ("xml", xml), ("at", Stamp(Time.GetUtcNow())));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
