using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;

namespace Summarizer.AI.Http;

/// <summary>
/// The only retry layer of LLM calls (the SDK's own retries are off): total budget → throttling retry (429, as long as
/// the budget lasts) → fault retry with exponential back-off + jitter honouring Retry-After / retry-after-ms →
/// circuit breaker → per-attempt timeout.
/// </summary>
internal static class LlmResilience
{
    public const string HttpClientName = "Summarizer.Llm";

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> builder, LlmOptions options, TimeProvider time, ILogger logger)
    {
        var attempt = TimeSpan.FromSeconds(options.TimeoutSeconds);
        var total = TimeSpan.FromSeconds(options.TotalTimeoutSeconds);
        builder.TimeProvider = time;

        builder.AddTimeout(total);
        if (options.MaxRetries > 0)
        {
            // Throttling is "not yet", not failure: wait as asked (spread a little so callers woken together do not
            // collide again), MaxRetries times like any transient failure (a quota that never clears must not cost
            // ~30 calls per batch), without using up the retries meant for faults.
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.EffectiveThrottledRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                MaxDelay = total,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
                ShouldRetryAfterHeader = false,
                DelayGenerator = args =>
                {
                    var asked = RetryAfterDelay.From(args.Outcome.Result, time);
                    if (asked is not { } wait) return ValueTask.FromResult<TimeSpan?>(null);
                    var spread = wait + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 250 + (int)(wait.TotalMilliseconds / 4)));
                    return ValueTask.FromResult<TimeSpan?>(spread > total ? total : spread);
                },
                OnRetry = args =>
                {
                    logger.LogDebug("LLM call throttled (attempt {Attempt}); waiting {Delay}", args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(
                    HttpClientResiliencePredicates.IsTransient(args.Outcome) && args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests
                    && !IsUnreachable(args.Outcome.Exception)),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                MaxDelay = total,
                ShouldRetryAfterHeader = false, // replaced by the generator below, which also reads retry-after-ms
                DelayGenerator = args =>
                {
                    var asked = RetryAfterDelay.From(args.Outcome.Result, time);
                    return ValueTask.FromResult(asked is { } wait && wait > total ? total : asked);
                },
                OnRetry = args =>
                {
                    logger.LogDebug("LLM call attempt {Attempt} failed ({Outcome}); retrying in {Delay}",
                        args.AttemptNumber + 1, Describe(args.Outcome), args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }
        builder.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            // Sampling must span at least two slow attempts, else a breaker never sees enough of them to judge.
            SamplingDuration = Max(TimeSpan.FromSeconds(30), attempt * 2),
            MinimumThroughput = 6,
            FailureRatio = 0.5,
            BreakDuration = TimeSpan.FromSeconds(30),
            // Throttling is not sickness: 429s wait for Retry-After instead of failing every caller fast.
            ShouldHandle = args => ValueTask.FromResult(
                HttpClientResiliencePredicates.IsTransient(args.Outcome) && args.Outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests),
            OnOpened = args =>
            {
                logger.LogWarning("LLM circuit opened for {Duration} after {Outcome}", args.BreakDuration, Describe(args.Outcome));
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(attempt);
    }

    /// <summary>Connection refused or an unknown host: asking again in seconds will not help, the run says so at once.</summary>
    internal static bool IsUnreachable(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is System.Net.Sockets.SocketException { SocketErrorCode: System.Net.Sockets.SocketError.ConnectionRefused
                or System.Net.Sockets.SocketError.HostNotFound or System.Net.Sockets.SocketError.TryAgain or System.Net.Sockets.SocketError.NoData })
                return true;
        return false;
    }

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is { } ex ? ex.GetType().Name + ": " + ex.Message : $"HTTP {(int?)outcome.Result?.StatusCode}";

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
