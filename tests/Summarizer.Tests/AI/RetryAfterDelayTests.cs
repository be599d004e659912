using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using Summarizer.AI.Http;

namespace Summarizer.Tests.AI;

public sealed class RetryAfterDelayTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2024, 6, 24, 9, 0, 0, TimeSpan.Zero));

    private static HttpResponseMessage Throttled(Action<HttpResponseMessage> headers)
    {
        var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        headers(response);
        return response;
    }

    [Fact]
    public void From_RetryAfterMsAndSeconds_PrefersTheMilliseconds()
    {
        using var response = Throttled(r => { r.Headers.Add("retry-after-ms", "1500"); r.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(20)); });
        Assert.Equal(TimeSpan.FromMilliseconds(1500), RetryAfterDelay.From(response, Clock));
    }

    [Fact]
    public void From_RetryAfterDate_IsTheTimeUntilThen()
    {
        using var response = Throttled(r => r.Headers.RetryAfter = new RetryConditionHeaderValue(Clock.GetUtcNow().AddSeconds(12)));
        Assert.Equal(TimeSpan.FromSeconds(12), RetryAfterDelay.From(response, Clock));
    }

    [Fact]
    public void From_NoHeaderOrGarbage_IsNullSoTheBackOffApplies()
    {
        using var none = Throttled(_ => { });
        using var garbage = Throttled(r => r.Headers.TryAddWithoutValidation("retry-after-ms", "soon"));
        Assert.Null(RetryAfterDelay.From(none, Clock));
        Assert.Null(RetryAfterDelay.From(garbage, Clock));
    }
}
