using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Summarizer.Store;

public sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;
    private bool _created;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrWhiteSpace(builder.DataSource))
            throw new ArgumentException("The SQLite connection string names no file; write it as 'Data Source=summarizer.db'.", nameof(connectionString));
        // Writers wait for each other instead of failing at once with SQLITE_BUSY.
        if (builder.DefaultTimeout < 30) builder.DefaultTimeout = 30;
        _connectionString = builder.ToString();
        DataSource = builder.DataSource;
        InMemory = DataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory;
        Location = InMemory ? DataSource : Path.GetFullPath(DataSource);
    }

    /// <summary>The database file.</summary>
    public string DataSource { get; }

    private bool InMemory { get; }

    public override string Name => "sqlite";

    public override string IntegrityCheckSql => "PRAGMA quick_check(1)";

    public override string Location { get; }

    public override string IdentityColumn => "INTEGER PRIMARY KEY AUTOINCREMENT";

    public override string BytesColumn => "BLOB";

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override async Task PrepareDatabaseAsync(DbConnection connection, CancellationToken ct)
    {
        // WAL lets readers (API, pages) go on while the worker writes; the mode is stored in the file.
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL;";
        await cmd.ExecuteScalarAsync(ct);
        _created = !InMemory;
    }

    /// <summary>A store in a folder that does not exist yet gets its folder (SQLite creates the file, not the folder).</summary>
    public override void PrepareLocation()
    {
        if (InMemory || Path.GetDirectoryName(Location) is not { Length: > 0 } folder || Directory.Exists(folder)) return;
        try { Directory.CreateDirectory(folder); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"store {Location} cannot be created: its folder {folder} cannot be made: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// A file deleted under a running host would go unnoticed: pooled connections keep writing to the unlinked file and
    /// everything vanishes at restart, and a new connection would silently start an empty store. So every operation
    /// first checks the file is still there; when it is not, the pool is dropped so a restored file is picked up.
    /// </summary>
    public override void EnsureStillThere()
    {
        if (!_created || File.Exists(Location)) return;
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        throw new StoreUnavailableException(
            $"store {Location} is missing: the file was deleted or moved while in use; restore it, or restart to begin an empty store.");
    }

    public override string? DescribeFault(Exception exception) => exception switch
    {
        SqliteException e => e.SqliteErrorCode switch
        {
            26 => $"is not a database: {e.Message}",                    // SQLITE_NOTADB
            11 => $"is corrupt: {e.Message}",                           // SQLITE_CORRUPT
            8 => $"is read-only: {e.Message}",                          // SQLITE_READONLY
            13 => $"is full (no space left on the disk): {e.Message}",  // SQLITE_FULL
            14 => $"cannot be opened: {e.Message}",                     // SQLITE_CANTOPEN
            10 => $"cannot be read or written: {e.Message}",            // SQLITE_IOERR
            3 or 23 => $"is not accessible: {e.Message}",               // SQLITE_PERM, SQLITE_AUTH
            5 or 6 => $"is busy (locked by another process): {e.Message}", // SQLITE_BUSY, SQLITE_LOCKED
            _ => null,
        },
        _ => null,
    };
}
