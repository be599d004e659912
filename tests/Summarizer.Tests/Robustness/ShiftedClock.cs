namespace Summarizer.Tests.Robustness;

/// <summary>The system clock moved forward by a fixed amount: "later", without waiting for it. Timestamps stay real.</summary>
internal sealed class ShiftedClock(TimeSpan shift) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
}
