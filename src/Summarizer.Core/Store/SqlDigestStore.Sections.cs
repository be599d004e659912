using Summarizer.Extraction;

namespace Summarizer.Store;

public abstract partial class SqlDigestStore
{
    public async Task<SectionResult?> GetSectionResultAsync(string key, CancellationToken ct = default) =>
        await ReadResultAsync(key, ct) is not { } json ? null
            // Rows written before drops were kept hold the candidates' array alone.
            : json.TrimStart().StartsWith('[') ? new SectionResult(StoreJson.Read<List<ItemCandidate>>(json), [])
            : StoreJson.Read<SectionResult>(json);

    public Task SaveSectionResultAsync(string key, SectionResult result, CancellationToken ct = default) =>
        WriteResultAsync(key, StoreJson.Write(result), ct);

    // Answers share the checkpoint table under their own key prefix: the same content-addressed, keep-forever rows.
    public Task<string?> GetCachedAnswerAsync(string key, CancellationToken ct = default) => ReadResultAsync("answer:" + key, ct);

    public Task SaveCachedAnswerAsync(string key, string answer, CancellationToken ct = default) => WriteResultAsync("answer:" + key, answer, ct);

    private async Task<string?> ReadResultAsync(string key, CancellationToken ct)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "SELECT candidates FROM section_results WHERE cache_key = @key", ("key", key));
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    private async Task WriteResultAsync(string key, string json, CancellationToken ct)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            """
            INSERT INTO section_results (cache_key, candidates, saved_at) VALUES (@key, @json, @saved)
            ON CONFLICT (cache_key) DO UPDATE SET candidates = excluded.candidates, saved_at = excluded.saved_at
            """,
            ("key", key), ("json", json), ("saved", Stamp(Time.GetUtcNow())));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
