using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;
using Summarizer.Extraction;

namespace Summarizer.AI;

/// <summary>What one chat call returned: the text, whether it was cut off at max_tokens, and what it cost.</summary>
internal sealed record ChatAnswer(string Content, bool CutOff, ExtractionUsage Usage);

/// <summary>Invokes a prompt function without streaming (streamed usage is unreliable) and reads SK's metadata.</summary>
/// <remarks>
/// Without structured output the template's schema is replaced by <c>json_object</c> (the prompt itself shows the keys);
/// for a reasoning model no temperature is sent. The templates' max_tokens goes out as max_completion_tokens.
/// </remarks>
internal sealed class PromptCaller(Kernel kernel, bool structuredOutput, bool reasoningModel = false)
{
    public async Task<ChatAnswer> InvokeAsync(KernelFunction function, IReadOnlyDictionary<string, string> variables, CancellationToken ct)
    {
        var args = structuredOutput && !reasoningModel ? new KernelArguments() : new KernelArguments(Settings(function));
        foreach (var (name, value) in variables) args[name] = value;
        var result = await function.InvokeAsync(kernel, args, ct).ConfigureAwait(false);
        var metadata = result.Metadata;
        var finish = metadata is not null && metadata.TryGetValue("FinishReason", out var f) ? f?.ToString() : null;
        var usage = metadata is not null && metadata.TryGetValue("Usage", out var u) && u is ChatTokenUsage t
            ? new ExtractionUsage(1, t.InputTokenCount, t.OutputTokenCount)
            : new ExtractionUsage(1, 0, 0);
        return new ChatAnswer(result.GetValue<string>() ?? "", string.Equals(finish, "length", StringComparison.OrdinalIgnoreCase), usage);
    }

    /// <summary>The template's own settings, with <c>json_object</c> instead of a schema and without temperature as needed.</summary>
    private OpenAIPromptExecutionSettings Settings(KernelFunction function)
    {
        var configured = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId);
        var settings = (OpenAIPromptExecutionSettings)OpenAIPromptExecutionSettings.FromExecutionSettings(configured).Clone();
        if (!structuredOutput) settings.ResponseFormat = "json_object";
        if (reasoningModel) settings.Temperature = null;
        return settings;
    }
}
