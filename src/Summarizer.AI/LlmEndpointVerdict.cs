using System.Runtime.CompilerServices;
using Summarizer.Extraction;

namespace Summarizer.AI;

/// <summary>
/// Whether the run's extraction found the model endpoint failing for good (retries exhausted on 429/5xx, the circuit
/// open, the run's time budget spent): the extractor then skips the remaining batches, and the executive summary
/// makes no call but uses the offline writer. One per run, attached to its <see cref="ModelCallMeter"/>.
/// </summary>
internal sealed class LlmEndpointVerdict
{
    private static readonly ConditionalWeakTable<ModelCallMeter, LlmEndpointVerdict> ByRun = new();
    private int _failed;

    /// <summary>The verdict of the run <paramref name="run"/> counts, or a fresh one outside a run.</summary>
    public static LlmEndpointVerdict For(ModelCallMeter? run) => run is null ? new() : ByRun.GetValue(run, _ => new());

    public bool Failed => Volatile.Read(ref _failed) == 1;

    public void Fail() => Volatile.Write(ref _failed, 1);
}
