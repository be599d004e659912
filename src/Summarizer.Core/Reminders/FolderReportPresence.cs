using Microsoft.Extensions.Options;
using Summarizer.Gather;
using Summarizer.Pipeline;

namespace Summarizer.Reminders;

/// <summary>
/// The input folder's answer: the teams the gatherer reads a report for in <c>&lt;Input&gt;/&lt;week&gt;/</c>, with the
/// same team naming, front-matter claims and rejections as a run. A team whose only file is rejected has no usable
/// report, so it is reminded. No week folder (or no input folder yet) means no team has reported.
/// </summary>
public sealed class FolderReportPresence(ReportGatherer gatherer, IOptions<SummarizerOptions> options) : IReportPresence
{
    public async Task<IReadOnlyList<string>> TeamsWithReportAsync(IsoWeek week, CancellationToken ct = default)
    {
        var input = options.Value.Input;
        var folder = Path.Combine(input, week.ToString());
        if (!Directory.Exists(folder)) return [];
        var gathered = await gatherer.GatherAsync(new GatherRequest(input, week), ct);
        return gathered.Reports.Select(r => r.Team).ToList();
    }
}
