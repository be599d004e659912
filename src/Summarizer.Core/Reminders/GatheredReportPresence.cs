using Microsoft.Extensions.Options;
using Summarizer.Gather;
using Summarizer.Pipeline;

namespace Summarizer.Reminders;

/// <summary>
/// The gatherer's answer: the teams a run of the week would read a report for (<c>&lt;Input&gt;/&lt;week&gt;/</c>, and
/// the report sources the gatherer merges where it does), with the same team naming, front-matter claims and
/// rejections as a run. A team whose only file is rejected has no usable report, so it is reminded. No input folder
/// yet means no team has reported.
/// </summary>
public sealed class GatheredReportPresence(ReportGatherer gatherer, IOptions<SummarizerOptions> options) : IReportPresence
{
    public async Task<IReadOnlyList<string>> TeamsWithReportAsync(IsoWeek week, CancellationToken ct = default)
    {
        try
        {
            var gathered = await gatherer.GatherAsync(new GatherRequest(options.Value.Input, week), ct);
            return gathered.Reports.Where(r => r.Week is null || r.Week == week).Select(r => r.Team).ToList();
        }
        catch (DirectoryNotFoundException)
        {
            return [];
        }
    }
}
