using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Summarizer.AI;
using Summarizer.AI.Extraction;
using Summarizer.Tests.Robustness.Corpus;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Robustness;

/// <summary>The LLM endpoint is down for the whole run: nothing listens on its loopback port. With <c>auto</c> the week is digested offline.</summary>
public sealed class LlmEndpointDownTests
{
    private const double AttemptSeconds = 2, BudgetSeconds = 5;

    [Fact]
    public async Task Run_AutoAndLlmEndpointDownThroughout_DigestStillComesOfflineMarkedDegradedWithinRetryBudget()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "reports");
        new TeamReportCorpus().Write(input, new IsoWeek(2024, 26), 6);
        var settings = new Dictionary<string, string?>
        {
            ["Summarizer:Llm:Provider"] = "OpenAI",
            ["Summarizer:Llm:Endpoint"] = $"http://127.0.0.1:{ClosedPort()}/v1",
            ["Summarizer:Llm:Model"] = "gpt-4o-mini",
            ["Summarizer:Llm:ApiKey"] = "test",
            ["Summarizer:Llm:MaxConcurrency"] = "4",
            ["Summarizer:Llm:TimeoutSeconds"] = AttemptSeconds.ToString(CultureInfo.InvariantCulture),
            ["Summarizer:Llm:TotalTimeoutSeconds"] = BudgetSeconds.ToString(CultureInfo.InvariantCulture),
            ["Summarizer:Llm:MaxRetries"] = "2",
            ["Summarizer:Llm:RetryDelaySeconds"] = "0.05",
            ["Summarizer:Llm:PromptsDirectory"] = RepoPaths.Prompts,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        await using var harness = new PipelineHarness(settings, services =>
        {
            // The host may already wire the LLM engine; add it only where it does not yet.
            if (!services.Any(d => d.ServiceType == typeof(LlmItemExtractor))) services.AddLlmEngine(configuration);
        });

        var watch = Stopwatch.StartNew();
        var outcome = await harness.RunAsync("2024-W26", input, engine: "auto");
        watch.Stop();

        // A refused connection is not retried and ends the LLM attempt at once; the offline rules then do the week and
        // its summary. Everything else is slack for a loaded machine.
        var bound = TimeSpan.FromSeconds(2 * BudgetSeconds + 30);
        Assert.True(watch.Elapsed < bound, $"the run took {watch.Elapsed}, over {bound} for two retry budgets of {BudgetSeconds} s");
        Assert.Equal("offline", outcome.Snapshot.Engine);
        Assert.NotEmpty(outcome.Snapshot.Items);
        Assert.All(outcome.Snapshot.Items, i => Assert.Equal("offline", i.Engine));

        using var items = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "items.json")));
        Assert.Equal("offline", items.RootElement.GetProperty("engine").GetString());
        var degraded = items.RootElement.GetProperty("degradedSections").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(outcome.Snapshot.DegradedSections.Count, degraded.Count);
        Assert.Contains(degraded, s => s!.StartsWith("2024-W26/team-001.md", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(outcome.OutDir, "digest.md")));
        Assert.True(File.Exists(Path.Combine(outcome.OutDir, "digest.html")));
    }

    /// <summary>A loopback port nobody listens on: bound by the OS, then released.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
