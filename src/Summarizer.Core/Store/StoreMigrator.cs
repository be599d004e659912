using System.Data.Common;
using System.Globalization;

namespace Summarizer.Store;

/// <summary>Applies the pending <see cref="StoreSchema"/> versions in one transaction and records them in schema_version.</summary>
internal static class StoreMigrator
{
    public static async Task<int> MigrateAsync(DbConnection conn, SqlDialect dialect, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await conn.BeginTransactionAsync(ct);
        if (dialect.SchemaLockSql is { } lockSql) await Exec(conn, tx, lockSql, ct);
        await Exec(conn, tx, "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL, applied_at TEXT NOT NULL)", ct);

        await using (var read = conn.CreateCommand())
        {
            read.Transaction = tx;
            read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
            var current = Convert.ToInt64(await read.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            var migrations = StoreSchema.Migrations(dialect);
            if (current > migrations.Count)
                throw new InvalidOperationException(
                    $"The store's schema is version {current} but this build knows only up to {migrations.Count}; use a newer summarizer or another database.");

            int applied = 0;
            for (long v = current + 1; v <= migrations.Count; v++)
            {
                await Exec(conn, tx, migrations[(int)v - 1], ct);
                await using var record = conn.CreateCommand();
                record.Transaction = tx;
                record.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES (@v, @at)";
                AddParameter(record, "v", v);
                AddParameter(record, "at", now.ToString("O", CultureInfo.InvariantCulture));
                await record.ExecuteNonQueryAsync(ct);
                applied++;
            }
            await tx.CommitAsync(ct);
            return applied;
        }
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static async Task Exec(DbConnection conn, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
