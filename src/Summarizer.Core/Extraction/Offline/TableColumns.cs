using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Column indexes a table header names (-1 when absent): the subject, status, due date and notes; for metric tables the
/// value, target and previous value; the problem a risk table describes; for incident tables the start, event,
/// impact, recovery and duration. A row is the item its subject column names; without a named subject column the
/// first column names it, unless that column holds something else (a status, a date, the problem).
/// </summary>
internal sealed partial record TableColumns(int Subject, int Status, int Due, int Notes, int Value = -1, int Target = -1, int Previous = -1)
{
    public int Start { get; init; } = -1;
    public int Event { get; init; } = -1;
    public int Impact { get; init; } = -1;
    public int Recovered { get; init; } = -1;
    public int Duration { get; init; } = -1;
    public int Problem { get; init; } = -1;

    /// <summary>The date first planned in a milestone table that also states a forecast (原计划, 计划日期, 计划完成, Planned, Baseline, a Due beside a Forecast).</summary>
    public int Planned { get; init; } = -1;

    /// <summary>The date now expected (当前预计, 预计完成, 预测完成, Forecast, Current Date, Revised, ETA); later than <see cref="Planned"/> is a slip.</summary>
    public int Forecast { get; init; } = -1;

    /// <summary>Who owns the row (负责人, 责任人, Owner, Assignee, DRI): with a due date and no status, an action-item table.</summary>
    public int Owner { get; init; } = -1;

    /// <summary>
    /// The column naming the measure when another column names the thing measured (| Model | Metric | This wk |,
    /// | Service | KPI | Actual |): the row's metric is "thing measure"; -1 when the subject column names the measure itself.
    /// </summary>
    public int Measure { get; init; } = -1;

    /// <summary>True for a postmortem's action-item table (| 措施 | 负责人 | 完成时间 |): its rows are plans, never dated incidents.</summary>
    public bool IsActionItems => Owner >= 0 && Due >= 0 && Subject >= 0 && Status < 0 && Value < 0 && Forecast < 0
        && Impact < 0 && Recovered < 0 && Duration < 0;

    /// <summary>
    /// True when every header cell names a fact about the report itself (| 项目经理 | 报告日期 | 报告周期 | 项目整体状态 |,
    /// | Owner | Period | Status |): the row describes the report, it states no item.
    /// </summary>
    public bool DescribesReport { get; init; }

    public static TableColumns FromHeader(IReadOnlyList<string> header)
    {
        int subject = Find(header, SubjectHeader()), status = Find(header, StatusHeader());
        // | Model | Metric | … |, | Service | KPI | … |: the thing measured names the row, the measure column qualifies it.
        int thing = Find(header, ThingHeader()), measure = -1;
        if (thing >= 0 && (subject < 0 || (MeasureHeader().IsMatch(header[subject]) && thing != subject)))
            (measure, subject) = (subject, thing);
        int due = Find(header, DueHeader()), notes = Find(header, NotesHeader());
        int value = Find(header, ValueHeader()), target = Find(header, TargetHeader()), previous = Find(header, PreviousHeader());
        // | Cost centre | MTD actual | MTD budget |: beside an actual amount, the budget or plan is its target.
        if (target < 0 && value >= 0) target = Find(header, BudgetHeader());
        int problem = Find(header, ProblemHeader());
        // | 里程碑 | 计划日期 | 预计日期 |, | Item | Planned | Forecast |, | Task | Due | Current Date |: the plan and the forecast.
        int forecast = Find(header, ForecastHeader());
        int planned = forecast >= 0 ? Find(header, PlannedHeader()) : -1;
        if (planned < 0 && forecast >= 0 && due >= 0 && due != forecast) planned = due;
        if (planned == forecast) planned = -1;
        if (planned >= 0)
        {
            if (value == forecast || value == planned) value = -1; // "Current Date" and "实际上线日期" are dates, not values
            due = -1; // the slip is read from the two columns; an unchanged row commits to nothing new
        }
        else forecast = -1;
        // | KPI | Week 28 | Week 29 | Target |: the latest period is the value, the one before it the previous value.
        // | | Sprint 42 | Sprint 41 |: numbered periods are ordered by their number, whichever way the columns run.
        var periods = Enumerable.Range(0, header.Count).Where(i => PeriodHeader().IsMatch(header[i])).ToList();
        if (periods.Count >= 2 && periods.All(i => PeriodNumber(header[i]) is not null))
            periods = [.. periods.OrderBy(i => PeriodNumber(header[i]))];
        if (value < 0 && periods.Count >= 2) (value, previous) = (periods[^1], previous < 0 ? periods[^2] : previous);
        // | 部门 | 年度预算 | 已执行 | 执行率 |: without a value column, a rate column is the row's measure.
        if (value < 0) value = Find(header, RateHeader());
        // Without a named subject column the first column names the row's thing.
        if (subject < 0 && header.Count > 0 && !((int[])[status, due, notes, value, target, previous, problem, planned, forecast]).Contains(0)) subject = 0;
        return new TableColumns(subject, status, due, notes, value, target, previous)
        {
            Planned = planned, Forecast = forecast, Owner = Find(header, OwnerHeader()), Measure = measure,
            Start = Find(header, StartHeader()), Event = Find(header, EventHeader()), Impact = Find(header, ImpactHeader()),
            Recovered = Find(header, RecoveredHeader()), Duration = Find(header, DurationHeader()), Problem = problem,
            DescribesReport = header.Count >= 2 && header.All(h => ReportHeader().IsMatch(h)),
        };
    }

