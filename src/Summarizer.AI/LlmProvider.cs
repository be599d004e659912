namespace Summarizer.AI;

/// <summary>Which client talks to <see cref="LlmOptions.Endpoint"/>: Azure OpenAI, or any OpenAI-compatible server.</summary>
public enum LlmProvider { AzureOpenAI, OpenAI }
