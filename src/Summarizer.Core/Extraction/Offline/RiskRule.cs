using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Risks: clauses naming a risk, problem, blocker, dependency, failure, timeout, supply cut, anomaly or alert, or a
/// RAG/severity marker (🔴 🟡 Red Amber 【高】 (High)). A clause that says the problem is gone does not count;
/// "风险可控" alone is reassurance, beside a real risk it lowers the severity. Under a risk heading every line is a
/// risk unless it says it is resolved.
/// </summary>
internal static partial class RiskRule
{
    /// <param name="ignoreDelayWords">True when the line already yields a delay: delay words then do not make it a risk too.</param>
    /// <param name="delayReason">The cause the line's delay already carries ("依赖建行排期"): that clause is not a second, separate risk.</param>
    public static ItemCandidate? Match(UnitLine line, CandidateFactory make, bool ignoreDelayWords, string? delayReason = null)
    {
        var text = line.Text;
        // "**Overall status:** 🟡 Amber" grades the report; the risks it sums up are listed on their own lines.
        if (StatusOnly().IsMatch(text)) return null;
        bool marker = SeverityRule.HasRiskMarker(text);
        if (!marker && line.Role != SectionRole.Risks && !Terms().IsMatch(text)) return null; // cheap exit for most lines
        var risky = new List<(int Start, int Length)>();
        bool anyResolved = false, contained = false;
        foreach (var clause in TextSpans.Clauses(text))
        {
            var c = text.Substring(clause.Start, clause.Length);
            if (c.EndsWith('：') || c.EndsWith(':')) continue; // a label such as "试点问题：" announces, it does not state
            if (Polarity.IsContained(c)) { contained = true; continue; }
            if (Polarity.IsResolvedOrNegated(c)) { anyResolved = true; continue; }
            if (delayReason is not null && c.Contains(delayReason, StringComparison.Ordinal)) continue;
            var terms = Terms().Matches(c).Where(t => !IsActivityAt(c, t.Index));
            if (ignoreDelayWords) terms = terms.Where(t => !t.Groups["delay"].Success);
            if (terms.Any()) risky.Add(clause);
        }

        // Under a risk heading a line that is already a delay and names no other risk is that delay only.
        bool riskSection = line.Role == SectionRole.Risks && !anyResolved && !contained && !NothingToReport().IsMatch(text)
            && !(ignoreDelayWords && risky.Count == 0);
        if (risky.Count == 0 && !marker && !riskSection) return null;
        if (risky.Count == 0 && marker && ignoreDelayWords) return null; // the delay carries the marker's severity

        // Under a risk heading or label the whole line is the risk; elsewhere only its risky clauses are.
        var summary = line.Role == SectionRole.Risks ? TextSpans.TrimEndPunctuation(text) : Summary(line, risky);
        return make.Create(ItemKind.Risk, summary, text, SeverityRule.ForRisk(text, contained && risky.Count > 0));
    }

    private static bool IsActivityAt(string clause, int index)
    {
        foreach (Match a in Activity().Matches(clause))
            if (index >= a.Index && index < a.Index + a.Length) return true;
        return false;
    }

    /// <summary>The risky clauses, prefixed by the line's topic when the first of them does not include it.</summary>
    private static string Summary(UnitLine line, List<(int Start, int Length)> risky)
    {
        var text = line.Text;
        if (risky.Count == 0) return TextSpans.TrimEndPunctuation(text);
        int start = risky[0].Start, end = risky[^1].Start + risky[^1].Length;
        var body = text[start..end];
        if (line.Topic is { } topic && start >= line.TopicEnd)
            body = line.IsChinese ? $"{topic}：{body}" : $"{topic}: {body}";
        return TextSpans.TrimEndPunctuation(body);
    }

    [GeneratedRegex(@"风险|问题|卡点|卡住|阻塞|堵塞|受阻|依赖|失败|超时|断供|异常|告警|报警|隐患|瓶颈|故障|缺陷|可能(?:会)?(?<d>延期|推迟|延后|滞后)|(?<delay>延期|推迟|延后|滞后)" +
        @"|(?<![A-Za-z])(?:risks?|risky|at risk|blocked|blockers?|blocking|single point of failure|SPOF|issues?|problems?|failures?|failed|failing|time-?outs?|timed out|outages?|dependen(?:cy|cies|t on)|alerts?|escalat(?:ed|ion)|(?<delay>delay(?:ed|s)?|slipp(?:ed|ing)|slips?))(?![A-Za-z])",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Terms();

    /// <summary>Work about risks is not a risk: 风险盘点, 风险评估, risk assessment.</summary>
    [GeneratedRegex(@"风险(?:盘点|评估|排查|治理|识别|管理|梳理|控制|防控|分析)|风控|问题(?:复盘|排查|跟踪|清单)|(?:告警|报警|异常|故障)(?:规则|项|配置|策略|收敛|治理|梳理|演练|预案|平台|系统|监控)|(?<![A-Za-z])(?:risk\s+(?:assessment|review|register|management|workshop|analysis)|alert(?:ing)?\s+(?:rules?|config(?:uration)?|polic(?:y|ies)))", RegexOptions.IgnoreCase)]
    private static partial Regex Activity();

    [GeneratedRegex(@"^[\s*_]*(?:overall\s+(?:status|health|rag)|status|rag|整体状态|总体状态|项目状态|整体进度)[\s*_]*[:：][\s*_]*(?:🔴|🟡|🟠|🟢|\s)*(?:red|amber|yellow|green|红|黄|绿|红灯|黄灯|绿灯)?[\s*_.。]*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusOnly();

    [GeneratedRegex(@"^\s*(?:无|暂无|没有|N/?A|None|Nothing|No risks?|-)\s*[。.]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NothingToReport();
}
