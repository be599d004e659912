using Microsoft.Data.Sqlite;
using Npgsql;
using Summarizer.Store;

namespace Summarizer.Host.Cli;

/// <summary>Where a store connection string points, said without its password.</summary>
internal static class StoreLocation
{
    /// <summary>The SQLite file's full path (relative paths are relative to the current directory), or null for PostgreSQL or a non-file database.</summary>
    public static string? SqliteFile(string? connectionString)
    {
        var cs = string.IsNullOrWhiteSpace(connectionString) ? StoreFactory.DefaultConnectionString : connectionString;
        if (StoreFactory.IsPostgres(cs)) return null;
        try
        {
            var file = new SqliteConnectionStringBuilder(cs).DataSource;
            return string.IsNullOrEmpty(file) || file == ":memory:" ? null : Path.GetFullPath(file);
        }
        catch (ArgumentException) { return null; }
    }

    /// <summary>"SQLite /abs/summarizer.db" or "PostgreSQL host:port/database".</summary>
    public static string Describe(string? connectionString)
    {
        if (SqliteFile(connectionString) is { } file) return $"SQLite {file}";
        var cs = connectionString ?? "";
        if (cs.Contains("://", StringComparison.Ordinal)) return "PostgreSQL (" + new Uri(cs).GetComponents(UriComponents.HostAndPort | UriComponents.Path, UriFormat.Unescaped) + ")";
        var pg = new NpgsqlConnectionStringBuilder(cs);
        return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database}";
    }
}
