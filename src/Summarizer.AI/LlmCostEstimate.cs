using Summarizer.Extraction;

namespace Summarizer.AI;

/// <summary>What a run's LLM calls cost, priced with <see cref="LlmOptions.PricePer1kInput"/> and <see cref="LlmOptions.PricePer1kOutput"/>.</summary>
/// <remarks><see cref="Cost"/> is null when no price is set: the line then gives tokens alone, never "about 0".</remarks>
public sealed record LlmCostEstimate(int Calls, long PromptTokens, long CompletionTokens, decimal? Cost)
{
    public static LlmCostEstimate From(ExtractionUsage usage, LlmOptions options) => new(
        usage.Calls,
        usage.PromptTokens,
        usage.CompletionTokens,
        options.PricePer1kInput == 0 && options.PricePer1kOutput == 0 ? null
            : usage.PromptTokens / 1000m * options.PricePer1kInput + usage.CompletionTokens / 1000m * options.PricePer1kOutput);

    public override string ToString() =>
        $"{Calls} calls, {PromptTokens:N0} prompt + {CompletionTokens:N0} completion tokens" + (Cost is { } c ? $", about {c:0.####}" : "");
}
