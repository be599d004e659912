using Summarizer.Gather.Sources;

namespace Summarizer.Tests.Gather.Sources;

/// <summary>
/// The <see cref="IReportSubmissionStore"/> contract in memory, for the mailbox tests until the SQL store is merged:
/// idempotent by (source, reference), the newest submission of a team (by received time, then insertion) listed, all kept.
/// </summary>
public sealed class InMemorySubmissionStore : IReportSubmissionStore
{
    private readonly List<SubmittedReport> _reports = [];
    private readonly List<RefusedSubmission> _refused = [];

    public IReadOnlyList<SubmittedReport> All { get { lock (_reports) return [.. _reports]; } }

    public IReadOnlyList<RefusedSubmission> AllRefused { get { lock (_reports) return [.. _refused]; } }

    public Task<bool> AddAsync(SubmittedReport report, CancellationToken ct = default)
    {
        lock (_reports)
        {
            if (Known(report.Provenance)) return Task.FromResult(false);
            _reports.Add(report);
            return Task.FromResult(true);
        }
    }

    public Task<bool> AddRefusedAsync(RefusedSubmission refused, CancellationToken ct = default)
    {
        lock (_reports)
        {
            if (Known(refused.Provenance)) return Task.FromResult(false);
            _refused.Add(refused);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<SubmittedReport>> ListLatestAsync(IsoWeek week, CancellationToken ct = default)
    {
        lock (_reports)
            return Task.FromResult<IReadOnlyList<SubmittedReport>>(_reports.Select((r, i) => (r, i)).Where(x => x.r.Week == week)
                .GroupBy(x => x.r.Team, StringComparer.OrdinalIgnoreCase)
                .Select(g => g.OrderByDescending(x => x.r.Provenance.ReceivedAt).ThenByDescending(x => x.i).First().r).ToList());
    }

    public Task<IReadOnlyList<RefusedSubmission>> ListRefusedAsync(IsoWeek week, CancellationToken ct = default)
    {
        lock (_reports)
            return Task.FromResult<IReadOnlyList<RefusedSubmission>>(_refused.Where(r => r.Week is null || r.Week == week)
                .OrderByDescending(r => r.Provenance.ReceivedAt).ToList());
    }

    private bool Known(ReportProvenance p) =>
        _reports.Any(r => Same(r.Provenance, p)) || _refused.Any(r => Same(r.Provenance, p));

    private static bool Same(ReportProvenance a, ReportProvenance b) => a.Source == b.Source && a.Reference == b.Reference;
}
