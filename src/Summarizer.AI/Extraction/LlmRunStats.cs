using Summarizer.Extraction;

namespace Summarizer.AI.Extraction;

/// <summary>Counts of one extraction run, for logs, the run record and tests.</summary>
public sealed class LlmRunStats
{
    private int _batches, _dropped, _degraded, _skipped;
    private readonly Lock _gate = new();
    private ExtractionUsage _usage = ExtractionUsage.None;

    public int Batches => _batches;

    /// <summary>Answer items dropped by grounding (quote not in the section, numbers not in the quote, bad shape).</summary>
    public int Dropped => _dropped;

    /// <summary>Sections the offline engine extracted because the LLM failed for good.</summary>
    public int DegradedSections => _degraded;

    /// <summary>Batches not sent because the endpoint had already failed for good in this run.</summary>
    public int SkippedBatches => _skipped;

    public ExtractionUsage Usage { get { lock (_gate) return _usage; } }

    internal void Add(BatchResult result, int degradedSections)
    {
        Interlocked.Increment(ref _batches);
        Interlocked.Add(ref _dropped, result.Dropped);
        Interlocked.Add(ref _degraded, degradedSections);
        lock (_gate) _usage = _usage.Add(result.Usage);
    }

    internal void Skipped() => Interlocked.Increment(ref _skipped);
}
