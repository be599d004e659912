using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Summarizer.Store;

/// <summary>Picks the backend from the connection string: PostgreSQL when it looks like Npgsql's, SQLite otherwise.</summary>
public static partial class StoreFactory
{
    public const string DefaultConnectionString = "Data Source=summarizer.db";

    /// <exception cref="Pipeline.ConfigurationException">The string is neither SQLite's nor Npgsql's (the message does not repeat it: it may hold a password).</exception>
    public static IDigestStore Create(string? connectionString, TimeProvider? time = null, ILoggerFactory? loggers = null)
    {
        loggers ??= NullLoggerFactory.Instance;
        var cs = string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString.Trim();
        try
        {
            return IsPostgres(cs)
                ? new PostgresDigestStore(cs, time, loggers.CreateLogger<PostgresDigestStore>())
                : new SqliteDigestStore(cs, time, loggers.CreateLogger<SqliteDigestStore>());
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException)
        {
            throw new Pipeline.ConfigurationException(
                "the store connection string (--store or Summarizer:Store) cannot be read: use 'Data Source=FILE.db' for SQLite, " +
                "or 'Host=…;Username=…;Password=…;Database=…' or postgres://… for PostgreSQL.");
        }
    }

    /// <summary><c>postgres://…</c>, or <c>Host=</c>/<c>Server=</c> together with <c>Username=</c> (or <c>User ID=</c>).</summary>
    public static bool IsPostgres(string connectionString) =>
        connectionString.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || connectionString.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (HostKey().IsMatch(connectionString) && UserKey().IsMatch(connectionString));

    [GeneratedRegex(@"(^|;)\s*(Host|Server)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex HostKey();

    [GeneratedRegex(@"(^|;)\s*(Username|User\s*Name|User\s*Id|UserId)\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex UserKey();
}
