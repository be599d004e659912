using System.Collections.Concurrent;
using Summarizer.Pipeline;

namespace Summarizer.Host.Serve;

/// <summary>Latest progress of the runs in flight in this process, for <c>GET /api/runs/{id}</c> between store updates.</summary>
public sealed class RunProgressBoard
{
    private readonly ConcurrentDictionary<string, RunProgress> _latest = new(StringComparer.Ordinal);

    public RunProgress? Get(string runId) => _latest.TryGetValue(runId, out var p) ? p : null;

    public IProgress<RunProgress> For(string runId) => new Reporter(this, runId);

    public void Clear(string runId) => _latest.TryRemove(runId, out _);

    // Writes synchronously (Progress<T> would post to the thread pool and could land after the run ended).
    private sealed class Reporter(RunProgressBoard board, string runId) : IProgress<RunProgress>
    {
        public void Report(RunProgress value) => board._latest[runId] = value;
    }
}
