using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

/// <summary>Two weeks of samples through the whole pipeline on PostgreSQL: the same digest as on SQLite.</summary>
[Collection(PostgresCollection.Name)]
[Trait("Category", "postgres")]
public sealed class PostgresPipelineTests(PostgresServer server)
{
    [Fact]
    public async Task TwoWeeks_OnPostgres_PublishSameItemsAndChangesAsOnSqlite()
    {
        var postgres = server.CreateSchema("p_");
        try
        {
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
            server.DropSchema(postgres);
        }
    }
}
