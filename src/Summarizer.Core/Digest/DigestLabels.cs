namespace Summarizer.Digest;

/// <summary>The digest's own words, in the reports' language. Report text never lands here.</summary>
public sealed record DigestLabels
{
    public required string Title { get; init; }
    public required string FullTitle { get; init; }
    public required string ReportsLine { get; init; }
    public required string RejectedLine { get; init; }
    public required string DroppedLine { get; init; }
    public required string Summary { get; init; }
    public required string NeedsDecision { get; init; }
    public required string WentWrong { get; init; }
    public required string Changes { get; init; }
    public required string Risks { get; init; }
    public required string Delays { get; init; }
    public required string KeyMetrics { get; init; }
    public required string Metrics { get; init; }
    public required string Plans { get; init; }
    public required string TeamsHeading { get; init; }
    public required string TeamDetails { get; init; }
    public required string RejectedHeading { get; init; }
    public required string DegradedHeading { get; init; }
    public required string DegradedNote { get; init; }
    public required string None { get; init; }
    /// <summary>Key metrics empty while the week has metrics: none is off target, marked or moving.</summary>
    public required string NoKeyMetrics { get; init; }
    public required string TotalDowntime { get; init; }
    /// <summary>No incident states its duration: the total is unknown, not 0.</summary>
    public required string TotalDowntimeUnknown { get; init; }
    /// <summary>Appended to <see cref="TotalDowntime"/>: {0} incidents without a stated duration are not in the sum.</summary>
    public required string DowntimeUnstated { get; init; }
    public required string DowntimeAlt { get; init; }
    public required string TrendAlt { get; init; }
    public required string More { get; init; }
    public required string FullLink { get; init; }
    public required string FullBeside { get; init; }
    public required string ItemsLink { get; init; }
    public required string By { get; init; }
    public required string NoDate { get; init; }
    public required string TeamLine { get; init; }
    /// <summary>An overrun with its budget: {0} name, {1} spent, {2} budget, {3} "+15.6%".</summary>
    public required string SpendLine { get; init; }
    public required string NoBudget { get; init; }
    public required string Ask_Approval { get; init; }
    public required string Ask_Blocked { get; init; }
    public required string Ask_Deadline { get; init; }
    public required string Ask_Overrun { get; init; }
    public required string[] DelayHeaders { get; init; }
    public required string[] IncidentHeaders { get; init; }
    public required string[] MetricHeaders { get; init; }
    public required string Minutes { get; init; }
    public required string Confirmed { get; init; }
    public required string EngineLabel { get; init; }
    public required string High { get; init; }
    public required string Medium { get; init; }
    public required string Low { get; init; }
    public required string[] Kinds { get; init; }
    /// <summary>An ask whose deadline has passed: {0} the day ("Dec 3").</summary>
    public required string Overdue { get; init; }
    /// <summary>A deadline given as a month: {0} the month ("July").</summary>
    public required string ByMonth { get; init; }
    /// <summary>Date formats (invariant culture) of <see cref="Overdue"/> and <see cref="ByMonth"/>: a day, a month, each with its year when it is not the digest's.</summary>
    public required string DayFormat { get; init; }
    public required string DayYearFormat { get; init; }
    public required string MonthFormat { get; init; }
    public required string MonthYearFormat { get; init; }
    /// <summary>A quarter in <see cref="ByMonth"/>: {0} its number, {1} its year.</summary>
    public required string QuarterFormat { get; init; }
    public required string QuarterYearFormat { get; init; }
    /// <summary>"What changed" of a week with no earlier stored week: nothing to compare with, which is not "no change".</summary>
    public required string NothingToCompare { get; init; }

