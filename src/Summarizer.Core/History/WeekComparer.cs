using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Store;

namespace Summarizer.History;

/// <summary>
/// The compare step: reads the previous N stored weeks and finds metric deltas and trends, milestone slips,
/// recurring risks and expected teams that sent nothing (<see cref="ExpectedTeams"/>; without one given, the teams of
/// the earlier weeks). Items dismissed in review are ignored on both sides.
/// </summary>
public sealed class WeekComparer(IDigestStore store, IOptions<HistoryOptions> options, ILogger<WeekComparer> logger, ExpectedTeams? expected = null) : IWeekComparer
{
    private readonly ExpectedTeams _expected = expected ?? new ExpectedTeams(store, options, Options.Create(new Gather.Sources.TeamDirectoryOptions()));

    public async Task<WeekComparison> CompareAsync(
        IsoWeek week, IReadOnlyList<ExtractedItem> items, IReadOnlyCollection<string>? reportingTeams, CancellationToken ct = default)
    {
        var o = options.Value;
        var history = await HistoryWeeks.LoadAsync(store, week, o.Weeks, ct); // oldest first

        var texts = items.Count > 0 ? items.Select(i => i.Summary) : history.SelectMany(h => h.Items).Select(i => i.Summary);
        var words = new ChangeWording(ReportLanguage.IsMostlyChinese(texts));
        var changes = new List<WeekChange>();
        if (reportingTeams is not null) MissingTeams.Compare(reportingTeams, items, _expected.Of(history), words, changes);
        MilestoneSlips.Compare(week, items, history, o.MilestoneSimilarity, words, changes);
        RecurringRisks.Compare(week, items, history, o.RiskSimilarity, words, changes);
        var filled = MetricTrends.Compare(items, history, words, changes);

        logger.LogInformation("Compared {Week} with {Weeks} stored earlier week(s): {Changes} change(s)", week, history.Count, changes.Count);
        return new WeekComparison(filled, changes);
    }
}
