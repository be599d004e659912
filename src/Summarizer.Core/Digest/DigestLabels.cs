namespace Summarizer.Digest;

/// <summary>The digest's own words, in the reports' language. Report text never lands here.</summary>
public sealed record DigestLabels(
    string Title, string ReportsLine, string RejectedLine, string Summary, string NeedsDecision, string Changes,
    string Risks, string Delays, string Incidents, string TotalDowntime, string Metrics, string Plans, string TeamsHeading,
    string RejectedHeading, string DegradedHeading, string DegradedNote, string None, string Team, string Milestone,
    string From, string To, string Reason, string Start, string End, string Duration, string Impact, string Metric,
    string Value, string Previous, string Target, string Source, string Minutes, string Confirmed, string EngineLabel,
    string High, string Medium, string Low, string Kind_Risk, string Kind_Delay, string Kind_Metric,
    string Kind_Incident, string Kind_Plan, string MoreChanges)
{
    public static readonly DigestLabels Chinese = new(
        "周报摘要", "{0} 个团队提交了周报", "{0} 份文件未能处理", "执行摘要", "需要决策", "本周变化",
        "主要风险", "延期", "生产事件", "累计影响时长 {0} 分钟", "关键指标", "计划与里程碑", "各团队详情",
        "未能处理的文件", "降级的章节", "以下章节的模型调用失败，已用离线规则提取：", "无", "团队", "里程碑",
        "原计划", "调整为", "原因", "开始", "结束", "时长", "影响", "指标", "数值", "上期", "目标", "来源", "分钟",
        "团队已确认", "引擎", "高", "中", "低", "风险", "延期", "指标", "事件", "计划", "另有 {0} 项变化见 items.json")
    {
        DroppedLine = "{0} 条候选内容未通过核验，已舍弃（见 items.json 的 dropped）",
    };

    public static readonly DigestLabels English = new(
        "Weekly digest", "{0} teams reported", "{0} files could not be used", "Executive summary", "Needs a decision",
        "What changed", "Top risks", "Delays", "Incidents", "Total impact {0} minutes", "Key metrics", "Plans and milestones",
        "By team", "Files not used", "Degraded sections", "The model failed for these sections; the offline rules extracted them:",
        "None", "Team", "Milestone", "Planned", "Now", "Reason", "Start", "End", "Duration", "Impact", "Metric", "Value",
        "Previous", "Target", "Source", "min", "confirmed by the team", "engine", "High", "Medium", "Low", "Risk", "Delay",
        "Metric", "Incident", "Plan", "{0} more changes in items.json")
    {
        DroppedLine = "{0} candidates dropped by the verifier; see items.json (dropped)",
    };

    /// <summary>The header's count of refused candidates; {0} is the count.</summary>
    public string DroppedLine { get; init; } = "{0}";

    public static DigestLabels For(DigestLanguage language) => language == DigestLanguage.Chinese ? Chinese : English;

    public string SeverityName(Severity? s) => s switch { Severity.High => High, Severity.Medium => Medium, Severity.Low => Low, _ => "" };

    public string KindName(ItemKind k) => k switch
    {
        ItemKind.Risk => Kind_Risk, ItemKind.Delay => Kind_Delay, ItemKind.Metric => Kind_Metric,
        ItemKind.Incident => Kind_Incident, _ => Kind_Plan,
    };
}
