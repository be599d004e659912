using Summarizer.Store;

namespace Summarizer.Digest;

/// <summary>
/// Step 6: turns a week's verified items into a ranked digest, one entry per source line. Dismissed items are left out.
/// A source line is shown in one section only, the first in the mail's order (decisions, what went wrong, top risks,
/// delays); metric rows are data and keep their table.
/// </summary>
/// <param name="time">The run's clock: an ask's deadline is overdue against <see cref="DecisionAsks.ReferenceDay"/>.</param>
public sealed class DigestComposer(TimeProvider? time = null)
{
    /// <summary>Most rows of "Key metrics" in the mail.</summary>
    public const int KeyMetricRows = 12;

    /// <summary>Most bullets of the executive summary.</summary>
    public const int SummaryBullets = 6;

    /// <param name="week">The week, reviews applied.</param>
    /// <param name="summary">Executive summary lines; the first <see cref="SummaryBullets"/> are kept.</param>
    /// <param name="history">Stored earlier weeks, oldest first, for the trend pictures; empty when none.</param>
    public DigestDocument Compose(WeekSnapshot week, IReadOnlyList<string> summary, IReadOnlyList<WeekSnapshot>? history = null)
    {
        history ??= [];
        var items = DigestEntries.Prepare(week.Items);
        IsoWeek? isoWeek = IsoWeek.TryParse(week.Week, out var w) ? w : null;
        var asks = DecisionAsks.Find(items, isoWeek, DecisionAsks.ReferenceDay(isoWeek, time ?? TimeProvider.System));
        var incidents = items.Where(i => i.Kind == ItemKind.Incident).Ranked().ToList();
        var claimed = new HashSet<(string, int)>(asks.Select(a => Line(a.Item)));
        claimed.UnionWith(incidents.Select(Line));
        var risks = Unclaimed(items.Where(i => i.Kind == ItemKind.Risk), claimed);
        var delays = Unclaimed(items.Where(i => i.Kind == ItemKind.Delay), claimed);
        var metrics = items.Where(i => i.Kind == ItemKind.Metric)
            .OrderBy(i => i.Team, StringComparer.Ordinal).ThenBy(i => i.Source.Line).ToList();
        return new DigestDocument
        {
            Week = week.Week,
            Language = week.Language ?? LanguageOf(items.Select(i => i.Source.Quote)), // chosen once for the week (History.DigestLanguageChoice)
            Engine = week.Engine,
            Reports = week.Reports,
            Rejected = week.Rejected,
            DegradedSections = week.DegradedSections,
            Dropped = week.Dropped.Count,
            Summary = summary.Take(SummaryBullets).ToList(),
            Asks = asks,
            Changes = ChangeRanking.Ranked(week.Changes, items),
            ComparedWeeks = week.ComparedWeeks,
            Risks = risks,
            Delays = delays,
            Incidents = incidents,
            TotalDowntimeMinutes = Downtime(incidents),
            DowntimeByWeek = isoWeek is { } iso && history.Count > 0
                ? [.. history.Select(h => (IsoWeek.Parse(h.Week), WeekDowntime(DigestEntries.Prepare(h.Items).Where(i => i.Kind == ItemKind.Incident))))
                      .Append((iso, WeekDowntime(incidents))).Where(w => w.Item2 is not null).Select(w => (w.Item1, w.Item2!.Value))]
                : [],
            KeyMetrics = KeyMetricSelection.Select(metrics, history, KeyMetricRows),
            EarlierQuotes = metrics.Where(i => i.Metric is { Previous: not null })
                .Select(i => (i.Id, Earlier: KeyMetricSelection.Earlier(i, history).LastOrDefault()))
                .Where(x => x.Earlier is not null).ToDictionary(x => x.Id, x => x.Earlier!.Source.Quote),
            Metrics = metrics,
            Plans = items.Where(i => i.Kind == ItemKind.Plan)
                .OrderBy(i => i.Team, StringComparer.Ordinal).ThenBy(i => i.Source.Line).ToList(),
            // Every team the header counts, one that sent a report with nothing to extract too (its line says 0).
            Teams = items.Select(i => i.Team).Concat(week.Reports.Select(r => r.Team)).Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(t => (t, (IReadOnlyList<ExtractedItem>)items.Where(i => i.Team == t).Ranked().ToList())).ToList(),
        };
    }

    private static (string File, int Line) Line(ExtractedItem i) => (i.Source.File, i.Source.Line);

    /// <summary>The items of lines no earlier section holds, ranked; their lines are then claimed.</summary>
    private static List<ExtractedItem> Unclaimed(IEnumerable<ExtractedItem> items, HashSet<(string, int)> claimed)
    {
        var list = items.Where(i => !claimed.Contains(Line(i))).Ranked().ToList();
        claimed.UnionWith(list.Select(Line));
        return list;
    }

    // Incidents without a stated duration are not 0 minutes: they stay out of the sum (null when none states one).
    private static int? Downtime(IEnumerable<ExtractedItem> incidents) => DowntimeTotal.Of(incidents).KnownMinutes;

    // A stored week without incidents had 0 minutes of downtime; one whose incidents state no duration is unknown.
    private static int? WeekDowntime(IEnumerable<ExtractedItem> incidents) =>
        incidents.Any(i => i.Kind == ItemKind.Incident) ? Downtime(incidents) : 0;

    public static DigestLanguage LanguageOf(IEnumerable<string> texts) =>
        ReportLanguage.IsMostlyChinese(texts) ? DigestLanguage.Chinese : DigestLanguage.English;
}
