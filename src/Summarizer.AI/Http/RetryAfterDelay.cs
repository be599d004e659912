using System.Globalization;
using System.Net.Http.Headers;

namespace Summarizer.AI.Http;

/// <summary>
/// The wait a throttled LLM service asks for: Azure's <c>retry-after-ms</c> first (finer), then the standard
/// <c>Retry-After</c> (seconds or a date). Null when the response names none, so the back-off applies.
/// </summary>
internal static class RetryAfterDelay
{
    public static TimeSpan? From(HttpResponseMessage? response, TimeProvider time)
    {
        if (response is null) return null;
        if (response.Headers.TryGetValues("retry-after-ms", out var ms)
            && double.TryParse(ms.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var millis) && millis >= 0)
            return TimeSpan.FromMilliseconds(millis);
        return From(response.Headers.RetryAfter, time);
    }

    public static TimeSpan? From(RetryConditionHeaderValue? header, TimeProvider time)
    {
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
