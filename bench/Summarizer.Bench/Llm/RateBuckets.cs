namespace Summarizer.Bench.Llm;

/// <summary>
/// Requests- and tokens-per-minute limits as two token buckets refilled continuously at limit/60 per second and
/// holding at most <see cref="BurstSeconds"/> seconds' worth, like services that enforce per-minute quotas over
/// short windows. A request is admitted only when both buckets hold enough; otherwise it is told how long to wait.
/// </summary>
public sealed class RateBuckets(int requestsPerMinute, int tokensPerMinute, TimeProvider time)
{
    public const double BurstSeconds = 10;

    private readonly Bucket _requests = new(requestsPerMinute, time);
    private readonly Bucket _tokens = new(tokensPerMinute, time);
    private readonly Lock _gate = new();

    public int RequestsPerMinute => requestsPerMinute;
    public int TokensPerMinute => tokensPerMinute;

    /// <summary>Null when admitted (both buckets charged), else the wait until both could admit it.</summary>
    public TimeSpan? TryAdmit(int tokens)
    {
        lock (_gate)
        {
            var wait = Max(_requests.WaitFor(1), _tokens.WaitFor(tokens));
            if (wait > TimeSpan.Zero) return wait;
            _requests.Take(1);
            _tokens.Take(tokens);
            return null;
        }
    }

    /// <summary>Least time a run charging this much can take under the limits, starting with full buckets.</summary>
    public static TimeSpan Bound(double charged, int perMinute) =>
        TimeSpan.FromSeconds(Math.Max(0, charged - perMinute / 60.0 * BurstSeconds) / (perMinute / 60.0));

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed class Bucket(int perMinute, TimeProvider time)
    {
        private readonly double _rate = perMinute / 60.0;
        private readonly double _capacity = perMinute / 60.0 * BurstSeconds;
        private double _level = perMinute / 60.0 * BurstSeconds;
        private long _at = time.GetTimestamp();

        public TimeSpan WaitFor(double amount)
        {
            Refill();
            double need = Math.Min(amount, _capacity) - _level;
            return need <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(need / _rate);
        }

        public void Take(double amount) => _level -= Math.Min(amount, _capacity);

        private void Refill()
        {
            long now = time.GetTimestamp();
            _level = Math.Min(_capacity, _level + time.GetElapsedTime(_at, now).TotalSeconds * _rate);
            _at = now;
        }
    }
}
