using System.Globalization;

namespace Summarizer.Bench.Llm;

/// <summary>
/// The LLM benchmark's knobs: 40 reports, 8 in flight, 2,000 ms per call (a fast real model; at 300 ms the machine's
/// load, not the calls, decides the LLM phase on a shared 2-core box).
/// Flags: <c>--reports N --latency-ms N --concurrency N --rpm N --tpm N</c>.
/// </summary>
public sealed record LlmBenchSettings(int Reports = 40, int LatencyMs = 2000, int Concurrency = 8, int RequestsPerMinute = 300, int TokensPerMinute = 150_000)
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
