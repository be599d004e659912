using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Summarizer.Tests.AI;

/// <summary>A request as the OpenAI-compatible loopback server received it.</summary>
public sealed record ChatRequest(int Index, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public JsonNode Json => JsonNode.Parse(Body)!;
    public JsonArray Messages => Json["messages"]!.AsArray();
    public string Content(int message) => Messages[message]!["content"]!.GetValue<string>();
    public string Role(int message) => Messages[message]!["role"]!.GetValue<string>();
    public string UserContent => Content(Messages.Count - 1);
}

/// <summary>What the server answers: a completion, an HTTP status, or nothing at all (a hang until the client gives up).</summary>
public abstract record FakeReply
{
    public sealed record Completion(string Content, string FinishReason = "stop", int PromptTokens = 1000, int CompletionTokens = 100) : FakeReply;
    public sealed record Status(int Code, params (string Name, string Value)[] Headers) : FakeReply;
    public sealed record Hang : FakeReply;
}

/// <summary>
/// An OpenAI-compatible chat server on loopback (Kestrel): <c>/v1/chat/completions</c> and Azure's
/// <c>/openai/deployments/{name}/chat/completions</c>. Records every request and answers with the test's script.
/// </summary>
public sealed class FakeChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ChatRequest> _requests = new();
    private int _count;

    private FakeChatServer(Func<ChatRequest, Task<FakeReply>> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        RequestDelegate handle = async ctx =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            var request = new ChatRequest(Interlocked.Increment(ref _count), ctx.Request.Path, ctx.Request.QueryString.Value ?? "",
                ctx.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
                await reader.ReadToEndAsync(), DateTimeOffset.UtcNow);
            _requests.Enqueue(request);
            await WriteAsync(ctx, await respond(request));
        };
        _app.MapPost("/v1/chat/completions", handle);
        _app.MapPost("/openai/deployments/{deployment}/chat/completions", handle);
    }

    public static async Task<FakeChatServer> StartAsync(Func<ChatRequest, Task<FakeReply>> respond)
    {
        var server = new FakeChatServer(respond);
        await server._app.StartAsync();
        return server;
    }

    public static Task<FakeChatServer> StartAsync(Func<ChatRequest, FakeReply> respond) => StartAsync(r => Task.FromResult(respond(r)));

    public string BaseAddress => _app.Urls.Single().TrimEnd('/');

    /// <summary>The OpenAI-style endpoint setting: the address that ends before <c>/chat/completions</c>.</summary>
    public string OpenAIEndpoint => BaseAddress + "/v1";

    public IReadOnlyList<ChatRequest> Requests => _requests.OrderBy(r => r.Index).ToList();

    private static async Task WriteAsync(HttpContext ctx, FakeReply reply)
    {
        switch (reply)
        {
            case FakeReply.Hang:
                // Never answers; ends when the client gives up (its attempt timeout) or the server stops.
                await Task.Delay(Timeout.Infinite, ctx.RequestAborted).ContinueWith(_ => { });
                return;
            case FakeReply.Status s:
                ctx.Response.StatusCode = s.Code;
                foreach (var (name, value) in s.Headers) ctx.Response.Headers[name] = value;
                await ctx.Response.WriteAsJsonAsync(new { error = new { message = $"status {s.Code}", type = "test" } });
                return;
            case FakeReply.Completion c:
                await ctx.Response.WriteAsJsonAsync(new
                {
                    id = "chatcmpl-test",
                    @object = "chat.completion",
                    created = 1_700_000_000,
                    model = "test-model",
                    choices = new[] { new { index = 0, message = new { role = "assistant", content = c.Content }, finish_reason = c.FinishReason } },
                    usage = new { prompt_tokens = c.PromptTokens, completion_tokens = c.CompletionTokens, total_tokens = c.PromptTokens + c.CompletionTokens },
                });
                return;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
