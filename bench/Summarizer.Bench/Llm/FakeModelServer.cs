using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.ML.Tokenizers;

namespace Summarizer.Bench.Llm;

/// <summary>
/// An OpenAI-compatible chat server on 127.0.0.1 (Kestrel, port chosen by the OS): <c>POST /v1/chat/completions</c>
/// answers after a set latency with JSON per the extraction (or summary) schema, and enforces requests- and
/// tokens-per-minute limits with 429, <c>Retry-After</c> (seconds) and <c>retry-after-ms</c>.
/// </summary>
public sealed class FakeModelServer : IAsyncDisposable
{
    private static readonly Lazy<Tokenizer> O200k = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"));
    private readonly WebApplication _app;
    private readonly FakeModelOptions _options;
    private readonly RateBuckets _limits;

    private FakeModelServer(WebApplication app, FakeModelOptions options)
    {
        _app = app;
        _options = options;
        _limits = new RateBuckets(options.RequestsPerMinute, options.TokensPerMinute, TimeProvider.System);
        app.MapPost("/v1/chat/completions", CompleteAsync);
    }

    public ServerStats Stats { get; } = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _prefixes = new(StringComparer.Ordinal);
    public FakeModelOptions Options => _options;

    /// <summary>Base address for <c>Summarizer:Llm:Endpoint</c> (ends in /v1).</summary>
    public string Endpoint { get; private set; } = "";

    public static int Tokens(string text) => O200k.Value.CountTokens(text);

    public static async Task<FakeModelServer> StartAsync(FakeModelOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new FakeModelServer(builder.Build(), options);
        await server._app.StartAsync();
        var address = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address.TrimEnd('/') + "/v1";
        return server;
    }

    private async Task<IResult> CompleteAsync(HttpRequest request, CancellationToken ct)
    {
        long arrived = System.Diagnostics.Stopwatch.GetTimestamp();
        Stats.Received();
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
        var messages = body.RootElement.GetProperty("messages").EnumerateArray().Select(m => (Role: m.GetProperty("role").GetString() ?? "", Text: TextOf(m))).ToList();
        var user = string.Join("\n", messages.Where(m => m.Role == "user").Select(m => m.Text));
        var sections = user.Contains("<report_sections>", StringComparison.Ordinal) ? FencedSection.Parse(user) : [];
        var kind = sections.Count > 0 ? PromptKind.Extraction : user.Contains("<verified_items>", StringComparison.Ordinal) ? PromptKind.Summary : PromptKind.Other;
        var content = kind switch
        {
            PromptKind.Extraction => ExtractionAnswers.Answer(sections),
            PromptKind.Summary => SummaryAnswers.Answer(user),
            _ => "{\"items\": []}",
        };
        // Chat formatting costs about 4 tokens a message plus 3 for the reply, as OpenAI counts them.
        int promptTokens = messages.Sum(m => Tokens(m.Text) + 4) + 3;
        int completionTokens = Tokens(content);

        if (_limits.TryAdmit(promptTokens + completionTokens) is { } wait)
        {
            Stats.Rejected();
            var headers = request.HttpContext.Response.Headers;
            headers.RetryAfter = Math.Ceiling(wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            headers["retry-after-ms"] = Math.Ceiling(wait.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);
            return Results.Json(new { error = new { message = $"Rate limit reached: retry after {wait.TotalMilliseconds:F0} ms.", type = "requests", code = "rate_limit_exceeded" } },
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        Stats.Started();
        try { await Task.Delay(_options.Latency, ct); } // the model "thinking"
        finally { Stats.Ended(); }
        // Provider prompt caching: a leading system message identical to one already seen is served from the cache.
        var system = messages.Count > 0 && messages[0].Role == "system" ? messages[0].Text : "";
        bool seen = kind == PromptKind.Extraction && !_prefixes.TryAdd(system, 0);
        Stats.Answered(arrived, kind, promptTokens, completionTokens, sections.Count, sections.Sum(s => (long)Tokens(s.Text)),
            kind == PromptKind.Extraction ? Tokens(system) + 4 : 0, seen);
        return Results.Json(new
        {
            id = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model = body.RootElement.TryGetProperty("model", out var model) ? model.GetString() : "fake",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        });
    }

    /// <summary>Content is a string, or an array of parts of which the text parts count.</summary>
    private static string TextOf(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content)) return "";
        if (content.ValueKind == JsonValueKind.String) return content.GetString() ?? "";
        if (content.ValueKind != JsonValueKind.Array) return "";
        var sb = new StringBuilder();
        foreach (var part in content.EnumerateArray())
            if (part.TryGetProperty("text", out var text)) sb.Append(text.GetString());
        return sb.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
