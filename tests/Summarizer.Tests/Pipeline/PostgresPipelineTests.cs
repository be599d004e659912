using Npgsql;
using Summarizer.Tests.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

/// <summary>Two weeks of samples through the whole pipeline on PostgreSQL: the same digest as on SQLite.</summary>
public sealed class PostgresPipelineTests
{
    [Fact]
    public async Task TwoWeeks_OnPostgres_PublishSameItemsAndChangesAsOnSqlite()
    {
        var admin = Environment.GetEnvironmentVariable(PostgresDigestStoreTests.EnvironmentVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException($"{PostgresDigestStoreTests.EnvironmentVariable} is not set: run `source .ci/postgres.sh` first.");
        var schema = "p_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE SCHEMA {schema}");
        try
        {
            var postgres = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ToString();
            await using var onPostgres = new PipelineHarness(new Dictionary<string, string?> { ["Summarizer:Store"] = postgres });
            await using var onSqlite = new PipelineHarness();

            await onPostgres.RunAsync("2024-W25");
            var pg = await onPostgres.RunAsync("2024-W26");
            await onSqlite.RunAsync("2024-W25");
            var lite = await onSqlite.RunAsync("2024-W26");

            Assert.Equal(lite.Snapshot.Items.Select(i => (i.Id, i.Summary, i.Metric?.Previous)), pg.Snapshot.Items.Select(i => (i.Id, i.Summary, i.Metric?.Previous)));
            Assert.Equal(lite.Snapshot.Changes.Select(c => c.Summary), pg.Snapshot.Changes.Select(c => c.Summary));
            Assert.Contains(pg.Snapshot.Changes, c => c.Kind == ItemKind.Delay);
            Assert.Equal((await onSqlite.Store.GetDigestAsync("2024-W26"))!.Markdown, (await onPostgres.Store.GetDigestAsync("2024-W26"))!.Markdown);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }
}
