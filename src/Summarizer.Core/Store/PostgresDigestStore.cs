using Microsoft.Extensions.Logging;

namespace Summarizer.Store;

/// <summary>The store on PostgreSQL, for several hosts sharing one database.</summary>
public sealed class PostgresDigestStore(string connectionString, TimeProvider? time = null, ILogger<PostgresDigestStore>? logger = null)
    : SqlDigestStore(new PostgresDialect(connectionString), time, logger), IDisposable
{
    public void Dispose() => ((PostgresDialect)Dialect).Dispose();
}
