using Summarizer.Digest.Sections;
using Summarizer.Store;
using Summarizer.Text;

namespace Summarizer.Digest;

/// <summary>
/// The deterministic executive summary, in the reports' language: at most <see cref="DigestComposer.SummaryBullets"/>
/// bullets ranked by what a department head must act on or know — the asks (with the first one and its date),
/// incidents with impact, delays and repeated slips, metrics off their target, high risks — and last the teams that
/// sent no report, so the head knows the picture is incomplete. How many teams reported and how many files could not
/// be used is said once, in the digest's header line, not here.
/// Metric moves without a target (rollout percentages) stay in "What changed" and the key-metrics table.
/// </summary>
/// <param name="time">The run's clock, for which asks are overdue (as <see cref="DigestComposer"/> decides it).</param>
public sealed class OfflineExecutiveSummaryWriter(TimeProvider? time = null) : IExecutiveSummaryWriter
{
    /// <summary>Metrics and risks named in one bullet.</summary>
    private const int Named = 2;

    public string Engine => "offline";

    public Task<IReadOnlyList<string>> WriteAsync(WeekSnapshot week, CancellationToken cancellationToken) =>
        Task.FromResult(Write(week, time));

    public static IReadOnlyList<string> Write(WeekSnapshot week, TimeProvider? time = null)
    {
        var items = DigestEntries.Prepare(week.Items);
        bool zh = (week.Language ?? DigestComposer.LanguageOf(items.Select(i => i.Source.Quote))) == DigestLanguage.Chinese;
        var l = DigestLabels.For(zh ? DigestLanguage.Chinese : DigestLanguage.English);
        string sep = zh ? "；" : "; ";
        var lines = new List<string>();

        IsoWeek? isoWeek = IsoWeek.TryParse(week.Week, out var w) ? w : null;
        var asks = DecisionAsks.Find(items, isoWeek, DecisionAsks.ReferenceDay(isoWeek, time ?? TimeProvider.System));
        if (asks.Count > 0)
        {
            var first = asks[0];
            var when = first.Due is not null ? (zh ? "，" : ", ") + DecisionSection.DueText(first, l, week.Week) : "";
            lines.Add(zh ? $"需要您决策 {asks.Count} 项，首要：{DecisionSection.Statement(first, l)}（{first.Item.Team}{when}）。"
                         : DigestFormat.Format("{0} {0:ask needs|asks need} your decision; first: {1} ({2}{3}).", asks.Count, DecisionSection.Statement(first, l), first.Item.Team, when));
        }

        var incidents = items.Where(i => i.Kind == ItemKind.Incident && (i.Incident?.DurationMinutes > 0 || !string.IsNullOrWhiteSpace(i.Incident?.Impact))).Ranked().ToList();
        if (incidents.Count > 0)
        {
            // An incident without a stated duration is "unknown", never 0 minutes.
            var downtime = DowntimeTotal.Of(incidents);
            var worst = incidents[0];
            var worstText = zh ? $"最严重：{worst.Summary}（{worst.Team}）" : $"worst: {worst.Summary} ({worst.Team})";
            lines.Add(downtime switch
            {
                { KnownMinutes: null } => zh ? $"生产事件 {incidents.Count} 起，影响时长未知；{worstText}。"
                    : DigestFormat.Format("{0} production {0:incident|incidents}, impact duration unknown; {1}.", incidents.Count, worstText),
                { Unstated: 0 } => zh ? $"生产事件 {incidents.Count} 起，累计影响 {downtime.KnownMinutes} 分钟；{worstText}。"
                    : DigestFormat.Format("{0} production {0:incident|incidents}, {1} {1:minute|minutes} of impact; {2}.", incidents.Count, downtime.KnownMinutes!.Value, worstText),
                _ => zh ? $"生产事件 {incidents.Count} 起，已知影响 {downtime.KnownMinutes} 分钟（{downtime.Unstated} 起未写明时长）；{worstText}。"
                    : DigestFormat.Format("{0} production {0:incident|incidents}, {1} {1:minute|minutes} of impact known ({2} without a stated duration); {3}.",
                        incidents.Count, downtime.KnownMinutes!.Value, downtime.Unstated, worstText),
            });
        }

        var delays = items.Where(i => i.Kind == ItemKind.Delay).Ranked().ToList();
        var slips = week.Changes.Where(c => c.Kind == ItemKind.Delay).ToList();
        if (delays.Count > 0 || slips.Count > 0)
        {
            // A slip is a date that moved since the last stored week (History.MilestoneSlips): "moved since last week",
            // never "again" (it may be the first move), and never counted as a delay item the Delays section lacks.
            var (summary, team) = slips.Count > 0 ? (slips[0].Summary, slips[0].Team) : (delays[0].Summary, delays[0].Team);
            var named = zh ? $"{summary}（{team}）" : $"{summary} ({team})";
            if (delays.Count > 0)
            {
                int teams = delays.Select(d => d.Team).Distinct().Count();
                lines.Add(zh ? $"延期 {delays.Count} 项，涉及 {teams} 个团队；{(slips.Count > 0 ? "较上周推迟" : "首要")}：{named}。"
                             : DigestFormat.Format("{0} {0:delay|delays} across {1} {1:team|teams}; {2}: {3}.", delays.Count, teams, slips.Count > 0 ? "moved since last week" : "first", named));
            }
            else
                lines.Add(zh ? $"计划日期较上周推迟 {slips.Count} 项：{named}。"
                             : DigestFormat.Format("{0} planned {0:date|dates} moved since last week: {1}.", slips.Count, named));
        }

        // An overrun is an ask, counted (and, first, named) in the decisions line: not listed again as a metric off target.
        var askLines = asks.Select(a => (a.Item.Source.File, a.Item.Source.Line)).ToHashSet();
        var offTarget = items.Where(i => i.Kind == ItemKind.Metric && KeyMetricSelection.IsOffTarget(i) == true
            && !askLines.Contains((i.Source.File, i.Source.Line))).Ranked().ToList();
        if (offTarget.Count > 0)
        {
            var named = string.Join(sep, offTarget.Take(Named).Select(m => zh
                ? $"{m.Metric!.Name} {WrittenFigure.Of(m.Metric.Value, m.Metric.Unit, m.Source.Quote)}（目标 {m.Metric.Target}，{m.Team}）"
                : $"{m.Metric!.Name} {WrittenFigure.Of(m.Metric.Value, m.Metric.Unit, m.Source.Quote)} (target {m.Metric.Target}, {m.Team})"));
            lines.Add(zh ? $"未达目标的指标 {offTarget.Count} 项：{named}。"
                         : DigestFormat.Format("{0} {0:metric|metrics} off target: {1}.", offTarget.Count, named));
        }

        var asked = asks.Select(a => (a.Item.Source.File, a.Item.Source.Line)).ToHashSet();
        var risks = items.Where(i => i.Kind == ItemKind.Risk && i.Severity == Severity.High && !asked.Contains((i.Source.File, i.Source.Line)))
            .Ranked().Take(Named).ToList();
        if (risks.Count > 0)
            lines.Add((zh ? "高风险：" : "High risks: ") + string.Join(sep, risks.Select(r => zh ? $"{r.Summary}（{r.Team}）" : $"{r.Summary} ({r.Team})")) + (zh ? "。" : "."));

        if (Missing(week, zh) is { } missing)
        {
            lines = lines.Take(DigestComposer.SummaryBullets - 1).ToList();
            lines.Add(missing);
        }
        return lines.Take(DigestComposer.SummaryBullets).ToList();
    }

    /// <summary>"No report from growth." — the picture is incomplete; null when no expected team is missing.</summary>
    private static string? Missing(WeekSnapshot week, bool zh)
    {
        // A missing team is the one risk change without a count of weeks (History.MissingTeams).
        var missing = week.Changes.Where(c => c.Kind == ItemKind.Risk && c.To is null or System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null })
            .Select(c => c.Team).ToList();
        if (missing.Count == 0) return null;
        return zh ? $"未提交周报：{string.Join("、", missing)}。" : "No report from " + string.Join(", ", missing) + ".";
    }
}
