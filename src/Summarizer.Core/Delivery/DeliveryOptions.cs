using System.ComponentModel.DataAnnotations;

namespace Summarizer.Delivery;

/// <summary>Where digests go besides mail and how failed mail is retried (<c>Summarizer:Delivery</c>).</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Summarizer:Delivery";

    /// <summary>Folder that receives a copy of each digest as <c>&lt;week&gt;.html</c>, <c>.md</c> and <c>.eml</c>; none when empty.</summary>
    public string? Folder { get; set; }

    /// <summary>Wait before the first retry; doubles with each failed attempt. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait between retries. Default 1 hour. Failed mail is retried until it is sent, never dropped.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Lease on one outbox entry while it is being sent, so two hosts never send it both. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "01:00:00")]
    public TimeSpan SendLease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait after <paramref name="attempts"/> failed attempts (1 = the first): <see cref="RetryDelay"/> doubling up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Min(attempts - 1, 30));
        return TimeSpan.FromTicks((long)Math.Min(RetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
    }
}
