using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// What the lines under a heading or label are, which sets the prior of the rules that read them:
/// <see cref="Risks"/> (problems: risks, issues, blockers, challenges, what went wrong, root cause, 存在问题, 踩坑) makes
/// every line a risk unless it says it is resolved or is a fix; <see cref="Incidents"/> (incidents, outages, timelines)
/// makes timed lines incidents; <see cref="Plans"/> makes every line a plan; <see cref="Metrics"/> makes counts
/// numbers to report; <see cref="Fixes"/> (改进措施, action items, mitigations, what went well, "Completed issues (14)", 已解决问题) and
/// <see cref="Background"/> (背景, overview, 本周概况/总体情况, summary of the week, 附件/attachments) name problems only to say how they are handled or why the work exists, so
/// their lines are no risks.
/// </summary>
/// <see cref="Slipped"/> (Not completed, Carried over, Spillover, 未完成事项) lists work that missed its date: each line is a delay.
internal enum SectionRole { General, Metrics, Incidents, Plans, Risks, Fixes, Background, Slipped }

/// <summary>Recognises section roles from heading and label titles, Chinese and English.</summary>
internal static partial class SectionRoles
{
    /// <summary>The role of the innermost heading that has one, else <see cref="SectionRole.General"/>.</summary>
    public static SectionRole FromPath(IReadOnlyList<string> headingPath)
    {
        for (int i = headingPath.Count - 1; i >= 0; i--)
            if (!IsProse(headingPath[i]) && Classify(headingPath[i]) is { } role && !NamesTheReport(headingPath, i, role)) return role;
        return SectionRole.General;
    }

    /// <summary>
    /// True for a "heading" that is a sentence ("三、教育局采购项目：原计划4月10日签约，因客户领导出差，推迟到4月17日。", "（一）渠道伙伴报价混乱，
    /// …"): plain-text reports number their items like headings. Its words are content, not a title, so it sets no role.
    /// </summary>
    public static bool IsProse(string title)
    {
        var t = title.Trim();
        if (t.Length < 12) return false;
        int stops = t.Count(c => c is '，' or '。' or '；' or ';');
        return stops >= 1 || t.EndsWith('.') && t.Contains(' ', StringComparison.Ordinal) && t.Length > 30;
    }

    /// <summary>
    /// True for the report's own title above other headings ("Data & ML Weekly: Risk Models + Data Platform", "运营风险部周报"):
    /// its words name the team or the subject, not what the lines under its sections are. An incident write-up's title
    /// ("Incident report: checkout outage") still makes the whole report about that incident.
    /// </summary>
    private static bool NamesTheReport(IReadOnlyList<string> headingPath, int index, SectionRole role) =>
        index == 0 && headingPath.Count > 1 && role != SectionRole.Incidents && ReportTitle().IsMatch(headingPath[0]);

