using Npgsql;
using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Store;

/// <summary>
/// The store contract on a real PostgreSQL (<see cref="PostgresServer"/>: SUMMARIZER_TEST_PG, or a throw-away cluster of
/// the installed server). Each test class instance works in its own schema, dropped afterwards.
/// </summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "postgres")]
public sealed class PostgresDigestStoreTests(PostgresServer server) : DigestStoreBehaviour, IDisposable
{
    private readonly string _connectionString = server.CreateSchema("t_");
    private readonly List<PostgresDigestStore> _opened = [];

    protected override IDigestStore OpenStore(TimeProvider? time = null)
    {
        var store = new PostgresDigestStore(_connectionString, time ?? Time);
        _opened.Add(store);
        return store;
    }

    [Fact]
    public async Task InitializeAsync_FreshSchema_CreatesTablesAndRecordsVersion()
    {
        await OpenStore().InitializeAsync();
        await OpenStore().InitializeAsync();
        await using var conn = new NpgsqlConnection(_connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT COUNT(*), MAX(version) FROM schema_version", conn);
        await using var r = await cmd.ExecuteReaderAsync();
        Assert.True(await r.ReadAsync());
        using var dialect = new PostgresDialect(_connectionString);
        long versions = StoreSchema.Migrations(dialect).Count;
        Assert.Equal((versions, versions), (r.GetInt64(0), r.GetInt64(1)));
    }

    public void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
        server.DropSchema(_connectionString);
    }
}
