using Npgsql;
using Summarizer.Store;

namespace Summarizer.Tests.Store;

/// <summary>
/// The store contract on a real PostgreSQL named by SUMMARIZER_TEST_PG (see .ci/postgres.sh). Each test class
/// instance works in its own schema, dropped afterwards. Without the variable these tests fail, on purpose.
/// </summary>
public sealed class PostgresDigestStoreTests : DigestStoreBehaviour, IDisposable
{
    public const string EnvironmentVariable = "SUMMARIZER_TEST_PG";

    private readonly string _admin;
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N");
    private readonly string _connectionString;
    private readonly List<PostgresDigestStore> _opened = [];

    public PostgresDigestStoreTests()
    {
        _admin = Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{EnvironmentVariable} is not set: run `source .ci/postgres.sh` to start PostgreSQL on 127.0.0.1:5432 and export it.");
        Execute($"CREATE SCHEMA {_schema}");
        _connectionString = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema }.ToString();
    }

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

    private void Execute(string sql)
    {
        using var conn = new NpgsqlConnection(_admin);
        conn.Open();
        using var cmd = new NpgsqlCommand(sql, conn);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var store in _opened) store.Dispose();
        Execute($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }
}
