namespace Summarizer.Store;

public abstract partial class SqlDigestStore
{
    public async Task SaveDigestAsync(DigestRecord digest, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn,
            """
            INSERT INTO digests (week, markdown, html, created_at) VALUES (@week, @md, @html, @created)
            ON CONFLICT (week) DO UPDATE SET markdown = excluded.markdown, html = excluded.html, created_at = excluded.created_at
            """,
            ("week", digest.Week), ("md", digest.Markdown), ("html", digest.Html), ("created", Stamp(digest.CreatedAt)));
        await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<DigestRecord?> GetDigestAsync(string week, CancellationToken ct = default)
    {
        await using var conn = await OpenAsync(ct);
        await using var cmd = Command(conn, "SELECT markdown, html, created_at FROM digests WHERE week = @week", ("week", week));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? new DigestRecord(week, r.GetString(0), r.GetString(1), ParseStamp(r.GetString(2))) : null;
    }
}
