namespace Summarizer.AI.Extraction;

/// <summary>
/// When two candidates of one section are the same claim: same kind and quote, and for metrics the same metric name.
/// A table row with availability and error rate holds two metrics; both are kept (ids differ by metric name too).
/// </summary>
internal static class CandidateIdentity
{
    public static bool Same(ItemCandidate a, ItemCandidate b) =>
        a.Kind == b.Kind && a.Quote == b.Quote
        && string.Equals(a.Metric?.Name.Trim(), b.Metric?.Name.Trim(), StringComparison.OrdinalIgnoreCase);
}
