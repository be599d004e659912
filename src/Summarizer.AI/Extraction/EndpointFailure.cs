using System.Net;
using System.Net.Sockets;
using Microsoft.SemanticKernel;
using Summarizer.Extraction;

namespace Summarizer.AI.Extraction;

/// <summary>
/// Tells a call that failed for good because of the endpoint (refused, unknown host, 401, 403, 404) from one that failed
/// for this batch or for now, and words it as one line naming the setting to fix. The first such failure of a run is
/// kept: no call starts after it.
/// </summary>
internal sealed class EndpointFailure(LlmOptions options)
{
    private ModelEndpointException? _fatal;

    public ModelEndpointException? Fatal => Volatile.Read(ref _fatal);

    /// <summary>The endpoint-level cause of <paramref name="ex"/>, recorded for the run; null when asking again later could help.</summary>
    public ModelEndpointException? Classify(Exception ex)
    {
        var line = Line(ex);
        if (line is null) return null;
        Interlocked.CompareExchange(ref _fatal, new ModelEndpointException(line, ex), null);
        return Fatal;
    }

    private string? Line(Exception ex)
    {
        var where = $"the model endpoint {options.Endpoint}";
        switch (StatusOf(ex))
        {
            case HttpStatusCode.Unauthorized:
                return $"{where} refused the key (HTTP 401): set Summarizer:Llm:ApiKey (env Summarizer__Llm__ApiKey) to a valid key.";
            case HttpStatusCode.Forbidden:
                return $"{where} denied access (HTTP 403): check that Summarizer:Llm:ApiKey may use model '{options.Model}'.";
            case HttpStatusCode.NotFound:
                return $"{where} does not know model or deployment '{options.Model}' (HTTP 404): check Summarizer:Llm:Model, and that Summarizer:Llm:Endpoint is the address before /chat/completions.";
        }
        var socket = Inner<SocketException>(ex);
        return socket?.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => $"cannot connect to {where} (connection refused): check Summarizer:Llm:Endpoint and that the server runs.",
            SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData => $"cannot find the host of {where} (DNS): check Summarizer:Llm:Endpoint.",
            _ => null,
        };
    }

    /// <summary>
    /// A 400, 413 or 422 is about this batch (a content filter, a prompt too long): only it falls back. Anything else
    /// (timeouts, an open circuit, 429, 5xx after the retries) concerns the endpoint: later batches skip it.
    /// </summary>
    public static bool ConcernsTheEndpoint(Exception ex) =>
        StatusOf(ex) is not (HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity);

    /// <summary>
    /// A transient failure that outlasted the retries, in one line saying what happened and what to do, e.g.
    /// "the model endpoint … kept answering 429 Too Many Requests after 3 retries; lower Summarizer:Llm:MaxConcurrency or raise the quota".
    /// </summary>
    public string Explain(Exception ex)
    {
        var where = $"the model endpoint {options.Endpoint}";
        if (Inner<Polly.CircuitBreaker.BrokenCircuitException>(ex) is not null)
            return $"{where} failed too often in a row (circuit open for 30 s); check the model server";
        return StatusOf(ex) switch
        {
            HttpStatusCode.TooManyRequests =>
                $"{where} kept answering 429 Too Many Requests after {options.EffectiveThrottledRetries} retries; lower Summarizer:Llm:MaxConcurrency or raise the quota",
            { } s when (int)s >= 500 =>
                $"{where} kept answering HTTP {(int)s} {s} after {options.MaxRetries} retries; check the model server",
            _ when Inner<TimeoutException>(ex) is not null || Inner<Polly.Timeout.TimeoutRejectedException>(ex) is not null =>
                $"{where} did not answer within Summarizer:Llm:TimeoutSeconds ({options.TimeoutSeconds} s) after {options.MaxRetries} retries",
            _ => Describe(ex),
        };
    }

    /// <summary>One line without a stack trace: the innermost message and its type.</summary>
    public static string Describe(Exception ex) => StatusOf(ex) is { } status
        ? $"HTTP {(int)status}: {ex.GetBaseException().Message}"
        : $"{ex.GetBaseException().GetType().Name}: {ex.GetBaseException().Message}";

    private static HttpStatusCode? StatusOf(Exception ex) =>
        Inner<HttpOperationException>(ex)?.StatusCode ?? Inner<HttpRequestException>(ex)?.StatusCode;

    private static T? Inner<T>(Exception ex) where T : Exception
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
            if (e is T t) return t;
        return null;
    }
}
