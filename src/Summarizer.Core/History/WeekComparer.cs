using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Digest;
using Summarizer.Store;

namespace Summarizer.History;

/// <summary>
/// The compare step: reads the previous N stored weeks and finds metric deltas and trends, milestone slips,
/// recurring risks and expected teams that sent nothing (<see cref="ExpectedTeams"/>; without one given, the teams of
/// the earlier weeks). Items dismissed in review are ignored on both sides.
/// </summary>
public sealed class WeekComparer(IDigestStore store, IOptions<HistoryOptions> options, DigestLanguageChoice language, ILogger<WeekComparer> logger, ExpectedTeams? expected = null) : IWeekComparer
{
    private readonly ExpectedTeams _expected = expected ?? new ExpectedTeams(store, options, Options.Create(new Gather.Sources.TeamDirectoryOptions()));

    public async Task<WeekComparison> CompareAsync(
        IsoWeek week, IReadOnlyList<ExtractedItem> items, IReadOnlyCollection<string>? reportingTeams, CancellationToken ct = default)
    {
        var o = options.Value;
        var history = await HistoryWeeks.LoadAsync(store, week, o.Weeks, ct); // oldest first

        var chosen = await language.ChooseAsync(week, items, ct);
        var words = new ChangeWording(chosen == DigestLanguage.Chinese);
        var changes = new List<WeekChange>();
        if (reportingTeams is not null) MissingTeams.Compare(reportingTeams, items, _expected.Of(history), words, changes);
        var filled = MilestoneSlips.Compare(items, history, o.MilestoneSimilarity, words, changes);
        RecurringRisks.Compare(week, filled, history, o.RiskSimilarity, words, changes);
        filled = MetricTrends.Compare(filled, history, words, changes);

        logger.LogInformation("Compared {Week} with {Weeks} stored earlier week(s): {Changes} change(s); digest language {Language}",
            week, history.Count, changes.Count, chosen);
        return new WeekComparison(filled, changes) { Language = chosen, ComparedWeeks = history.Count };
    }
}
