using Summarizer.Text;
using Summarizer.Verification;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Builds the offline engine's candidates for one unit and keeps them grounded: a summary may only carry numbers
/// its quote carries, otherwise the quote itself becomes the summary.
/// </summary>
internal sealed class CandidateFactory(ReportSection unit)
{
    public ReportSection Unit { get; } = unit;
    public IsoWeek? Week => Unit.Report.Week;

    public ItemCandidate Create(ItemKind kind, string summary, string quote, Severity? severity,
        MetricFacts? metric = null, IncidentFacts? incident = null, DelayFacts? delay = null) => new()
        {
            SectionId = Unit.Id,
            Kind = kind,
            Summary = IsGrounded(summary, quote) ? summary : TextSpans.TrimEndPunctuation(quote),
            Quote = quote,
            Severity = severity,
            Metric = metric,
            Incident = incident,
            Delay = delay,
            Engine = OfflineExtractor.EngineName,
        };

    /// <summary>True when every number written in <paramref name="summary"/> is also written in <paramref name="quote"/>, by the verifier's own rule.</summary>
    private static bool IsGrounded(string summary, string quote) => NumberMatcher.Unsupported(summary, quote).Count == 0;
}
