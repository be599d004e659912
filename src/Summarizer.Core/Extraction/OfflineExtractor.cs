using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Summarizer.Extraction.Offline;

namespace Summarizer.Extraction;

/// <summary>The embedded default engine: rules for Chinese and English, no network.</summary>
/// <param name="logger">Where a line the rules cannot read is reported (it is skipped; the run goes on).</param>
public sealed partial class OfflineExtractor(ILogger<OfflineExtractor>? logger = null) : IItemExtractor
{
    public const string EngineName = "offline";
    public string Engine => EngineName;

    /// <summary>Bump when rules change so checkpoints of older rules are not reused.</summary>
    public const string RulesVersion = "rules-12";
    public string Version => RulesVersion;

    public async IAsyncEnumerable<SectionExtraction> ExtractAsync(IReadOnlyList<ReportSection> units, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var unit in units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new SectionExtraction(unit.Id, Extract(unit));
        }
        await Task.CompletedTask;
    }

    /// <summary>Candidates of one heading unit, in line order; within a line: incident, delay, risk, metrics, plan (a committed date).</summary>
    public IReadOnlyList<ItemCandidate> Extract(ReportSection unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var make = new CandidateFactory(unit);
        var items = new List<ItemCandidate>();
        var lines = UnitLineReader.Read(unit).ToList();
        // Timed steps of a timeline are parts of one incident, not incidents (or risks) of their own.
        bool timeline = IncidentTimeline.IsTimelineTitle(unit.Title) || IncidentTimeline.HeadingNamesIncident(unit);
        // A timed line labelled as a cause ("直接原因：10:40 扩容…") tells why, not a step of the incident: it is read as the cause.
        var steps = lines.Where(l => IncidentTimeline.IsStep(l, timeline) && !RiskRule.HasProblemLabel(l)).ToList();
        if (steps.Count < 2) steps.Clear();
        // "🧵 thread — order ingestion outage (Fri)" over "@tom 09:12 CET: …" lines: steps an untimed intro line names.
        UnitLine? intro = null;
        if (steps.Count == 0) steps = IncidentTimeline.IntroducedSteps(lines, out intro);
        // rules-12: "11月26日…事故，经过如下：" right above timed steps under an incident heading is their intro, not an incident of its own.
        else if (!IncidentTimeline.HeadingNamesIncident(unit)) intro = IncidentTimeline.IntroOf(lines, steps);
        bool toldElsewhere = steps.Count > 0 && IncidentTimeline.ToldElsewhere(unit);
        foreach (var line in lines)
        {
            if ((steps.Count > 0 && steps.Contains(line)) || line == intro) continue;
            try
            {
                ExtractLine(line, make, items);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One line no rule anticipated must not sink the report, let alone the run.
                logger?.LogWarning(ex, "Offline rules could not read {File}:{Line}; the line was skipped", unit.Report.File, line.Number);
            }
        }
        // A heading that names the incident ("### Sev2 — Auth token refresh failures (Tue Apr 1)") is its line; its steps are
        // parts of it. A line under it that states the incident again ("故障持续 90 分钟") is kept, as a reader may list it.
        // A line of the unit that states the incident's length ("11/20 21:15–21:40 … 持续 25 分钟") is the incident its steps tell.
        bool stated = items.Exists(i => i.Incident is { DurationMinutes: not null } && Summarizer.Text.ClockTime.Find(i.Quote).Any());
        if (intro is not null)
        {
            if (!toldElsewhere && !stated) Add(items, IncidentTimeline.Introduced(intro, steps, make));
        }
        else if (steps.Count > 0 && !stated && IncidentTimeline.HeadingNamesIncident(unit) && IncidentTimeline.Titled(steps, make) is { } titled)
        {
            items.Insert(0, titled);
        }
        else if (steps.Count > 0 && !toldElsewhere && !items.Exists(i => i.Kind == ItemKind.Incident)) Add(items, IncidentTimeline.Incident(steps, make));
        IncidentRule.JoinParagraph(items, make); // rules-12: an incident told over a paragraph's lines is one incident
        IncidentRule.KeepStated(items, lines);
        return items;
    }

    private static void ExtractLine(UnitLine line, CandidateFactory make, List<ItemCandidate> items)
    {
        // "**Status:** Resolved · **Severity:** SEV-3 · **Report date:** …": the report's own labels, no item.
        if (MetadataLine().IsMatch(line.Text) || IsReportLabels(line) || line.Row is { Columns.DescribesReport: true }) return;
        // "感谢运维组周末支援", "Thanks to the SRE team…", "Kudos to Maria…": credit, never a risk, slip or KPI.
        if (Polarity.IsThanks(line.Text) || Polarity.IsReactions(line.Text)) return; // …and a page's reaction footer (rules-12)
        // A postmortem's action items (| 措施 | 负责人 | 完成时间 |) are what will be done, not incidents dated by their due column.
        if (line.Row is { Columns.IsActionItems: true } && line.Role is SectionRole.Incidents or SectionRole.Fixes or SectionRole.Plans or SectionRole.Risks)
        {
            Add(items, PlanRule.FromActionItem(line, make));
            return;
        }
        // "- ➡️ Align with Ops on …": a line the check-in convention marks "next" is a plan under any heading.
        if (line.Role != SectionRole.Plans && PlanRule.IsMarkedNext(line)) line = new UnitLine(line.Number, line.Text, SectionRole.Plans, line.Row);
        // "根因：…", "Root cause: …", "What hurt: …": a line its own label calls a problem is that problem, also in a write-up's
        // incident section, where failure words alone describe the incident (rules-11).
        if (line.Role is not (SectionRole.Fixes or SectionRole.Plans or SectionRole.Background or SectionRole.Slipped) && RiskRule.HasProblemLabel(line))
        {
            var slip = DelayRule.Match(line, make); // "延期原因：…" may also date the slip it explains
            Add(items, slip);
            Add(items, RiskRule.Match(new UnitLine(line.Number, line.Text, SectionRole.Risks, line.Row) { HeadingDay = line.HeadingDay }, make,
                ignoreDelayWords: false)); // the label says the line is the problem, so it stays one beside its slip
            return;
        }
        switch (line.Role)
        {
            case SectionRole.Plans:
                // "原定11月20日上线的…，因…推到11月27日", "was planned for May 27; we are moving it to Jun 10" under a next-week
                // heading tell a dated slip that happened: a delay, not work planned.
                if (DelayRule.DatedSlip(line, make) is { } slipped)
                {
                    items.Add(slipped);
                    return;
                }
                // A plan line is a plan; what it says about the future is not yet a risk or a metric.
                Add(items, PlanRule.Match(line, make));
                return;
            case SectionRole.Slipped:
                // Work listed as not completed missed its date: a delay, with its dates when the line gives them.
                Add(items, DelayRule.Match(line, make) ?? DelayRule.Unfinished(line, make));
                return;
            case SectionRole.Incidents:
                // Incident lines name failures and counts by nature: they are incidents, not risks or metrics; only a
                // line that says a risk stays open ("结论：…仍存在拼接风险") is a risk too.
                var told = IncidentRule.Match(line, make);
                Add(items, told);
                if (told is null && RiskRule.NamesOpenRisk(line.Text)) Add(items, RiskRule.Match(line, make, ignoreDelayWords: true));
                return;
        }
        if (line.Row is { } row && IncidentTable.Of(row) is not null)
        {
            Add(items, IncidentRule.Match(line, make)); // an incident table's "时间" column is when it began, not a due date
            return;
        }
        if (TableRowRule.Applies(line))
        {
            items.AddRange(TableRowRule.Match(line, make));
            return;
        }
        if (IncidentRule.Match(line, make) is { } incident)
        {
            items.Add(incident);
            return;
        }
        int first = items.Count;
        var delays = DelayRule.MatchAll(line, make);
        var delay = delays.Count > 0 ? delays[0] : null;
        // "| Regressions | - | 0 |": a row that names a kind of trouble only to say there was none.
        bool nilRow = line.Row is { IsNil: true };
        // Under a risk heading a number describes the risk ("仍走旧收银台，占比约6%"): it is not a KPI of its own.
        // A fix names its thresholds ("added a memory alert at 80%"): they are no measures.
        // An ask names what it asks for ("待审批：外部审计机构合同（¥48万）"): the amount belongs to the ask, it is no KPI.
        // A figure said to have moved ("parse throughput fell to 410 MB/s from 480 MB/s") is reported even there.
        var metrics = Polarity.IsRemedy(line.Text) || AskRule.IsApproval(line.Text) || (line.Role == SectionRole.Risks && !MovedFigure().IsMatch(line.Text))
            ? [] : MetricRule.Match(line, make).ToList();
        items.AddRange(delays);
        // Under a metrics heading "告警次数：12次" is a number to report; it is a risk only when flagged or unmeasured.
        // Elsewhere a line that only states one count ("告警总数：186次（上周 240次）") is a risk only when it grew.
        // A topic that is a sentence ("Checkout API missed its latency SLO for the second week running: p99 …") is no label.
        bool quietCount = metrics.Count == 1 && MetricRule.IsMeasurementOnly(line) && !(metrics[0].Metric!.Previous < metrics[0].Metric!.Value)
            && !RiskRule.IsSentence(line.Topic);
        if (!nilRow && ((line.Role != SectionRole.Metrics && !quietCount) || metrics.Count == 0 || SeverityRule.HasRiskMarker(line.Text)))
            // Under a problem heading a slip without dates ("… is already 2 weeks behind because …") is also the problem it names.
            // A plan the line says was overtaken, with no delay word, leaves the problem's words to the risk.
            Add(items, RiskRule.Match(line, make, ignoreDelayWords: delay is not null && !(line.Role == SectionRole.Risks && delay.Delay is { From: null, To: null })
                    && !DelayRule.IsOvertakenPlanOnly(line, make),
                delayReason: delay?.Delay?.Reason,
                measureRose: metrics.Any(m => m.Metric!.Previous < m.Metric.Value)));
        // A line read as a problem or a slip gives its figures as that problem's or slip's context ("铜价这两周涨了 6%", "改为
        // 10/19 先发 3,500 件", "a gap of about 8 agents"): no KPI (bench/eval/README.md); a figure compared with its previous
        // value or its target ("损耗率 3.8%，上周 3.4%", "CPA is $91 against a $60 target") is still reported.
        if (items.Skip(first).Any(i => i.Kind is ItemKind.Risk or ItemKind.Delay) && !metrics.Any(m => m.Metric!.Previous is not null))
            metrics.RemoveAll(m => !MetricRule.IsReading(line, m.Metric!));
        items.AddRange(metrics);
        // An ask under a progress heading ("待审批：…", "Waiting for approval from Finance on …") that no rule above read.
        if (!nilRow && !items.Skip(first).Any(i => i.Kind is ItemKind.Risk or ItemKind.Delay)) Add(items, AskRule.Match(line, make));
        // "- P0: exposed admin endpoint…, fix due Nov 28." outside a risk heading: the grade makes it a risk, its due date part of it.
        if (!nilRow && items.Count == first && RiskRule.Graded(line, make) is { } graded) { items.Add(graded); return; }
        // A date the line commits to is a plan, unless the line says the date moved (the delay then says it).
        if (delay is null) Add(items, CommitmentRule.Match(line, make));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:下降|上升|下跌|上涨|增长|回落|降|升|跌|涨|增)(?:到|至)|(?<![A-Za-z])(?:fell|dropped|rose|climbed|grew|jumped|slid|declined|increased|decreased)\s+(?:to|from)(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MovedFigure();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\*\*[^*]{1,30}[:：]\*\*[^·|]{0,60}[·|]\s*\*\*[^*]{1,30}[:：]\*\*")]
    private static partial System.Text.RegularExpressions.Regex MetadataLine();

    /// <summary>
    /// "**故障等级：** P2　**复盘日期：** 2024年8月23日　**负责人：** 曹宁", "周期2024年第49周 ｜ 负责人：苏婉 ｜ 状态：🟡 部分延期": two or
    /// more of the report's own labels (owner, date, period, level, status) side by side describe the report, not an item.
    /// </summary>
    private static bool IsReportLabels(UnitLine line)
    {
        if (line.Row is not null) return false;
        var labels = LabelPair().Matches(line.Text);
        return labels.Count >= 2 && labels.All(l => ReportLabel().IsMatch(l.Groups["label"].Value));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|[｜|·\u3000]\s*)(?:\*\*)?(?<label>[^：:|｜·\u3000*]{1,12})[:：](?:\*\*)?", System.Text.RegularExpressions.RegexOptions.ExplicitCapture)]
    private static partial System.Text.RegularExpressions.Regex LabelPair();

    [System.Text.RegularExpressions.GeneratedRegex(@"负责人|汇报人|报告人|项目经理|经理|作者|日期|周期|时间|等级|级别|状态|团队|部门|版本|(?<![A-Za-z])(?:owner|author|lead|date|period|week|severity|level|status|team|version|prepared\s+by)(?![A-Za-z])", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReportLabel();

    private static void Add(List<ItemCandidate> items, ItemCandidate? item)
    {
        if (item is not null) items.Add(item);
    }
}
