using Summarizer.Extraction;

namespace Summarizer.AI;

/// <summary>What a run's LLM calls cost, priced with <see cref="LlmOptions.PricePer1kInput"/> and <see cref="LlmOptions.PricePer1kOutput"/>.</summary>
public sealed record LlmCostEstimate(int Calls, long PromptTokens, long CompletionTokens, decimal Cost)
{
    public static LlmCostEstimate From(ExtractionUsage usage, LlmOptions options) => new(
        usage.Calls,
        usage.PromptTokens,
        usage.CompletionTokens,
        usage.PromptTokens / 1000m * options.PricePer1kInput + usage.CompletionTokens / 1000m * options.PricePer1kOutput);

    public override string ToString() =>
        $"{Calls} calls, {PromptTokens:N0} prompt + {CompletionTokens:N0} completion tokens, about {Cost:0.####}";
}
