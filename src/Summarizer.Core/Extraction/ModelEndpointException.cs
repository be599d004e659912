namespace Summarizer.Extraction;

/// <summary>
/// The model endpoint is unreachable or refuses us for good (connection refused, unknown host, HTTP 401, 403, or 404
/// for the model or deployment): asking again cannot help. The message is one plain line naming the cause and the
/// setting to fix (<c>Summarizer:Llm:Endpoint</c>, <c>ApiKey</c> or <c>Model</c>). With <c>--engine llm</c> the run ends
/// with it (exit code 3); with <c>auto</c> the run falls back to the offline engine and logs it.
/// </summary>
public sealed class ModelEndpointException(string message, Exception? inner = null) : Exception(message, inner);
