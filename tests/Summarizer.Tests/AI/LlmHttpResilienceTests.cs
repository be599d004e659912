using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.AI.Extraction;
using static Summarizer.Tests.AI.LlmItemExtractorTests;

namespace Summarizer.Tests.AI;

/// <summary>The named LLM HttpClient's Polly pipeline: Retry-After, retry-after-ms, the circuit breaker; real HTTP on loopback.</summary>
public sealed class LlmHttpResilienceTests
{
    private readonly CancellationToken Ct = new CancellationTokenSource(TimeSpan.FromSeconds(120)).Token;
    private static readonly IReadOnlyList<ReportSection> Units = TestReports.Units(TestReports.Platform);

    [Fact]
    public async Task ExtractAsync_429WithRetryAfter_WaitsThatLongThenSucceeds()
    {
        await using var server = await FakeChatServer.StartAsync(r => r.Index == 1
            ? new FakeReply.Status(429, ("Retry-After", "1"))
            : ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        // A back-off base of 60 s would blow the test's budget: only honouring Retry-After finishes in time.
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => { s["Summarizer:Llm:RetryDelaySeconds"] = "60"; s["Summarizer:Llm:TotalTimeoutSeconds"] = "100"; });

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct));

        Assert.Equal(2, server.Requests.Count);
        var waited = server.Requests[1].At - server.Requests[0].At;
        Assert.InRange(waited, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(20));
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
        Assert.All(results, r => Assert.False(r.Degraded));
        Assert.Equal(3, results.Sum(r => r.Candidates.Count));
    }

    [Fact]
    public async Task ExtractAsync_ThrottledMoreOftenThanMaxRetriesWithMaxThrottledRetriesSet_KeepsWaitingAndSucceeds()
    {
        // By default a 429 is retried MaxRetries times; MaxThrottledRetries raises that for quotas known to clear.
        await using var server = await FakeChatServer.StartAsync(r => r.Index <= 5
            ? new FakeReply.Status(429, ("Retry-After", "0"))
            : ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => { s["Summarizer:Llm:MaxRetries"] = "2"; s["Summarizer:Llm:MaxThrottledRetries"] = "5"; });

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct));

        Assert.Equal(6, server.Requests.Count);
        Assert.All(results, r => Assert.False(r.Degraded));
        Assert.Equal(3, results.Sum(r => r.Candidates.Count));
    }

    [Fact]
    public async Task ExtractAsync_503WithRetryAfterMs_HonoursTheMilliseconds()
    {
        await using var server = await FakeChatServer.StartAsync(r => r.Index == 1
            ? new FakeReply.Status(503, ("retry-after-ms", "300"))
            : ScriptedAnswers.For(r, ScriptedAnswers.PlatformFacts));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => { s["Summarizer:Llm:RetryDelaySeconds"] = "60"; s["Summarizer:Llm:TotalTimeoutSeconds"] = "100"; });

        var results = await Collect(sp.GetRequiredService<LlmItemExtractor>().ExtractAsync(Units, Ct));

        Assert.Equal(2, server.Requests.Count);
        Assert.InRange(server.Requests[1].At - server.Requests[0].At, TimeSpan.FromSeconds(0.25), TimeSpan.FromSeconds(20));
        Assert.Equal(3, results.Sum(r => r.Candidates.Count));
    }

    [Fact]
    public async Task LlmHttpClient_RepeatedFailures_OpensTheCircuitAndStopsCallingTheServer()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(500));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => s["Summarizer:Llm:MaxRetries"] = "0");
        var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient("Summarizer.Llm");
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout); // Polly owns the timeouts

        for (int i = 0; i < 6; i++)
            Assert.Equal(HttpStatusCode.InternalServerError, (await http.PostAsync(server.OpenAIEndpoint + "/chat/completions", new StringContent("{}"), Ct)).StatusCode);
        await Assert.ThrowsAsync<Polly.CircuitBreaker.BrokenCircuitException>(() => http.PostAsync(server.OpenAIEndpoint + "/chat/completions", new StringContent("{}"), Ct));

        Assert.Equal(6, server.Requests.Count);
    }

    [Fact]
    public async Task LlmHttpClient_Repeated429_KeepsTheCircuitClosed()
    {
        await using var server = await FakeChatServer.StartAsync(_ => new FakeReply.Status(429, ("Retry-After", "0")));
        await using var sp = LlmTestHost.Create(server.OpenAIEndpoint, s => s["Summarizer:Llm:MaxRetries"] = "0");
        var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient("Summarizer.Llm");

        for (int i = 0; i < 8; i++)
            Assert.Equal(HttpStatusCode.TooManyRequests, (await http.PostAsync(server.OpenAIEndpoint + "/chat/completions", new StringContent("{}"), Ct)).StatusCode);

        Assert.Equal(8, server.Requests.Count);
    }
}
