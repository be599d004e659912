namespace Summarizer.Store;

public abstract partial class SqlDigestStore
{
    public async Task<IReadOnlyList<ItemCandidate>?> GetSectionResultAsync(string key, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "SELECT candidates FROM section_results WHERE cache_key = @key", ("key", key));
        return await cmd.ExecuteScalarAsync(ct) is string json ? StoreJson.Read<List<ItemCandidate>>(json) : null;
    }

    public async Task SaveSectionResultAsync(string key, IReadOnlyList<ItemCandidate> candidates, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            """
            INSERT INTO section_results (cache_key, candidates, saved_at) VALUES (@key, @json, @saved)
            ON CONFLICT (cache_key) DO UPDATE SET candidates = excluded.candidates, saved_at = excluded.saved_at
            """,
            ("key", key), ("json", StoreJson.Write(candidates)), ("saved", Stamp(Time.GetUtcNow())));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
