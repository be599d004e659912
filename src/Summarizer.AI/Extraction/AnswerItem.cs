namespace Summarizer.AI.Extraction;

/// <summary>One item of the model's answer, as llm-extraction.schema.json shapes it; every field untrusted.</summary>
internal sealed record AnswerItem(
    string? Section,
    string? Kind,
    string? Summary,
    string? Quote,
    string? Severity,
    AnswerMetric? Metric,
    AnswerDelay? Delay,
    AnswerIncident? Incident);

internal sealed record AnswerMetric(string? Name, double? Value, string? Unit, double? Previous, string? Target);

internal sealed record AnswerDelay(string? Milestone, string? From, string? To, string? Reason);

internal sealed record AnswerIncident(string? Start, string? End, string? Impact);
