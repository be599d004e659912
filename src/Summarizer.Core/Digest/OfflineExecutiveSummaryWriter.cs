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
        var items = week.Items.Where(i => i.Status != ReviewStatus.Dismissed).ToList();
        bool zh = DigestComposer.LanguageOf(items.Select(i => i.Source.Quote)) == DigestLanguage.Chinese;
        var lines = new List<string>();
        int teams = week.Reports.Select(r => r.Team).Distinct().Count();
        lines.Add(zh
            ? $"{teams} 个团队提交了周报" + (week.Rejected.Count > 0 ? $"，{week.Rejected.Count} 份文件未能处理。" : "。")
            : $"{teams} teams reported" + (week.Rejected.Count > 0 ? $"; {week.Rejected.Count} files could not be used." : "."));

        var decisions = items.Where(ItemRanking.NeedsDecision).Ranked().ToList();
        if (decisions.Count > 0)
            lines.Add(zh ? $"需要决策 {decisions.Count} 项，首要：{decisions[0].Summary}（{decisions[0].Team}）。"
                         : $"{decisions.Count} items need a decision; first: {decisions[0].Summary} ({decisions[0].Team}).");

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
            int minutes = incidents.Sum(i => i.Incident?.DurationMinutes ?? 0);
            lines.Add(zh ? $"生产事件 {incidents.Count} 起，累计影响时长 {minutes} 分钟。"
                         : $"{incidents.Count} production incidents, {minutes} minutes of impact in total.");
        }
        foreach (var change in ChangeRanking.Ranked(week.Changes).Take(3)) lines.Add(change.Summary);
        return lines;
    }
}
