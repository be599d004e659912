using Azure.AI.OpenAI;

namespace Summarizer.AI;

/// <summary>Azure OpenAI api-version strings ("2024-10-21", "2025-01-01-preview") as the SDK's ServiceVersion values.</summary>
internal static class AzureApiVersion
{
    public static IEnumerable<string> Known =>
        Enum.GetNames<AzureOpenAIClientOptions.ServiceVersion>().Select(n => n[1..].Replace('_', '-').ToLowerInvariant());

    public static AzureOpenAIClientOptions.ServiceVersion? Parse(string version) =>
        Enum.TryParse<AzureOpenAIClientOptions.ServiceVersion>("V" + version.Trim().Replace('-', '_'), ignoreCase: true, out var v) ? v : null;
}
