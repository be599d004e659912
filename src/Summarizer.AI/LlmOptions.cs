using System.ComponentModel.DataAnnotations;

namespace Summarizer.AI;

/// <summary>Settings of the LLM engine (<c>Summarizer:Llm</c>). The engine is on only when <see cref="Endpoint"/> is set.</summary>
public sealed class LlmOptions : IValidatableObject
{
    public const string SectionName = "Summarizer:Llm";

    /// <summary>AzureOpenAI or OpenAI (any OpenAI-compatible server). Default OpenAI.</summary>
    public LlmProvider Provider { get; set; } = LlmProvider.OpenAI;

    /// <summary>Base address; for OpenAI the address that ends before <c>/chat/completions</c>, e.g. <c>http://127.0.0.1:11434/v1</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model name, or the deployment name for Azure OpenAI. Default gpt-4o-mini.</summary>
    [Required] public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>
    /// Azure OpenAI api-version, e.g. <c>2024-10-21</c> or <c>2025-01-01-preview</c> (structured output needs
    /// 2024-08-01-preview or later). Default: the Azure SDK's own. Ignored for OpenAI.
    /// </summary>
    public string? ApiVersion { get; set; }

    /// <summary>
    /// The model is a reasoning model (OpenAI o1/o3/o4, gpt-5 families): no temperature is sent (they reject it).
    /// Default: told by the model name.
    /// </summary>
    public bool? Reasoning { get; set; }

    /// <summary>True for a reasoning model: <see cref="Reasoning"/>, else a model name starting o1, o3, o4 or gpt-5.</summary>
    public bool IsReasoningModel => Reasoning ?? System.Text.RegularExpressions.Regex.IsMatch(Model, @"^(?:o[134](?:$|[-_.])|gpt-5)", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Key; for Azure OpenAI an empty key means Azure identity (DefaultAzureCredential). Never put it in appsettings.json.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Calls in flight at once. Default 4.</summary>
    [Range(1, 64)] public int MaxConcurrency { get; set; } = 4;

    /// <summary>Timeout of one HTTP attempt, in seconds. Default 90 (LLM answers are slow; web defaults of 10 s kill them).</summary>
    [Range(0.05, 600)] public double TimeoutSeconds { get; set; } = 90;

    /// <summary>Budget of one call including all its retries, in seconds. Default 300.</summary>
    [Range(0.1, 3600)] public double TotalTimeoutSeconds { get; set; } = 300;

    /// <summary>
    /// Budget of a run's whole LLM phase, in seconds: every extraction call, repair and the executive summary, retries and
    /// 429 waits included. When it is spent the rest of the run uses the offline engine (degraded). Default 0: the same
    /// as <see cref="TotalTimeoutSeconds"/>, so no run waits on the model longer than one call may.
    /// </summary>
    [Range(0, 86_400)] public double RunTimeoutSeconds { get; set; }

    /// <summary><see cref="RunTimeoutSeconds"/>, or <see cref="TotalTimeoutSeconds"/> when it is 0.</summary>
    public TimeSpan EffectiveRunTimeout => TimeSpan.FromSeconds(RunTimeoutSeconds > 0 ? RunTimeoutSeconds : TotalTimeoutSeconds);

    /// <summary>Retries after the first attempt, on 408/5xx, connection failures and attempt timeouts (429s: <see cref="MaxThrottledRetries"/>). Default 3.</summary>
    [Range(0, 10)] public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// Waits on 429 (throttling) per call, each as long as Retry-After asks within <see cref="TotalTimeoutSeconds"/>;
    /// counted apart from the fault retries. Default (unset): <see cref="MaxRetries"/>.
    /// </summary>
    [Range(0, 100)] public int? MaxThrottledRetries { get; set; }

    /// <summary><see cref="MaxThrottledRetries"/>, or <see cref="MaxRetries"/> when it is unset.</summary>
    public int EffectiveThrottledRetries => MaxThrottledRetries ?? MaxRetries;

    /// <summary>Base of the exponential back-off (with jitter) when the server gives no Retry-After, in seconds. Default 2.</summary>
    [Range(0.01, 60)] public double RetryDelaySeconds { get; set; } = 2;

    /// <summary>Tokens (o200k) of report text packed into one extraction call. Default 3000.</summary>
    [Range(200, 100_000)] public int BatchTokenBudget { get; set; } = 3000;

    /// <summary>
    /// Most extraction calls one run may make; past it the remaining sections use the offline engine (degraded, listed in
    /// the digest). Default 0: three times the planned batches (a good run makes one call per batch).
    /// </summary>
    [Range(0, 1_000_000)] public int MaxCallsPerRun { get; set; }

    /// <summary>
    /// Most tokens (prompt + completion) one run's extraction may spend, with the same fallback. Default 0: three times
    /// the planned batches' report tokens plus 2,500 instruction and 4,096 answer tokens per batch.
    /// </summary>
    [Range(0, long.MaxValue)] public long MaxTokensPerRun { get; set; }

    /// <summary>Folder of the prompt templates; default <c>AppContext.BaseDirectory/prompts</c>.</summary>
    public string? PromptsDirectory { get; set; }

    /// <summary>Ask for OpenAI structured output (json_schema). Turn off for servers that only know <c>json_object</c>. Default true.</summary>
    public bool StructuredOutput { get; set; } = true;

    /// <summary>Price of 1,000 prompt tokens in the billing currency, for the cost estimate. Default 0 (unknown).</summary>
    [Range(0, 1000)] public decimal PricePer1kInput { get; set; }

    /// <summary>Price of 1,000 completion tokens in the billing currency, for the cost estimate. Default 0 (unknown).</summary>
    [Range(0, 1000)] public decimal PricePer1kOutput { get; set; }

    /// <summary>True when an endpoint is configured: the LLM engine is available.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint);

    public string ResolvedPromptsDirectory =>
        string.IsNullOrWhiteSpace(PromptsDirectory) ? Path.Combine(AppContext.BaseDirectory, "prompts") : Path.GetFullPath(PromptsDirectory);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsConfigured) yield break;
        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            yield return new ValidationResult(
                $"Summarizer:Llm:Endpoint '{Endpoint}' is not an absolute http(s) address, e.g. https://my-resource.openai.azure.com/ or http://127.0.0.1:11434/v1.",
                [nameof(Endpoint)]);
        if (Provider == LlmProvider.AzureOpenAI && !string.IsNullOrWhiteSpace(ApiVersion) && AzureApiVersion.Parse(ApiVersion) is null)
            yield return new ValidationResult(
                $"Summarizer:Llm:ApiVersion '{ApiVersion}' is not one the Azure SDK knows: use one of {string.Join(", ", AzureApiVersion.Known)}.",
                [nameof(ApiVersion)]);
        if (RunTimeoutSeconds > 0 && RunTimeoutSeconds < TimeoutSeconds)
            yield return new ValidationResult(
                $"Summarizer:Llm:RunTimeoutSeconds ({RunTimeoutSeconds}) must be at least TimeoutSeconds ({TimeoutSeconds}), or 0 for TotalTimeoutSeconds.",
                [nameof(RunTimeoutSeconds)]);
        if (TotalTimeoutSeconds < TimeoutSeconds)
            yield return new ValidationResult(
                $"Summarizer:Llm:TotalTimeoutSeconds ({TotalTimeoutSeconds}) must be at least TimeoutSeconds ({TimeoutSeconds}).",
                [nameof(TotalTimeoutSeconds)]);
    }
}
