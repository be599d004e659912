using Microsoft.Extensions.Logging;

namespace Summarizer.Delivery;

/// <summary>
/// A failed send of an outbox row (a digest or a reminder): the attempt count, when to retry (the delivery back-off,
/// <see cref="DeliveryOptions.RetryDelayAfter"/>) and the reason as one line, as stored in the row's <c>LastError</c>.
/// A relay that refuses or is down is an operating fact, not a bug: the log gets one plain Warning line and the
/// exception only at Debug (README "Delivery").
/// </summary>
/// <param name="Attempts">Attempts so far, this one included.</param>
/// <param name="NextAttemptAt">When the row is due again (UTC).</param>
/// <param name="Reason">The exception's message on one line, e.g. "5.7.1 Relay refused: too many recipients".</param>
public sealed partial record SendFailure(int Attempts, DateTimeOffset NextAttemptAt, string Reason)
{
    /// <summary>The failure after <paramref name="previousAttempts"/> earlier attempts, timed from <paramref name="time"/>'s now.</summary>
    public static SendFailure Of(Exception ex, int previousAttempts, DeliveryOptions options, TimeProvider time)
    {
        var attempts = previousAttempts + 1;
        var reason = string.Join(' ', ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new SendFailure(attempts, (time.GetUtcNow() + options.RetryDelayAfter(attempts)).ToUniversalTime(), reason);
    }

    /// <summary>Logs the failure: "Mailing the reminder of 2024-W26 (Data) failed (attempt 1): …; retrying at …".</summary>
    /// <param name="kind"><c>digest</c> or <c>reminder</c>.</param>
    /// <param name="whom">The team reminded, or the digest's recipients.</param>
    public void Log(ILogger logger, Exception ex, string kind, string week, string? whom)
    {
        Lines.Failed(logger, kind, week, whom ?? "", Attempts, Reason, NextAttemptAt);
        Lines.Detail(logger, ex, kind, week);
    }

    private static partial class Lines
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Mailing the {Kind} of {Week} ({Whom}) failed (attempt {Attempts}): {Reason}; retrying at {NextAttemptAt:O}")]
        public static partial void Failed(ILogger logger, string kind, string week, string whom, int attempts, string reason, DateTimeOffset nextAttemptAt);

        [LoggerMessage(Level = LogLevel.Debug, Message = "The failed send of the {Kind} of {Week}, in detail")]
        public static partial void Detail(ILogger logger, Exception ex, string kind, string week);
    }
}
