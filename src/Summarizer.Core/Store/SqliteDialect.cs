using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Summarizer.Store;

public sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
            throw new ArgumentException("The SQLite connection string names no file; write it as 'Data Source=summarizer.db'.", nameof(connectionString));
        // Writers wait for each other instead of failing at once with SQLITE_BUSY.
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    public override string Name => "sqlite";

    public override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken ct)
    {
        // WAL lets readers (API, pages) go on while the worker writes; the mode is stored in the file.
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL;";
        await cmd.ExecuteScalarAsync(ct);
    }
}
