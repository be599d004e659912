using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Summarizer.Tests.TestSupport;

/// <summary>
/// The PostgreSQL the store tests talk to: the server named by <c>SUMMARIZER_TEST_PG</c> when it is set (CI's
/// <c>.ci/postgres.sh</c>), otherwise a throw-away cluster of the installed server binaries
/// (<c>/usr/lib/postgresql/&lt;version&gt;/bin</c>) in a temp folder on a free loopback port, stopped and deleted when
/// the collection ends. As root the server runs as the <c>postgres</c> user (initdb refuses root). Tests isolate
/// themselves in schemas of their own, so one server serves the whole collection.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string EnvironmentVariable = "SUMMARIZER_TEST_PG";
    private const string BinRoot = "/usr/lib/postgresql";

    private readonly string? _dataDir;
    private readonly string? _pgCtl;
    private readonly string? _owner;

    /// <summary>An Npgsql connection string with the right to create schemas.</summary>
    public string ConnectionString { get; }

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }
        var bin = FindBinaries() ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries not found under {BinRoot}/*/bin and {EnvironmentVariable} is unset: run `bash .ci/run` (installs them), or filter with --filter \"Category!=postgres\".");
        _pgCtl = Path.Combine(bin, "pg_ctl");
        _owner = Environment.UserName == "root" ? "postgres" : null;
        var root = Directory.CreateTempSubdirectory("summarizer-pg-").FullName;
        _dataDir = Path.Combine(root, "data");
        if (_owner is not null) Execute(asOwner: false, "chown", _owner, root);
        var port = FreeLoopbackPort();
        Execute(asOwner: true, Path.Combine(bin, "initdb"), "-D", _dataDir, "-U", "summarizer", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
        Execute(asOwner: true, _pgCtl, "-D", _dataDir, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start",
            "-o", $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=summarizer;Database=postgres";
    }

    /// <summary>Creates a schema of its own for one test and returns a connection string whose search path is it.</summary>
    public string CreateSchema(string prefix)
    {
        var schema = prefix + Guid.NewGuid().ToString("N");
        Sql($"CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ToString();
    }

    /// <summary>Drops the schema <see cref="CreateSchema"/> made for <paramref name="connectionString"/>.</summary>
    public void DropSchema(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        Sql($"DROP SCHEMA IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).SearchPath} CASCADE");
    }

    private void Sql(string sql)
    {
        using var conn = new NpgsqlConnection(ConnectionString);
        conn.Open();
        using var cmd = new NpgsqlCommand(sql, conn);
        cmd.ExecuteNonQuery();
    }

    private static string? FindBinaries() =>
        Directory.Exists(BinRoot)
            ? Directory.EnumerateDirectories(BinRoot)
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => Version.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), out var v) ? v : new Version(0, 0))
                .FirstOrDefault()
            : null;

    /// <summary>A loopback port nothing listens on now (the OS picks it; closed again at once).</summary>
    internal static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a tool to completion, under <c>runuser -u postgres</c> when root asks for the owner; a failure carries its output.</summary>
    private void Execute(bool asOwner, string file, params string[] args)
    {
        var runAs = asOwner ? _owner : null;
        var start = new ProcessStartInfo(runAs is null ? file : "runuser")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        if (runAs is not null) foreach (var a in new[] { "-u", runAs, "--", file }) start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(file)} failed ({process.ExitCode}): {stderr.Trim()} {stdout.Result.Trim()}");
    }

    public void Dispose()
    {
        if (_dataDir is null) return;
        try { Execute(asOwner: true, _pgCtl!, "-D", _dataDir, "-m", "immediate", "stop"); }
        finally
        {
            try { Directory.Delete(Path.GetDirectoryName(_dataDir)!, recursive: true); } catch (IOException) { }
        }
    }
}

/// <summary>The tests that share one <see cref="PostgresServer"/>; it stops when the last of them has run.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "postgres";
}
