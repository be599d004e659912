using System.Text.Json;
using Summarizer.Extraction;

namespace Summarizer.AI.Http;

/// <summary>
/// Records every attempt that reached the model endpoint in the run's <see cref="ModelCallMeter"/>: sits inside the
/// Polly pipeline, so a retried 500 counts each time it was sent, and an attempt that timed out counts too. A refused
/// connection or an unknown host never reached it. Tokens come from the answer's <c>usage</c> (OpenAI and Azure shape,
/// <c>prompt_tokens_details.cached_tokens</c> included); the body is buffered so the SDK still reads it.
/// </summary>
internal sealed class ModelCallMetering : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var meter = ModelCallMeter.Current;
        if (meter is null) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!LlmResilience.IsUnreachable(ex))
        {
            meter.Record(); // sent, then timed out or cut: the endpoint may well have billed it
            throw;
        }
        var (prompt, completion, cached) = response.IsSuccessStatusCode ? await UsageOfAsync(response, cancellationToken).ConfigureAwait(false) : (0, 0, 0);
        meter.Record(prompt, completion, cached);
        return response;
    }

    private static async Task<(long Prompt, long Completion, long Cached)> UsageOfAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync(ct).ConfigureAwait(false);
            using var doc = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(ct).ConfigureAwait(false));
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
                return (0, 0, 0);
            long cached = usage.TryGetProperty("prompt_tokens_details", out var details) && details.ValueKind == JsonValueKind.Object
                ? Number(details, "cached_tokens") : 0;
            return (Number(usage, "prompt_tokens"), Number(usage, "completion_tokens"), cached);
        }
        catch (JsonException)
        {
            return (0, 0, 0); // not JSON: the SDK will say so; the call still counts
        }
    }

    private static long Number(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : 0;
}
