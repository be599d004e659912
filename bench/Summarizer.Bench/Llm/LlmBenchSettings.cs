using System.Globalization;

namespace Summarizer.Bench.Llm;

/// <summary>
/// The LLM benchmark's knobs; the defaults are the acceptance check (40 reports, 300 ms per call, 8 in flight).
/// Flags: <c>--reports N --latency-ms N --concurrency N --rpm N --tpm N</c>.
/// </summary>
public sealed record LlmBenchSettings(int Reports = 40, int LatencyMs = 300, int Concurrency = 8, int RequestsPerMinute = 300, int TokensPerMinute = 150_000)
{
    public static LlmBenchSettings FromArgs(IReadOnlyList<string> args)
    {
        int Get(string flag, int fallback)
        {
            int at = args.ToList().IndexOf(flag);
            return at >= 0 && at + 1 < args.Count ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
        }
        var d = new LlmBenchSettings();
        return new LlmBenchSettings(Get("--reports", d.Reports), Get("--latency-ms", d.LatencyMs), Get("--concurrency", d.Concurrency),
            Get("--rpm", d.RequestsPerMinute), Get("--tpm", d.TokensPerMinute));
    }
}
