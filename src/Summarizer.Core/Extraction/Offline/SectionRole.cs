using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>What the lines under a heading or label are, which decides the rules that apply to them.</summary>
internal enum SectionRole { General, Metrics, Incidents, Plans, Risks }

/// <summary>Recognises section roles from heading and label titles, Chinese and English.</summary>
internal static partial class SectionRoles
{
    /// <summary>The role of the innermost heading that has one, else <see cref="SectionRole.General"/>.</summary>
    public static SectionRole FromPath(IReadOnlyList<string> headingPath)
    {
        for (int i = headingPath.Count - 1; i >= 0; i--)
            if (Classify(headingPath[i]) is { } role) return role;
        return SectionRole.General;
    }

    /// <summary>The role a title names, or null when it names none.</summary>
    public static SectionRole? Classify(string title)
    {
        // Incidents first: "线上问题" is an incident heading, not a risk heading.
        if (Incidents().IsMatch(title)) return SectionRole.Incidents;
        if (Plans().IsMatch(title)) return SectionRole.Plans;
        if (Risks().IsMatch(title)) return SectionRole.Risks;
        if (Metrics().IsMatch(title)) return SectionRole.Metrics;
        return null;
    }

    [GeneratedRegex(@"生产事件|生产事故|线上事件|线上问题|线上故障|故障|事故(?!数)|(?<![A-Za-z])(?:incidents?|outages?|postmortems?)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Incidents();

    [GeneratedRegex(@"下周|下阶段|下一阶段|^\s*(?:工作)?计划\s*[:：]?\s*$|^\s*(?:plans?|next\s+steps|upcoming)\s*:?\s*$|(?<![A-Za-z])(?:next\s+(?:week|sprint)|plans?\s+for\s+next)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Plans();

    [GeneratedRegex(@"风险|问题|卡点|阻塞|(?<![A-Za-z])(?:risks?|issues|blockers?|concerns)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Risks();

    [GeneratedRegex(@"运行数据|运行情况|运行状况|经营数据|运营数据|监控数据|核心数据|关键数据|数据概览|指标|(?<![A-Za-z])(?:metrics|kpis?|sla|slo|numbers)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Metrics();
}
