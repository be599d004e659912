using Summarizer.Store;

namespace Summarizer.Pipeline;

/// <summary>Runs gather → sections → extract → verify → compare → assemble for one week and records it in the store.</summary>
public sealed class DigestPipeline
{
    /// <summary>Runs (or resumes) a week. <paramref name="runId"/> names a run already recorded as queued (API), else one is created.</summary>
    public Task<RunOutcome> RunAsync(RunRequest request, string? runId = null, IProgress<RunProgress>? progress = null, CancellationToken ct = default)
        => throw new NotImplementedException("being written on main");
}
