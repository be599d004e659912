namespace Summarizer.Extraction;

/// <summary>
/// Counts the model calls of one run, whichever step makes them (extraction, repairs, the executive summary): every
/// HTTP attempt that reached the endpoint is a call, answered or not (a 500, a timeout), with the tokens its answer
/// reports. The pipeline starts one per run; the LLM engine's HTTP client records into <see cref="Current"/>. It
/// flows with the run's async calls (an <see cref="AsyncLocal{T}"/>), so runs of two weeks at once keep their counts apart.
/// </summary>
public sealed class ModelCallMeter
{
    private static readonly AsyncLocal<ModelCallMeter?> Ambient = new();
    private readonly Lock _gate = new();
    private int _calls;
    private long _prompt, _completion, _cachedPrompt;

    /// <summary>The meter of the run this code runs for; null outside a run (no counting).</summary>
    public static ModelCallMeter? Current => Ambient.Value;

    /// <summary>Starts counting for the calling async flow and everything it awaits or starts from now on.</summary>
    public static ModelCallMeter Start() => Ambient.Value = new ModelCallMeter();

    /// <summary>Calls, prompt and completion tokens so far (tokens only from answers that reported usage).</summary>
    public ExtractionUsage Usage { get { lock (_gate) return new ExtractionUsage(_calls, _prompt, _completion); } }

    /// <summary>Prompt tokens the provider said it served from its prompt cache (billed at about half).</summary>
    public long CachedPromptTokens { get { lock (_gate) return _cachedPrompt; } }

    /// <summary>One call that reached the endpoint, with its answer's token counts (0 when it reported none).</summary>
    public void Record(long promptTokens = 0, long completionTokens = 0, long cachedPromptTokens = 0)
    {
        lock (_gate)
        {
            _calls++;
            _prompt += promptTokens;
            _completion += completionTokens;
            _cachedPrompt += cachedPromptTokens;
        }
    }
}
