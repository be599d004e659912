using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Summarizer.Store;
using Summarizer.Tests.Api;

namespace Summarizer.Tests.Serve;

/// <summary>
/// Store faults under a running <c>serve</c>: <c>/healthz</c> writes a heartbeat and answers 503 with a one-line reason,
/// API writes answer 503 with the reason instead of 500, start-up errors name the store's path, a missing folder is made.
/// </summary>
public sealed class StoreHealthHttpTests
{
    [Fact]
    public async Task StoreDeletedWhileServing_HealthAndWritesAnswer503NamingTheFile()
    {
        await using var host = await ServeHost.StartAsync();
        await ApiTestData.SeedAsync(host);
        var db = Path.Combine(host.Root, "summarizer.db");
        Assert.Equal(HttpStatusCode.OK, (await host.Client(null).GetAsync("/healthz")).StatusCode);
        foreach (var f in Directory.GetFiles(host.Root, "summarizer.db*")) File.Delete(f);

        using var health = await host.Client(null).GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var status = await health.Content.ReadFromJsonAsync<JsonElement>();
        Assert.StartsWith($"store {db} is missing", status.GetProperty("reason").GetString());

        using var write = await host.Client(ServeHost.AlphaToken).PostAsJsonAsync($"/api/items/{ApiTestData.AlphaRiskId}/review", new { status = "confirmed" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.Equal("application/problem+json", write.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith($"store {db} is missing", (await write.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.False(File.Exists(db)); // no empty store was started in its place
    }

    [Fact]
    public async Task StoreReadOnly_HealthAndWritesAnswer503SayingReadOnly()
    {
        string db = "";
        await using var host = await ServeHost.StartAsync(beforeStart: async (root, store) =>
        {
            db = Path.Combine(root, "summarizer.db");
            await new SqliteDigestStore(store).InitializeAsync();
            SqliteConnection.ClearAllPools();
        }, settings: []);
        // Restarted on the same file opened read-only (as on a read-only mount; chmod does not stop root).
        await using var readOnly = await ServeHost.StartAsync(settings: [$"--Summarizer:Store=Data Source={db};Mode=ReadOnly"]);

        using var health = await readOnly.Client(null).GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.StartsWith($"store {db} is read-only: ", (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reason").GetString());

        using var write = await readOnly.Client(ServeHost.AnalystToken).PostAsJsonAsync("/api/runs", new { week = "2024-W26" });
        Assert.Equal(HttpStatusCode.ServiceUnavailable, write.StatusCode);
        Assert.StartsWith($"store {db} is read-only: ", (await write.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task StoreNotADatabase_StartUpFailsNamingThePath()
    {
        string db = "";
        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => ServeHost.StartAsync(beforeStart: (root, _) =>
        {
            db = Path.Combine(root, "summarizer.db");
            File.WriteAllText(db, new string('#', 4096));
            return Task.CompletedTask;
        }));
        Assert.StartsWith($"store {db} is not a database: ", ex.Message);
    }

    [Fact]
    public async Task StoreInAFolderThatDoesNotExist_FolderIsCreatedAndHealthIs200()
    {
        string db = "";
        await using var host = await ServeHost.StartAsync(beforeStart: (root, _) =>
        {
            db = Path.Combine(root, "data", "new", "summarizer.db");
            return Task.CompletedTask;
        }, settings: []);
        await using var other = await ServeHost.StartAsync(settings: [$"--Summarizer:Store=Data Source={db}"]);
        using var health = await other.Client(null).GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.True(File.Exists(db));
    }
}
