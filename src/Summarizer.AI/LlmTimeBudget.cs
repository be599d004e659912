using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Summarizer.Extraction;

namespace Summarizer.AI;

/// <summary>
/// The one time budget of a run's LLM phase (<see cref="LlmOptions.EffectiveRunTimeout"/>), shared by every extraction
/// call, repair and the executive summary, waits for 429 Retry-After included; it starts at the run's first use. When it
/// is spent, calls in flight are cancelled and no call starts: the remaining sections use the offline engine (degraded)
/// and the summary the offline writer, and the log says why once.
/// </summary>
internal sealed class LlmTimeBudget
{
    // Attached to the run's meter: the extractor and the summary writer of one run find the same budget.
    private static readonly ConditionalWeakTable<ModelCallMeter, LlmTimeBudget> ByRun = new();
    private readonly CancellationTokenSource _expiry;
    private int _told;

    private LlmTimeBudget(LlmOptions options, TimeProvider time)
    {
        Budget = options.EffectiveRunTimeout;
        _expiry = new CancellationTokenSource(Budget, time);
    }

    /// <summary>The budget of the run <paramref name="run"/> counts (one per run), or a fresh one outside a run.</summary>
    public static LlmTimeBudget For(ModelCallMeter? run, LlmOptions options, TimeProvider time) =>
        run is null ? new LlmTimeBudget(options, time) : ByRun.GetValue(run, _ => new LlmTimeBudget(options, time));

    public TimeSpan Budget { get; }

    /// <summary>Cancelled when the budget is spent: link it into every call of the phase.</summary>
    public CancellationToken Token => _expiry.Token;

    public bool Spent => _expiry.IsCancellationRequested;

    /// <summary>Logs the one line that says why the rest of the run is offline (only the first caller logs it).</summary>
    public void Tell(ILogger logger)
    {
        if (Interlocked.Exchange(ref _told, 1) == 0)
            logger.LogWarning("The LLM phase used its time budget of {Seconds} s (Summarizer:Llm:RunTimeoutSeconds); the rest of the run uses the offline engine (sections listed as degraded)",
                Budget.TotalSeconds);
    }
}