    /// <summary>The number of a numbered period header ("Sprint 42" → 42, "W12" → 12), or null for a month or a name.</summary>
    private static int? PeriodNumber(string header) =>
        NumberedPeriod().Match(header) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^(?:week|W|sprint|iteration|iter\.?|第)?\s*(\d{1,4})\s*周?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedPeriod();

    /// <summary>"执行率", "达成率", "完成率(%)", "Utilization rate", "% of budget": a column of rates.</summary>
    [GeneratedRegex(@"^[^|]{0,8}率\s*(?:[(（]%[)）])?\s*$|(?<![A-Za-z])rate\s*$|^%|^utili[sz]ation", RegexOptions.IgnoreCase)]
    private static partial Regex RateHeader();

    [GeneratedRegex(@"^[\s*_]*(?:项目|本期|本周|报告|汇报)?(?:经理|负责人|汇报人|报告人|填报人|编写人?|日期|周期|期间|时间|(?:整体|总体)?状态|版本|团队|部门|期数|(?:project\s+)?(?:manager|owner|lead)|author|prepared\s+by|sponsor|(?:report(?:ing)?\s+)?(?:date|period|week)|(?:overall\s+)?(?:status|rag)|team|version)[\s*_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportHeader();

    private static int Find(IReadOnlyList<string> header, Regex pattern)
    {
        for (int i = 0; i < header.Count; i++)
            if (pattern.IsMatch(header[i])) return i;
        return -1;
    }

    [GeneratedRegex(@"^(?:project|item|milestone|workstream|task|name|deliverable|feature|metric|measure|kpi|indicator|signal|action|stor(?:y|ies)|ticket|epic|项目|事项|里程碑|任务|名称|工作项|模块|指标|措施|改进项|行动项?)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectHeader();

    [GeneratedRegex(@"^(?:原计划|原定|计划(?:完成|上线|交付)?(?:日期|时间)|计划(?:完成|上线|交付)\s*$|基线(?:日期)?|截止(?:日期|时间)|(?:planned|original|baseline|plan)(?:\s+(?:date|finish|end|go-?live))?\s*$|(?:due|due date|deadline|target date)\s*$)", RegexOptions.IgnoreCase)]
    private static partial Regex PlannedHeader();

    [GeneratedRegex(@"^(?:(?:实际|预计|预测)\s*[/／、]\s*(?:实际|预计|预测)|(?:actual|forecast)\s*/\s*(?:actual|forecast)|当前预计|最新预计|预[计测](?:完成|上线|交付)?(?:日期|时间)?|调整后(?:日期|时间)?|新(?:日期|计划)|实际(?:完成|上线|交付)?(?:日期|时间)|(?:forecast|projected|revised|expected|current|new|latest)(?:\s+(?:date|eta|finish|end|go-?live|forecast))?\s*$|current\s+(?:date|eta|forecast)|eta\s*$|actual\s+(?:date|finish|end|go-?live))", RegexOptions.IgnoreCase)]
    private static partial Regex ForecastHeader();

    [GeneratedRegex(@"^(?:负责人|责任人|跟进人|owner|assignee|dri|responsible)", RegexOptions.IgnoreCase)]
    private static partial Regex OwnerHeader();

    [GeneratedRegex(@"^(?:status|state|rag|health|状态|进展状态|健康度)", RegexOptions.IgnoreCase)]
    private static partial Regex StatusHeader();

    [GeneratedRegex(@"^(?:due|due date|deadline|eta|target date|date|go-?live|截止|计划(?:上线)?(?:日期|时间)|上线(?:日期|时间)|完成时间|日期|时间)", RegexOptions.IgnoreCase)]
    private static partial Regex DueHeader();

    /// <summary>
    /// The reading's column: "Value", "Actual", "This week/wk/sprint/month/period/quarter", "Current (month)", "MTD actual",
    /// "本周", "本月", "本期实际": general report vocabulary for the period being reported.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:this|current|curr\.?)\s*(?:" + Period + @")\s*$|(?:mtd|qtd|ytd|wtd|month[- ]to[- ]date|year[- ]to[- ]date|本周|本月|本季度?|本期|本年|本次|本轮)\s*(?:actual|实际|数值|完成)?\s*$|value|actual|achieved|attained|(?:\d+\s*[dw]\s+|rolling\s+)?attainment|result|this week|this month|current|progress|percent|% ?(?:complete|done)|complete|done|count|本周|数值|实际|当前|本期|结果|进度|完成度|完成率|完成比例|数量|次数|(?:测试|开发|整体|总体|项目)进度)", RegexOptions.IgnoreCase)]
    private static partial Regex ValueHeader();

    [GeneratedRegex(@"^(?:target|goal|objective|sla|slo|guardrail|threshold|目标|阈值)(?!\s*date|日期|时间)", RegexOptions.IgnoreCase)]
    private static partial Regex TargetHeader();

    /// <summary>The period before: "Previous", "Prev.", "Last wk/sprint/month", "Prior period", "上周", "上月", "上季度", "上次".</summary>
    [GeneratedRegex(@"^(?:(?:last|prior|prev(?:ious)?\.?)\s*(?:" + Period + @")?\s*$|previous|prev|last week|last month|last period|上周|上期|上月|上季度?|上次|上轮|上个?迭代)", RegexOptions.IgnoreCase)]
    private static partial Regex PreviousHeader();

    /// <summary>Words for a reporting period in header cells ("wk", "sprint", "mo", "qtr").</summary>
    private const string Period = @"week|wk|month|mo|sprint|period|quarter|qtr|cycle|iteration|iter|release|run|day|year|yr|reading";

    /// <summary>A budget or plan column ("MTD budget", "YTD plan", "预算", "本月预算"): the target of an actual amount beside it.</summary>
    [GeneratedRegex(@"^(?:(?:mtd|qtd|ytd|wtd|monthly|annual|quarterly|本周|本月|本季度?|本期|本年|年度|全年)\s*(?:budget|plan|预算|计划)|budget|预算)\s*(?:[(（][^)）]*[)）])?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex BudgetHeader();

    /// <summary>A column naming the thing measured, not the measure: model, service, system, account, region, team, product, channel …</summary>
    [GeneratedRegex(@"^(?:models?|services?|systems?|components?|accounts?(?:\s+group)?|cost\s*cent(?:re|er)|regions?|markets?|teams?|squads?|products?|channels?|segments?|categor(?:y|ies)|queues?|pipelines?|jobs?|apps?|applications?|platforms?|environments?|env|sites?|stores?|clusters?|模型|服务|系统|组件|账户|成本中心|区域|地区|市场|团队|小组|产品|渠道|类别|队列|应用|平台|环境|站点|门店|集群)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ThingHeader();

    /// <summary>A column naming the measure itself: "Metric", "Measure", "KPI", "Indicator", "指标".</summary>
    [GeneratedRegex(@"^(?:metrics?|measures?|kpis?|indicators?|signals?|指标)", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureHeader();

    [GeneratedRegex(@"^(?:notes?|comments?|remarks?|details?|reasons?|why|备注|说明|进展|描述|原因)", RegexOptions.IgnoreCase)]
    private static partial Regex NotesHeader();

    [GeneratedRegex(@"^(?:week\s*\d+|W\d{1,2}|(?:sprint|iteration|iter\.?)\s*\d+|第?\s*\d+\s*周|\d{1,2}\s*月|Q[1-4]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodHeader();

    /// <summary>The column that says what the problem is: "风险描述", "问题", "Risk Description", "Issue".</summary>
    [GeneratedRegex(@"^(?:(?:风险|问题)(?:描述|说明|内容|点)?|(?:risks?|issues?|problems?)(?:\s+(?:description|details?|summary))?|description|描述)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ProblemHeader();

    [GeneratedRegex(@"^(?:开始|发生|发现|时刻|start|began|detected|time(?!\s*(?:spent|to))(?![A-Za-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex StartHeader();

    [GeneratedRegex(@"^(?:事件|故障|异常|现象|问题|event|incident|what happened|summary)", RegexOptions.IgnoreCase)]
    private static partial Regex EventHeader();

    [GeneratedRegex(@"^(?:影响|impact|affected)", RegexOptions.IgnoreCase)]
    private static partial Regex ImpactHeader();

    [GeneratedRegex(@"^(?:恢复|结束|解决|end|resolved|recovered|mitigated|restored)", RegexOptions.IgnoreCase)]
    private static partial Regex RecoveredHeader();

    [GeneratedRegex(@"^(?:时长|持续|历时|duration|length)", RegexOptions.IgnoreCase)]
    private static partial Regex DurationHeader();
}
