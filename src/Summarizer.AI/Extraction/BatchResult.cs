using Summarizer.Extraction;

namespace Summarizer.AI.Extraction;

/// <summary>What became of one batch: candidates per piece, pieces that need the offline engine, cost and drops.</summary>
internal sealed class BatchResult
{
    public List<(SectionPiece Piece, IReadOnlyList<ItemCandidate> Candidates)> Done { get; } = [];
    public List<SectionPiece> Failed { get; } = [];
    public ExtractionUsage Usage { get; set; } = ExtractionUsage.None;
    public int Dropped { get; set; }

    /// <summary>The endpoint itself failed (retries exhausted, circuit open, budget spent): later batches skip it.</summary>
    public bool EndpointFailed { get; set; }
}
