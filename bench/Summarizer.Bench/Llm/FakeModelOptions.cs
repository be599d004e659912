namespace Summarizer.Bench.Llm;

/// <summary>How the loopback model server behaves: time per answered call and its per-minute quotas.</summary>
public sealed record FakeModelOptions(TimeSpan Latency, int RequestsPerMinute, int TokensPerMinute);
