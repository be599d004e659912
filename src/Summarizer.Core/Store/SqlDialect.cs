using System.Data.Common;

namespace Summarizer.Store;

/// <summary>What differs between the SQL backends; everything else (upserts, RETURNING, @parameters) is shared SQL.</summary>
public abstract class SqlDialect
{
    /// <summary>Backend name for logs: sqlite or postgres.</summary>
    public abstract string Name { get; }

    /// <summary>Column definition of an auto-incrementing 64-bit primary key.</summary>
    public abstract string IdentityColumn { get; }

    /// <summary>Column type of raw bytes (SQLite <c>BLOB</c>, PostgreSQL <c>BYTEA</c>); both providers take and give <c>byte[]</c>.</summary>
    public abstract string BytesColumn { get; }

    /// <summary>A new, unopened connection; pooling is left to the provider.</summary>
    public abstract DbConnection CreateConnection();

    /// <summary>Statement that serialises concurrent migrations inside the migration transaction, if the backend needs one.</summary>
    public virtual string? SchemaLockSql => null;

    /// <summary>
    /// A query answering "ok" when the store's pages are sound (SQLite's <c>PRAGMA quick_check(1)</c>), run by the
    /// health check; null where the server checks its own pages (PostgreSQL).
    /// </summary>
    public virtual string? IntegrityCheckSql => null;

    /// <summary>Run once before the schema is migrated (e.g. journal mode).</summary>
    public virtual Task PrepareDatabaseAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Where the store lives, for messages: the SQLite file's full path, or PostgreSQL's host and database (never a password).</summary>
    public abstract string Location { get; }

    /// <summary>Run before the first connection is opened (SQLite: create the file's folder).</summary>
    public virtual void PrepareLocation() { }

    /// <summary>Throws <see cref="StoreUnavailableException"/> when the initialized store has gone (SQLite: its file was deleted).</summary>
    public virtual void EnsureStillThere() { }

    /// <summary>What is wrong with the store when <paramref name="exception"/> is a fault of the store itself, e.g. <c>is read-only: …</c>; else null.</summary>
    public abstract string? DescribeFault(Exception exception);
}
