using System.Threading.Channels;
using Summarizer.Host.Worker;
using Summarizer.Store;

namespace Summarizer.Tests.Worker;

/// <summary>The pipeline seam: records each requested week and stores what a run stores (succeeded run, digest).</summary>
public sealed class RecordingDigestJob(IDigestStore store, TimeProvider time) : IWeeklyDigestJob
{
    private readonly Channel<IsoWeek> _calls = Channel.CreateUnbounded<IsoWeek>();
    private int _failNext;

    public List<IsoWeek> Weeks { get; } = [];

    public void FailNext() => Interlocked.Exchange(ref _failNext, 1);

    public async Task RunAsync(IsoWeek week, CancellationToken ct)
    {
        lock (Weeks) Weeks.Add(week);
        try
        {
            if (Interlocked.Exchange(ref _failNext, 0) == 1) throw new InvalidOperationException("input folder is missing");
            var run = await store.CreateRunAsync(week.ToString(), "offline", "reports", ct);
            await store.SaveDigestAsync(new DigestRecord(week.ToString(), $"# Digest {week}", $"<h1>Digest {week}</h1>", time.GetUtcNow()), ct);
            await store.UpdateRunAsync(run with { State = RunState.Succeeded, FinishedAt = time.GetUtcNow() }, ct);
        }
        finally
        {
            _calls.Writer.TryWrite(week);
        }
    }

    /// <summary>The next call's week (bounded real-time wait so a broken worker fails the test instead of hanging it).</summary>
    public async Task<IsoWeek> NextCallAsync() => await _calls.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));
}
