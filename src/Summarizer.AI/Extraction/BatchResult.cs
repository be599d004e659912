using Summarizer.Extraction;

namespace Summarizer.AI.Extraction;

/// <summary>What became of one batch: candidates per piece, pieces that need the offline engine, cost and refusals.</summary>
internal sealed class BatchResult
{
    public List<(SectionPiece Piece, IReadOnlyList<ItemCandidate> Candidates)> Done { get; } = [];
    public List<SectionPiece> Failed { get; } = [];
    public ExtractionUsage Usage { get; set; } = ExtractionUsage.None;

    /// <summary>Answer items grounding refused, listed (with the verifier's drops) in items.json.</summary>
    public List<DroppedCandidate> Drops { get; } = [];

    /// <summary>Answer items grounding refused that have no kind to list them under (wrong shape, unknown kind).</summary>
    public int Unusable { get; set; }

    public int Dropped => Drops.Count + Unusable;

    /// <summary>The endpoint itself failed (retries exhausted, circuit open, budget spent): later batches skip it.</summary>
    public bool EndpointFailed { get; set; }

    /// <summary>The endpoint fails for good (refused, unknown host, 401/403/404): the run stops calling it.</summary>
    public ModelEndpointException? Fatal { get; set; }
}