    public static readonly DigestLabels Chinese = new()
    {
        Title = "周报摘要", FullTitle = "周报摘要（完整版）", ReportsLine = "{0} 个团队提交了周报", RejectedLine = "{0} 份文件未能处理",
        DroppedLine = "{0} 条候选内容未通过核验，已舍弃（见 items.json 的 dropped）",
        Summary = "执行摘要", NeedsDecision = "需要您决策", WentWrong = "出了什么问题", Changes = "本周变化", Risks = "主要风险",
        Delays = "延期", KeyMetrics = "关键指标", Metrics = "全部指标", Plans = "计划与里程碑", TeamsHeading = "各团队",
        TeamDetails = "各团队详情", RejectedHeading = "未能处理的文件", DegradedHeading = "降级的章节",
        DegradedNote = "以下章节的模型调用失败，已用离线规则提取：", None = "无", NoKeyMetrics = "无偏离目标或明显变动的指标", TotalDowntime = "累计影响时长 {0} 分钟",
        TotalDowntimeUnknown = "累计影响时长未知（事件未写明时长）", DowntimeUnstated = "（另有 {0} 起未写明时长，未计入）",
        DowntimeAlt = "每周影响时长（分钟）：{0}", TrendAlt = "{0} 近 {1} 周：{2}", More = "另有 {0} 项见完整版",
        FullLink = "完整版（全部指标、计划、每一项及原文）", FullBeside = "完整版：与本文件同目录的 digest-full.md / digest-full.html，以及 items.json",
        ItemsLink = "items.json", By = "截止 {0}", NoDate = "未给出日期", TeamLine = "风险 {0} · 延期 {1} · 事件 {2} · 指标 {3}",
        SpendLine = "{0}：已用 {1}，预算 {2}，超出 {3}", NoBudget = "（周报未写明预算金额）",
        Ask_Approval = "待审批/决策", Ask_Blocked = "受阻", Ask_Deadline = "期限风险", Ask_Overrun = "超支/未达标",
        DelayHeaders = ["团队", "里程碑", "原计划", "调整为", "原因", "来源"],
        IncidentHeaders = ["开始", "时长", "团队", "影响", "来源"],
        MetricHeaders = ["指标", "数值", "上期", "目标", "趋势", "来源"],
        Minutes = "分钟", Confirmed = "已确认", EngineLabel = "引擎", High = "高", Medium = "中", Low = "低",
        Kinds = ["风险", "延期", "指标", "事件", "计划"],
        Overdue = "已逾期（{0}）", ByMonth = "{0}底前",
        DayFormat = "M'月'd'日'", DayYearFormat = "yyyy'年'M'月'd'日'", MonthFormat = "M'月'", MonthYearFormat = "yyyy'年'M'月'",
        QuarterFormat = "Q{0}", QuarterYearFormat = "{1}年Q{0}",
        NothingToCompare = "尚无更早的周报存档，暂无可比较的内容",
    };

    public static readonly DigestLabels English = new()
    {
        Title = "Weekly digest", FullTitle = "Weekly digest (full)", ReportsLine = "{0} {0:team|teams} reported", RejectedLine = "{0} {0:file|files} could not be used",
        DroppedLine = "{0} {0:candidate|candidates} dropped by the verifier; see items.json (dropped)",
        Summary = "Executive summary", NeedsDecision = "Needs your decision", WentWrong = "What went wrong", Changes = "What changed",
        Risks = "Top risks", Delays = "Delays", KeyMetrics = "Key metrics", Metrics = "All metrics", Plans = "Plans and milestones",
        TeamsHeading = "Teams", TeamDetails = "By team", RejectedHeading = "Files not used", DegradedHeading = "Degraded sections",
        DegradedNote = "The model failed for these sections; the offline rules extracted them:", None = "None",
        NoKeyMetrics = "No metric off target, marked or moving much",
        TotalDowntime = "Total impact {0} {0:minute|minutes}",
        TotalDowntimeUnknown = "Total impact unknown (no incident states its duration)", DowntimeUnstated = " ({0} without a stated duration, not counted)", DowntimeAlt = "Downtime minutes per week: {0}", TrendAlt = "{0} over {1} {1:week|weeks}: {2}",
        More = "{0} more in the full digest", FullLink = "Full digest (all metrics, plans, every item with its quote)",
        FullBeside = "Full digest: digest-full.md / digest-full.html and items.json beside this file", ItemsLink = "items.json",
        By = "by {0}", NoDate = "no date given", TeamLine = "{0} {0:risk|risks} · {1} {1:delay|delays} · {2} {2:incident|incidents} · {3} {3:metric|metrics}",
        SpendLine = "{0}: spent {1} of {2} budget, {3}", NoBudget = " (the report states no budget figure)",
        Ask_Approval = "Approval or decision", Ask_Blocked = "Blocked", Ask_Deadline = "Deadline at risk", Ask_Overrun = "Overrun",
        DelayHeaders = ["Team", "Milestone", "Planned", "Now", "Reason", "Source"],
        IncidentHeaders = ["Start", "Duration", "Team", "Impact", "Source"],
        MetricHeaders = ["Metric", "Value", "Previous", "Target", "Trend", "Source"],
        Minutes = "min", Confirmed = "confirmed in review", EngineLabel = "engine", High = "High", Medium = "Medium", Low = "Low",
        Kinds = ["Risk", "Delay", "Metric", "Incident", "Plan"],
        Overdue = "overdue since {0}", ByMonth = "by end of {0}",
        DayFormat = "MMM d", DayYearFormat = "MMM d, yyyy", MonthFormat = "MMMM", MonthYearFormat = "MMMM yyyy",
        QuarterFormat = "Q{0}", QuarterYearFormat = "Q{0} {1}",
        NothingToCompare = "No earlier week is stored, so nothing can be compared yet",
    };

    public static DigestLabels For(DigestLanguage language) => language == DigestLanguage.Chinese ? Chinese : English;

    public string SeverityName(Severity? s) => s switch { Severity.High => High, Severity.Medium => Medium, Severity.Low => Low, _ => "" };

    public string KindName(ItemKind k) => Kinds[(int)k];

    public string AskName(AskKind k) => k switch
    {
        AskKind.Approval => Ask_Approval, AskKind.Blocked => Ask_Blocked, AskKind.Deadline => Ask_Deadline, _ => Ask_Overrun,
    };
}
