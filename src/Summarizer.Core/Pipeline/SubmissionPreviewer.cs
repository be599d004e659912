using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Extraction;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using Summarizer.Sections;
using Summarizer.Verification;

namespace Summarizer.Pipeline;

/// <summary>
/// What the digest will say from one submitted report, before any run: the report is read like the gather step reads
/// it (<see cref="SubmittedReportReader"/>: same readers, limits and reasons), split into sections, extracted with the
/// offline rules and verified. Nothing is stored; history (changes since last week) and reviews are not applied.
/// </summary>
public sealed class SubmissionPreviewer(IOptions<GatherOptions> limits, ILogger<SubmissionPreviewer> logger)
{
    private readonly SubmittedReportReader _reader = new(new ReportFileLoader(limits.Value, logger));
    private readonly OfflineExtractor _extractor = new();

    public SubmissionPreview Preview(SubmittedReport submission)
    {
        var (report, rejected) = _reader.Read(submission);
        if (report is null) return new SubmissionPreview(null, rejected!.Reason, [], []);
        var units = new SectionParser().Parse(report).HeadingUnits().ToList();
        var headings = units.Count(u => u.Kind == SectionKind.Heading);
        if (limits.Value.SectionsProblem(headings) is { } tooMany) return new SubmissionPreview(null, tooMany, [], []);
        units = units.Where(u => u.OwnLines().Any(l => !string.IsNullOrWhiteSpace(l.Text))).ToList();
        var candidates = units.SelectMany(_extractor.Extract).ToList();
        var published = new ItemVerifier().Publish(submission.Week, units, candidates);
        return new SubmissionPreview(report, null, published.Items, published.Drops);
    }
}

/// <summary>
/// A submission's preview: the report as read (null when refused, then <see cref="Refusal"/> says why, e.g.
/// "is empty (0 bytes); …"), the items the digest would list (with severity, quote and 1-based lines) and the candidates
/// dropped with their reasons.
/// </summary>
public sealed record SubmissionPreview(ReportDocument? Report, string? Refusal, IReadOnlyList<ExtractedItem> Items, IReadOnlyList<DroppedCandidate> Dropped);
