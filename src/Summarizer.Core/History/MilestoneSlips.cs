using System.Globalization;

namespace Summarizer.History;

/// <summary>
/// Follows milestones across weeks by team and <see cref="MilestoneName"/>, from the typed dates plans and delays carry
/// (<see cref="DelayFacts.ToDate"/>, <see cref="DelayFacts.FromDate"/>). A date later than the one the latest earlier
/// week gave is a slip, with or without a delay word ("Target go-live: Dec 10" then "Target go-live: Dec 18"); an
/// earlier date (a pull-in) is no slip and no change. A delay item of this week whose line gives only the new date
/// ("计划12月18日上线支付网关，因银行联调推迟") gets the earlier week's date as its planned date.
/// </summary>
internal static class MilestoneSlips
{
    /// <param name="Date">The date the item commits to: a delay's new date, or the one date a delay gives (old or new: the
    /// earlier weeks tell which).</param>
    private sealed record Milestone(string Team, string Key, string Name, DateOnly Date);

    /// <returns>The items, delays filled with the earlier week's planned date.</returns>
    public static IReadOnlyList<ExtractedItem> Compare(IReadOnlyList<ExtractedItem> current, IReadOnlyList<HistoryWeek> history,
        double similarity, ChangeWording words, List<WeekChange> changes)
    {
        var earlier = history.Select(h => h.Items.Select(Read).OfType<Milestone>().ToList()).ToList(); // oldest first
        var ours = current.Where(i => i.Status != ReviewStatus.Dismissed).Select(Read).OfType<Milestone>().ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<ExtractedItem>(current.Count);
        foreach (var item in current)
        {
            if (item.Status == ReviewStatus.Dismissed || Read(item) is not { } now)
            {
                result.Add(item);
                continue;
            }
            var dates = earlier.Select(week => Best(week, now, ours, similarity)).OfType<Milestone>().Select(m => m.Date).ToList();
            // A delay's one date after the earlier week's is its new date; the same or an earlier one is the old date.
            if (dates.Count == 0 || now.Date <= dates[^1])
            {
                result.Add(item);
                continue;
            }
            var previous = dates[^1];
            result.Add(item.Kind == ItemKind.Delay ? WithPlanned(item, previous, now.Date) : item);
            if (!reported.Add(now.Team + "|" + now.Key)) continue;
            int slips = dates.Append(now.Date).Zip(dates.Append(now.Date).Skip(1)).Count(p => p.Second > p.First);
            changes.Add(new WeekChange(ItemKind.Delay, item.Team,
                words.Slip(now.Name, previous, now.Date, item.Delay?.Reason, dates[0], slips), Day(previous), Day(now.Date)));
        }
        return result;
    }

    /// <summary>
    /// The earlier week's milestone of the same team that matches best, or null below <paramref name="similarity"/>. One
    /// that another milestone of this week matches better is that one's: "第二批商户迁移" new this week does not take the
    /// date of "第一批商户迁移", which this week still names.
    /// </summary>
    private static Milestone? Best(IEnumerable<Milestone> week, Milestone now, IReadOnlyList<Milestone> ours, double similarity) =>
        week.Where(m => m.Team == now.Team)
            .Select(m => (m, score: Score(m, now)))
            .Where(x => x.score >= similarity && !ours.Any(o => o.Team == now.Team && o.Key != now.Key && Score(x.m, o) > x.score))
            .OrderByDescending(x => x.score)
            .Select(x => x.m)
            .FirstOrDefault();

    private static double Score(Milestone a, Milestone b) => a.Key == b.Key ? 1 : TextKey.Similarity(a.Key, b.Key);

    private static Milestone? Read(ExtractedItem item)
    {
        if (item.Kind is not (ItemKind.Plan or ItemKind.Delay) || item.Delay is not { } d) return null;
        var date = d.ToDate ?? (item.Kind == ItemKind.Delay ? d.FromDate : null);
        if (date is null) return null;
        var name = MilestoneName.Display(d.Milestone);
        if (name.Length == 0) name = MilestoneName.Display(item.Summary);
        var key = TextKey.Normalize(name);
        return key.Length == 0 ? null : new Milestone(TextKey.Normalize(item.Team), key, name, date.Value);
    }

    /// <summary>
    /// The delay with the earlier week's date as planned and <paramref name="now"/> as new date, unless the report
    /// stated a planned date of its own that differs from the new one (the report's own words win).
    /// </summary>
    private static ExtractedItem WithPlanned(ExtractedItem item, DateOnly previous, DateOnly now)
    {
        var d = item.Delay!;
        if (d.FromDate is { } stated && stated != now && d.ToDate is not null) return item;
        return item with { Delay = d with { From = Day(previous), To = Day(now) } };
    }

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
