using Summarizer.Store;

namespace Summarizer.Digest;

/// <summary>The deterministic executive summary: counts and the top items, in the reports' language.</summary>
public sealed class OfflineExecutiveSummaryWriter : IExecutiveSummaryWriter
{
    public string Engine => "offline";

    public Task<IReadOnlyList<string>> WriteAsync(WeekSnapshot week, CancellationToken cancellationToken) =>
        Task.FromResult(Write(week));

    public static IReadOnlyList<string> Write(WeekSnapshot week)
    {
        var items = DigestEntries.Prepare(week.Items);
        bool zh = DigestComposer.LanguageOf(items.Select(i => i.Source.Quote)) == DigestLanguage.Chinese;
        var lines = new List<string>();
        int teams = week.Reports.Select(r => r.Team).Distinct().Count();
        lines.Add(zh
            ? $"{teams} 个团队提交了周报" + (week.Rejected.Count > 0 ? $"，{week.Rejected.Count} 份文件未能处理。" : "。")
            : $"{teams} teams reported" + (week.Rejected.Count > 0 ? $"; {week.Rejected.Count} files could not be used." : "."));

        var asks = DecisionAsks.Find(items, IsoWeek.TryParse(week.Week, out var w) ? w : null);
        if (asks.Count > 0)
            lines.Add(zh ? $"需要您决策 {asks.Count} 项，首要：{asks[0].Item.Summary}（{asks[0].Item.Team}）。"
                         : $"{asks.Count} asks need your decision; first: {asks[0].Item.Summary} ({asks[0].Item.Team}).");

        var risks = items.Where(i => i.Kind == ItemKind.Risk).Ranked().Take(3).ToList();
        if (risks.Count > 0)
            lines.Add((zh ? "主要风险：" : "Top risks: ") + string.Join(zh ? "；" : "; ", risks.Select(r => $"{r.Summary} ({r.Team})")));

        var delays = items.Where(i => i.Kind == ItemKind.Delay).Ranked().ToList();
        if (delays.Count > 0)
            lines.Add(zh ? $"延期 {delays.Count} 项，涉及 {delays.Select(d => d.Team).Distinct().Count()} 个团队。"
                         : $"{delays.Count} delays across {delays.Select(d => d.Team).Distinct().Count()} teams.");

        var incidents = items.Where(i => i.Kind == ItemKind.Incident).ToList();
        if (incidents.Count > 0)
        {
            // An incident without a stated duration is "unknown", never 0 minutes.
            var downtime = DowntimeTotal.Of(incidents);
            lines.Add(downtime switch
            {
                { KnownMinutes: null } => zh ? $"生产事件 {incidents.Count} 起，影响时长未知。" : $"{incidents.Count} production incidents, impact duration unknown.",
                { Unstated: 0 } => zh ? $"生产事件 {incidents.Count} 起，累计影响时长 {downtime.KnownMinutes} 分钟。"
                                      : $"{incidents.Count} production incidents, {downtime.KnownMinutes} minutes of impact in total.",
                _ => zh ? $"生产事件 {incidents.Count} 起，已知影响时长 {downtime.KnownMinutes} 分钟（{downtime.Unstated} 起未写明时长）。"
                        : $"{incidents.Count} production incidents, {downtime.KnownMinutes} minutes of impact known ({downtime.Unstated} without a stated duration).",
            });
        }
        // Six bullets in all: the changes fill what is left.
        foreach (var change in ChangeRanking.Ranked(week.Changes).Take(Math.Max(0, DigestComposer.SummaryBullets - lines.Count))) lines.Add(change.Summary);
        return lines;
    }
}
