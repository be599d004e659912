using Summarizer.Extraction;

namespace Summarizer.AI.Extraction;

/// <summary>
/// A run's budget of LLM calls and tokens (<see cref="LlmOptions.MaxCallsPerRun"/>, <see cref="LlmOptions.MaxTokensPerRun"/>;
/// by default three times what the planned batches need). Past it no call starts: the rest fall back offline as degraded.
/// </summary>
internal sealed class LlmCallBudget(int maxCalls, long maxTokens)
{
    /// <summary>Prompt tokens a call spends besides its report text (instructions, definitions, examples), for the automatic budget.</summary>
    public const int InstructionTokens = 2_500;

    /// <summary>Output tokens a call may be billed for (the templates' max_tokens).</summary>
    public const int OutputTokens = 4_096;

    private readonly Lock _gate = new();
    private int _calls;
    private long _tokens;

    public int MaxCalls => maxCalls;
    public long MaxTokens => maxTokens;

    /// <summary>True once a call was refused for want of budget.</summary>
    public bool Spent { get; private set; }

    public static LlmCallBudget For(IReadOnlyList<PromptBatch> planned, LlmOptions options)
    {
        int calls = options.MaxCallsPerRun > 0 ? options.MaxCallsPerRun : 3 * planned.Count;
        long tokens = options.MaxTokensPerRun > 0 ? options.MaxTokensPerRun
            : 3L * planned.Sum(b => (long)b.Tokens + InstructionTokens + OutputTokens);
        return new LlmCallBudget(calls, tokens);
    }

    /// <summary>Reserves one call; false when the calls or tokens are spent.</summary>
    public bool TryStart()
    {
        lock (_gate)
        {
            if (_calls >= maxCalls || _tokens >= maxTokens) { Spent = true; return false; }
            _calls++;
            return true;
        }
    }

    public void Record(ExtractionUsage usage)
    {
        lock (_gate) _tokens += usage.PromptTokens + usage.CompletionTokens;
    }
}
