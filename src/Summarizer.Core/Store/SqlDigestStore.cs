using System.Data.Common;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Summarizer.Store;

/// <summary>
/// The <see cref="IDigestStore"/> over ADO.NET, shared by SQLite and PostgreSQL through a <see cref="SqlDialect"/>.
/// One connection per operation (the providers pool them); the schema is migrated on first use.
/// </summary>
public abstract partial class SqlDigestStore : IDigestStore
{
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private volatile bool _initialized;

    protected SqlDigestStore(SqlDialect dialect, TimeProvider? time, ILogger? logger)
    {
        Dialect = dialect;
        Time = time ?? TimeProvider.System;
        Logger = logger ?? NullLogger.Instance;
    }

    public SqlDialect Dialect { get; }
    protected TimeProvider Time { get; }
    protected ILogger Logger { get; }

    public async Task InitializeAsync(CancellationToken ct = default)
    {
        if (_initialized) return;
        await _initGate.WaitAsync(ct);
        try
        {
            if (_initialized) return;
            Dialect.PrepareLocation();
            await using var conn = Dialect.CreateConnection();
            await conn.OpenAsync(ct);
            await Dialect.PrepareDatabaseAsync(conn, ct);
            int applied = await StoreMigrator.MigrateAsync(conn, Dialect, Time.GetUtcNow(), ct);
            if (applied > 0) Logger.LogInformation("Store schema migrated by {Count} version(s) on {Backend}", applied, Dialect.Name);
            _initialized = true;
        }
        catch (Exception ex) when (ex is not StoreUnavailableException && DescribeFault(ex) is { } fault)
        {
            // Start-up errors name the store: "store /data/summarizer.db is not a database: …".
            throw new StoreUnavailableException(fault, ex);
        }
        finally
        {
            _initGate.Release();
        }
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken ct = default)
    {
        try
        {
            await using var conn = await OpenAsync(ct);
            await using var cmd = Command(conn,
                "INSERT INTO store_heartbeat (id, at) VALUES (1, @at) ON CONFLICT (id) DO UPDATE SET at = excluded.at",
                ("at", Stamp(Time.GetUtcNow())));
            await cmd.ExecuteNonQueryAsync(ct);
            return await CheckPagesAsync(conn, ct);
        }
        catch (Exception ex) when (ex is StoreUnavailableException || DescribeFault(ex) is not null)
        {
            var problem = ex as StoreUnavailableException is { } s ? s.Message : DescribeFault(ex)!;
            Logger.LogWarning("Store health check failed: {Problem}", problem);
            Logger.LogDebug(ex, "Store health check failed");
            return new StoreHealth(problem);
        }
    }

    // A write can succeed beside corrupt pages (a damaged WAL): read them all, at most once a minute, since a large
    // store takes a while and load balancers ask often.
    private static readonly TimeSpan PageCheckInterval = TimeSpan.FromMinutes(1);
    private DateTimeOffset _pagesCheckedAt = DateTimeOffset.MinValue;
    private StoreHealth _pagesHealth = StoreHealth.Healthy;

    private async Task<StoreHealth> CheckPagesAsync(DbConnection conn, CancellationToken ct)
    {
        if (Dialect.IntegrityCheckSql is not { } sql || Time.GetUtcNow() - _pagesCheckedAt < PageCheckInterval) return _pagesHealth;
        await using var check = Command(conn, sql);
        var answer = Convert.ToString(await check.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        _pagesCheckedAt = Time.GetUtcNow();
        _pagesHealth = string.Equals(answer, "ok", StringComparison.OrdinalIgnoreCase)
            ? StoreHealth.Healthy
            : new StoreHealth($"store {Dialect.Location} is corrupt: {answer}; restore it from a backup");
        if (!_pagesHealth.IsHealthy) Logger.LogWarning("Store health check failed: {Problem}", _pagesHealth.Problem);
        return _pagesHealth;
    }

    public string? DescribeFault(Exception exception) => exception switch
    {
        StoreUnavailableException e => e.Message,
        _ => Dialect.DescribeFault(exception) is { } fault ? $"store {Dialect.Location} {fault}" : null,
    };

    protected async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        await InitializeAsync(ct);
        Dialect.EnsureStillThere();
        var conn = Dialect.CreateConnection();
        await conn.OpenAsync(ct);
        return conn;
    }

    protected static DbCommand Command(DbConnection conn, string sql, DbTransaction? tx = null, params (string Name, object? Value)[] args)
    {
        var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        foreach (var (name, value) in args)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            // Every nullable value here is text; typing the null keeps PostgreSQL from guessing.
            if (value is null) p.DbType = System.Data.DbType.String;
            cmd.Parameters.Add(p);
        }
        return cmd;
    }

    protected static DbCommand Command(DbConnection conn, string sql, params (string Name, object? Value)[] args) =>
        Command(conn, sql, null, args);

    protected static string? Stamp(DateTimeOffset? at) => at?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    protected static DateTimeOffset ParseStamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    protected static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    protected static DateTimeOffset? NullableStamp(DbDataReader r, int i) => r.IsDBNull(i) ? null : ParseStamp(r.GetString(i));

    protected static TEnum ParseEnum<TEnum>(string text) where TEnum : struct, Enum => Enum.Parse<TEnum>(text, ignoreCase: true);
}
