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
        long versions = StoreSchema.Migrations(new SqliteDialect(_db.ConnectionString)).Count;
        Assert.Equal(versions, Scalar(conn, "SELECT MAX(version) FROM schema_version"));
        Assert.Equal(versions, Scalar(conn, "SELECT COUNT(*) FROM schema_version"));

        var reopened = OpenStore();
        await reopened.InitializeAsync();
        Assert.Equal(versions, Scalar(conn, "SELECT COUNT(*) FROM schema_version"));
        Assert.Equal("# d", (await reopened.GetDigestAsync("2024-W26"))!.Markdown);
    }

    [Fact]
    public async Task CheckHealthAsync_PagesCorruptedBehindAWorkingWrite_IsUnhealthyNamingTheStore()
    {
        var store = OpenStore();
        for (int w = 1; w <= 40; w++)
            await store.SaveDigestAsync(new DigestRecord($"2024-W{w:00}", new string('d', 20_000), "<p>d</p>", Time.GetUtcNow()));
        Assert.True((await store.CheckHealthAsync()).IsHealthy);
        SqliteConnection.ClearAllPools();
        await using (var stream = new FileStream(_db.Path, FileMode.Open, FileAccess.Write))
        {
            stream.Position = stream.Length * 3 / 5; // digest pages, far from the schema and the heartbeat's page
            stream.Write(Enumerable.Repeat((byte)0x5A, 16_384).ToArray());
        }

        var health = await OpenStore().CheckHealthAsync();

        Assert.False(health.IsHealthy);
        Assert.Contains(_db.Path, health.Problem);
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
    public async Task CheckHealthAsync_FolderCannotBeMade_ReportsThePath()
    {
        File.WriteAllText(_db.Path, "a file where the folder should be");
        var path = Path.Combine(_db.Path, "no", "such", "dir.db");
        var health = await new SqliteDigestStore($"Data Source={path}", Time).CheckHealthAsync();
        Assert.False(health.IsHealthy);
        Assert.StartsWith($"store {path} cannot be created", health.Problem);
    }

    [Fact]
    public async Task InitializeAsync_FolderMissing_CreatesTheFolderAndTheStore()
    {
        var path = Path.Combine(Path.GetDirectoryName(_db.Path)!, "new", "sub", "summarizer.db");
        var store = new SqliteDigestStore($"Data Source={path}", Time);
        await store.InitializeAsync();
        Assert.True(File.Exists(path));
        Assert.True((await store.CheckHealthAsync()).IsHealthy);
    }

    [Fact]
    public async Task InitializeAsync_FileIsNotADatabase_FailsNamingThePath()
    {
        File.WriteAllText(_db.Path, "this is a text file, not SQLite; it is long enough to have a header of sorts, really it is.\n");
        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => OpenStore().InitializeAsync());
        Assert.StartsWith($"store {_db.Path} is not a database: ", ex.Message);
        Assert.Same(ex, ex.GetBaseException()); // the CLI prints the base exception's message
    }

    [Fact]
    public async Task CheckHealthAsync_FileDeletedWhileInUse_ReportsMissingAndDoesNotStartAnEmptyStore()
    {
        var store = OpenStore();
        await store.SaveDigestAsync(new DigestRecord("2024-W26", "# d", "<p>d</p>", Time.GetUtcNow()));
        Assert.True((await store.CheckHealthAsync()).IsHealthy);
        foreach (var f in Directory.GetFiles(Path.GetDirectoryName(_db.Path)!)) File.Delete(f);

        var health = await store.CheckHealthAsync();
        Assert.Equal($"store {_db.Path} is missing: the file was deleted or moved while in use; restore it, or restart to begin an empty store.", health.Problem);
        var write = await Assert.ThrowsAsync<StoreUnavailableException>(() =>
            store.SaveDigestAsync(new DigestRecord("2024-W27", "# d", "<p>d</p>", Time.GetUtcNow())));
        Assert.Equal(health.Problem, write.Message);
        Assert.False(File.Exists(_db.Path));
    }

    [Fact]
    public async Task CheckHealthAsync_ReadOnlyFile_ReportsReadOnly()
    {
        await OpenStore().InitializeAsync();
        SqliteConnection.ClearAllPools();
        // Mode=ReadOnly fails writes exactly as a read-only file or mount does (SQLITE_READONLY), also when run as root.
        var store = new SqliteDigestStore($"Data Source={_db.Path};Mode=ReadOnly", Time);
        var health = await store.CheckHealthAsync();
        Assert.StartsWith($"store {_db.Path} is read-only: ", health.Problem);
    }

    [Fact]
    public async Task DescribeFault_DiskFull_SaysFullAndNamesThePath()
    {
        var store = OpenStore();
        await store.InitializeAsync();
        await using var conn = new SqliteConnection(_db.ConnectionString);
        await conn.OpenAsync();
        var pages = Convert.ToInt64(Scalar(conn, "PRAGMA page_count"));
        Scalar(conn, $"PRAGMA max_page_count = {pages}"); // this connection may not grow the file: SQLITE_FULL as on a full disk
        var full = Assert.Throws<SqliteException>(() => Scalar(conn, "INSERT INTO digests (week, markdown, html, created_at) VALUES ('w', zeroblob(100000), '', 'x')"));
        Assert.Equal(13, full.SqliteErrorCode);
        Assert.StartsWith($"store {_db.Path} is full (no space left on the disk): ", store.DescribeFault(full));
        Assert.Null(store.DescribeFault(new InvalidOperationException("a bug")));
    }

    private static object? Scalar(SqliteConnection conn, string sql)
    {
        using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }

    public void Dispose() => _db.Dispose();
}
