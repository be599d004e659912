using System.Diagnostics;
using Summarizer.Pipeline;

namespace Summarizer.Bench.Composition;

/// <summary>
/// Times the stages of a run from its progress reports (synchronous, unlike <c>Progress&lt;T&gt;</c>, so the
/// timestamps are taken on the pipeline's own thread at the moment each stage starts).
/// </summary>
public sealed class StageClock : IProgress<RunProgress>
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Dictionary<string, TimeSpan> _starts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _timestamps = new(StringComparer.Ordinal);

    public TimeSpan Total { get; private set; }

    /// <summary>Sections reused from the store, as the first extract report says.</summary>
    public int? FirstExtractDone { get; private set; }

    public void Report(RunProgress value)
    {
        lock (_starts)
        {
            if (!_starts.TryAdd(value.Stage, _watch.Elapsed)) return;
            _timestamps[value.Stage] = Stopwatch.GetTimestamp();
            if (value.Stage == "extract") FirstExtractDone = value.SectionsDone;
        }
    }

    public void Stop() => Total = _watch.Elapsed;

    /// <summary><see cref="Stopwatch.GetTimestamp"/> when <paramref name="stage"/> started, to line up with other clocks in the process.</summary>
    public long StartedAt(string stage) => _timestamps[stage];

    /// <summary>From the start of <paramref name="from"/> to the start of <paramref name="to"/>.</summary>
    public TimeSpan Between(string from, string to) => _starts[to] - _starts[from];
}