    [GeneratedRegex(@"周报|月报|季报|日报|双周报|周刊|简报|汇报|(?<![A-Za-z])(?:weekly|monthly|quarterly|bi-?weekly|fortnightly|report|update|newsletter|digest|snippets|hand-?off|recap|status|programme|program|w(?:ee)?k\s*\d+)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex ReportTitle();

    /// <summary>The role a title names, or null when it names none.</summary>
    public static SectionRole? Classify(string title)
    {
        // "Project update — Jul 3 · 🟡 At risk", "Checkout (amber)": the status grades the work the heading names; it does not
        // make the lines under it problems (a heading that is only "At risk" still does).
        if (title.Length > 12 && StatusGrade().Match(title) is { Success: true, Index: > 0 } grade) title = title[..grade.Index];
        // Fixes first: "故障改进措施" is about the fix; then incidents: "线上问题" is an incident heading, not a risk heading.
        // "Recommendations / next week": a title that names the next period lists plans, whatever else it names.
        if (Fixes().IsMatch(title) && !NextPeriod().IsMatch(title)) return SectionRole.Fixes;
        if (Incidents().IsMatch(title)) return SectionRole.Incidents;
        if (Slipped().IsMatch(title)) return SectionRole.Slipped;
        if (Plans().IsMatch(title)) return SectionRole.Plans;
        if (Risks().IsMatch(title)) return SectionRole.Risks;
        if (Metrics().IsMatch(title)) return SectionRole.Metrics;
        if (Background().IsMatch(title)) return SectionRole.Background;
        return null;
    }

    /// <summary>A status grade closing a title: after a separator or in brackets, a RAG colour and/or a status phrase.</summary>
    [GeneratedRegex(@"(?:\s*[·•|—–:：-]\s*|\s*[(（]\s*|\s+(?=\uD83D[\uDD34\uDFE0-\uDFE2]\uFE0F?))(?:status\s*[:：]?\s*)?(?:\uD83D[\uDD34\uDFE0-\uDFE2]\uFE0F?\s*(?:(?:at[\s-]risk|on[\s-]track|off[\s-]track|red|amber|yellow|green|有风险|红灯|黄灯|绿灯)(?![A-Za-z]))?|(?:at[\s-]risk|on[\s-]track|off[\s-]track|red|amber|yellow|green|有风险|红灯|黄灯|绿灯)(?![A-Za-z]))\s*[)）]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusGrade();

    [GeneratedRegex(@"^[\W\d]*(?:(?:completed|closed|resolved|retired|fixed|done|shipped|merged|mitigated)\s+(?:issues|tickets|bugs|problems|defects|items|risks|concerns|blockers)|(?:issues|tickets|bugs|defects)\s+(?:completed|closed|resolved|fixed|done))|(?:已解决|已关闭|已修复|已处理|已解除|已消除)(?:的)?(?:问题|缺陷|工单|风险|隐患)|风险(?:已)?(?:解除|关闭)|不再是(?:风险|问题)|改进方向|优化方向|优化措施|改进措施|整改措施|改进项|已采取(?:的)?措施|采取(?:的)?措施|应对措施|处理措施|心得|收获|经验|建议|无需担心|经验(?:总结|教训)?|做得好|亮点|(?<![A-Za-z])(?:mitigations?|remediation|tips?|policy\s+actions?|what\s+went\s+well|went\s+well|went\s+right|(?:things\s+that|what)\s+helped|keep\s+doing|continue|lessons?\s+learn(?:ed|t)|what\s+we\s+learn(?:ed|t)|learnings|takeaways|actions?\s+taken|improvements?|recommendations?|not\s+worried|not\s+(?:an?\s+)?(?:concerns?|worry|worries|issues?|risks?|problems?)\s+(?:any\s*more|now)|no\s+longer\s+(?:an?\s+)?(?:concerns?|risks?|issues?|blockers?|problems?))(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Fixes();

    [GeneratedRegex(@"生产事件|生产事故|安全事件|安全事故|事件(?:回顾|复盘|通报)|线上事件|线上问题|线上故障|^[\W\d]*事件(?:记录|汇总|情况|列表|通报)?\s*$|故障|事故(?!数)|时间线|(?<![A-Za-z])(?:incidents?|outages?|postmortems?|post-mortems?|timeline)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Incidents();

    [GeneratedRegex(@"下周|下阶段|下一阶段|下个?迭代|下月|^\s*(?:工作)?计划\s*[:：]?\s*$|^[\s*_]*(?:plans?|next\s+steps|upcoming|next|next\s+up|to[\s-]?dos?|actions?)[\s*_]*:?[\s*_]*$|(?<![A-Za-z])next\s+steps(?![A-Za-z])|^[\W\d]*actions?\s+(?:before|by|for|until|due)\b|(?<![A-Za-z])(?:(?:next|nxt)\s+(?:\w+\s+)?(?:weeks?|wks?|sprints?|months?|quarters?|cycles?|phases?|iterations?|periods?|fortnight|milestones?)|(?:sprint|iteration|cycle|phase|week)\s*\d+\s+(?:focus|goals?|priorities|plans?|scope)|plans?\s+for(?:\s+next)?|action\s+items?|follow-?ups?)(?![A-Za-z])|后续(?:计划|措施|行动)|待办|行动项|接下来|下一步|(?<![A-Za-z])(?:coming\s+up|up\s+next|looking\s+ahead|what'?s\s+next|(?:the\s+)?(?:coming|upcoming)\s+(?:week|sprint|month|fortnight)|(?:the\s+)?(?:week|sprint|month)\s+ahead)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Plans();

    [GeneratedRegex(@"下周|下月|下阶段|下一阶段|(?<![A-Za-z])(?:next|nxt)\s+(?:weeks?|wks?|sprints?|months?|quarters?|cycles?|steps)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex NextPeriod();

    [GeneratedRegex(@"^[\W\d]*(?:(?:stories\s+|items\s+|work\s+)?(?:not\s+(?:completed|done|finished|delivered)|carried\s+over|carry-?over|spill-?over|incomplete|unfinished)|未完成(?:事项|项|工作)?|未按期完成(?:事项|项)?|遗留事项)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Slipped();

    [GeneratedRegex(@"风险|问题|卡点|阻塞|根本原因|根因|原因分析|^\s*(?:直接|主要)?原因\s*$|踩坑|挑战|困难|不足|诱因|(?<![A-Za-z])(?:risks?|issues|blockers?|concerns|worr(?:y|ied|ies)|^\s*causes?\s*$|challenges?|watch-?outs?|contributing\s+factors?|what\s+went\s+wrong|what\s+didn'?t\s+go\s+well|root\s+causes?|problems|impediments|pain\s+points?|lowlights?|low\s+points?|watch\s*(?:items?|list|outs?)|red\s+flags?|headwinds?|anomalies|setbacks?|obstacles?|hurdles?|what\s+hurt|what\s+didn[’']?t\s+work|what\s+went\s+badly|(?:didn[’'']?t|did\s+not)\s+go\s+(?:well|to\s+plan)|went\s+(?:wrong|badly)|needs?\s+attention|raid|the\s+bad|bad\s+news|blocked|stuck)(?![A-Za-z])|隐患|瓶颈|痛点|难点|待解决|做得不好|做的不好|需(?:要)?关注|关注点|预警|短板|不顺", RegexOptions.IgnoreCase)]
    private static partial Regex Risks();

    [GeneratedRegex(@"运行数据|运行情况|运行状况|经营数据|运营数据|监控数据|核心数据|关键数据|数据概览|指标|(?<![A-Za-z])(?:metrics|kpis?|sla|slo|numbers)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Metrics();

    [GeneratedRegex(@"^\s*(?:项目)?(?:背景|概述|简介|前言|说明)\s*$|^[\W\d一二三四五六七八九十]*(?:本周|本期|本月|本周工作|工作)?(?:概况|总体情况|整体情况|总体概况|整体概况|总览)\s*$|(?<![A-Za-z])(?:summary\s+of\s+the\s+(?:week|sprint|month)|week\s+(?:in\s+)?summary)(?![A-Za-z])|^\s*附件|(?<![A-Za-z])(?:background|overview|introduction|context|about|attachments?|appendix|appendices)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Background();
}
