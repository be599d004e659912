using Microsoft.Extensions.Logging;

namespace Summarizer.Store;

/// <summary>The default store: one SQLite file in WAL mode.</summary>
public sealed class SqliteDigestStore(string connectionString, TimeProvider? time = null, ILogger<SqliteDigestStore>? logger = null)
    : SqlDigestStore(new SqliteDialect(connectionString), time, logger);
