using Microsoft.Data.Sqlite;
using Summarizer.Store;

namespace Summarizer.Tests.Store;

public sealed class SqliteDigestStoreTests : DigestStoreBehaviour, IDisposable
{
    private readonly TempDb _db = new();

    protected override IDigestStore OpenStore(TimeProvider? time = null) => new SqliteDigestStore(_db.ConnectionString, time ?? Time);

    [Fact]
    public async Task InitializeAsync_FreshFile_CreatesSchemaInWalModeAndReopens()
    {
        Assert.False(File.Exists(_db.Path));
        var store = OpenStore();
        await store.InitializeAsync();
        Assert.True(File.Exists(_db.Path));
        await store.SaveDigestAsync(new DigestRecord("2024-W26", "# d", "<p>d</p>", Time.GetUtcNow()));

        await using var conn = new SqliteConnection(_db.ConnectionString);
        await conn.OpenAsync();
        Assert.Equal("wal", Scalar(conn, "PRAGMA journal_mode"));
        Assert.Equal(1L, Scalar(conn, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(1L, Scalar(conn, "SELECT COUNT(*) FROM schema_version"));

        var reopened = OpenStore();
        await reopened.InitializeAsync();
        Assert.Equal(1L, Scalar(conn, "SELECT COUNT(*) FROM schema_version"));
        Assert.Equal("# d", (await reopened.GetDigestAsync("2024-W26"))!.Markdown);
    }

    [Fact]
    public async Task InitializeAsync_NewerSchemaThanKnown_FailsWithClearMessage()
    {
        await OpenStore().InitializeAsync();
        await using (var conn = new SqliteConnection(_db.ConnectionString))
        {
            await conn.OpenAsync();
            Scalar(conn, "INSERT INTO schema_version (version, applied_at) VALUES (99, 'x')");
        }
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => OpenStore().InitializeAsync());
        Assert.Contains("version 99", ex.Message);
    }

    [Fact]
    public async Task PingAsync_UnwritableLocation_ReturnsFalse()
    {
        var store = new SqliteDigestStore($"Data Source={Path.Combine(_db.Path, "no", "such", "dir.db")}", Time);
        Assert.False(await store.PingAsync());
    }

    private static object? Scalar(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public void Dispose() => _db.Dispose();
}
