using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Risks: clauses naming a risk, problem, blocker, dependency, failure, timeout, supply cut, anomaly or alert, or a
/// RAG/severity marker (🔴 🟡 Red Amber 【高】 (High)). A clause that says the problem is gone does not count;
/// "风险可控" alone is reassurance, beside a real risk it lowers the severity. Under a risk heading every line is a
/// risk unless it says it is resolved.
/// </summary>
internal static partial class RiskRule
{
    /// <summary>Longest clause ending in a colon read as a label ("试点问题：", "Open questions:") rather than a statement.</summary>
    private const int MaxLabelLength = 24;

    /// <param name="ignoreDelayWords">True when the line already yields a delay: delay words then do not make it a risk too.</param>
    /// <param name="delayReason">The cause the line's delay already carries ("依赖建行排期"): that clause is not a second, separate risk.</param>
    /// <param name="measureRose">True when a measure on the line grew against its previous value: a count of timeouts that rose stays a risk.</param>
    public static ItemCandidate? Match(UnitLine line, CandidateFactory make, bool ignoreDelayWords, string? delayReason = null, bool measureRose = false)
    {
        var text = line.Text;
        // "**Overall status:** 🟡 Amber" grades the report; the risks it sums up are listed on their own lines.
        if (StatusOnly().IsMatch(text) || Polarity.IsByline(text) || IsNothing(text)) return null;
        // Under a fixes or background heading, and in a line that introduces what follows, problems are named to say how they are handled.
        if (line.Role is SectionRole.Fixes or SectionRole.Background || Polarity.IsIntroduction(text)) return null;
        // Advice names the trouble it would prevent; a legend names the grades it defines.
        if (Polarity.IsAdviceLead(text) || Polarity.IsLegend(text)) return null;
        // "处理：已临时回滚该策略", "Mitigation: traffic moved to the replica": a line its label calls the handling is the fix.
        if (line.Topic is { } topic && FixLabel().IsMatch(topic)) return null;
        // "本期状态由🟢转🟡，原因见“五、风险与问题”": a colour that points to where its reasons are told flags nothing itself.
        bool marker = SeverityRule.HasRiskMarker(text) && !CrossReference().IsMatch(text) && !IsNothing(text); // "⛔ nothing"
        if (!marker && line.Role != SectionRole.Risks && !Terms().IsMatch(text) && !Polarity.IsGap(text)) return null; // cheap exit for most lines
        var risky = new List<(int Start, int Length)>();
        bool anyResolved = false, contained = false, anyStatement = false;
        int lastResolved = -1;
        foreach (var clause in TextSpans.Clauses(text))
        {
            var c = text.Substring(clause.Start, clause.Length);
            // A label such as "试点问题：" announces, it does not state; a sentence before a colon ("Checkout API missed its SLO:") does.
            if ((c.EndsWith('：') || c.EndsWith(':')) && c.Trim().Length <= MaxLabelLength) continue;
            // "原因见“五、风险与问题”", "发生P2级故障1起（详见【故障复盘】）", "see section 3": the section it points to states the problem.
            if (CrossReference().IsMatch(c)) continue;
            if (Polarity.IsContained(c)) { contained = true; continue; }
            // "we have no alert on credential expiry": a missing safeguard is the problem, not a negation of one.
            if (Polarity.IsGap(c) && !IsDoneWork(c)) { anyStatement = true; risky.Add(clause); continue; }
            if (Polarity.IsResolvedOrNegated(c)) { anyResolved = true; if (Polarity.IsClosed(c)) lastResolved = clause.Start; continue; }
            if (Polarity.IsRemedy(c)) continue; // the fix or the advice, not the problem
            if (FixLead().IsMatch(c[(c.LastIndexOfAny([':', '：']) + 1)..]) && !StillOpen().IsMatch(c)) continue; // "v2.7.1: fixes a regression in …"
            anyStatement = true;
            if (delayReason is not null && c.Contains(delayReason, StringComparison.Ordinal)) continue;
            if (BareCount().IsMatch(c) || IncidentTally().IsMatch(c) || StatusTally().IsMatch(c) || ProgressTally().IsMatch(c)) continue; // "Done ....... 57 issues", "共 12 个问题", "发生P1故障1起": a tally, not a problem
            var terms = Terms().Matches(c).Where(t => !IsActivityAt(c, t.Index) && !IsAttributedIncident(c, t));
            if (ignoreDelayWords) terms = terms.Where(t => !t.Groups["delay"].Success);
            if (terms.Any() && !IsDoneWork(c) && !(!measureRose && terms.All(t => NamesMeasure(c, t)))) risky.Add(clause);
        }

        // Under a risk heading a line that is already a delay and names no other risk is that delay only.
        // "fixed by hand, but there is no contract test": what the line says after a "but" still stands.
        bool riskSection = line.Role == SectionRole.Risks && anyStatement && (!anyResolved || StillOpen().IsMatch(text)) && !contained && !IsNothing(text) && !(risky.Count == 0 && ProgressTally().IsMatch(text))
            && !(ignoreDelayWords && risky.Count == 0) && !ContinuesItem(line, make.Unit.Report);
        if (risky.Count == 0 && !marker && !riskSection) return null;
        // "No new Sev-1 escalations this week", "🔴 无 P0 故障": a line that names a grade or a problem only to say there was none.
        if (risky.Count == 0 && anyResolved && !anyStatement && !contained) return null;
        // "【高】数据库主备切换演练失败，已解决。", "…续保合同已签署，风险解除": the line names the problem to say it is gone.
        if (IsClosedAfter(text, risky, lastResolved)) return null;
        if (risky.Count == 0 && marker && ignoreDelayWords) return null; // the delay carries the marker's severity

        // Under a risk heading or label the whole line is the risk; elsewhere only its risky clauses are.
        var summary = line.Role == SectionRole.Risks ? TextSpans.TrimEndPunctuation(text) : Summary(line, risky);
        // "风险：供应商合同下月到期", "Risk: the only DBA is on leave": the label says what the item is; the summary says the risk.
        if (RiskLabel().Match(summary) is { Success: true } label && label.Length < summary.Length) summary = summary[label.Length..];
        return make.Create(ItemKind.Risk, summary, text, SeverityRule.ForRisk(text, contained && risky.Count > 0));
    }

    /// <summary>
    /// True when the line says a risk stays open in so many words ("结论：数据已脱敏，但仍存在拼接风险", "the retry path is
    /// still a risk"): under an incident heading, where failure words describe the incident, only such a line is a risk.
    /// </summary>
    public static bool NamesOpenRisk(string text) =>
        OpenRisk().IsMatch(text) && !Activity().IsMatch(text) && !Polarity.IsResolvedOrNegated(text[OpenRisk().Match(text).Index..]);

    [GeneratedRegex(@"(?:仍|依然|还|仍然)(?:存在|有)[^，,。；;]{0,12}风险|(?<![A-Za-z])(?:(?:is|remains?)\s+(?:still\s+)?an?\s+(?:open\s+)?risk|still\s+(?:a|an\s+open)\s+risk)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex OpenRisk();

    /// <summary>
    /// True when the line's own label names a problem: "根因：…", "直接原因：…", "延期原因：…", "做得不好的：…", "Root cause: …",
    /// "What hurt: …", "Blockers: …". What follows is the problem, as under a problem heading (rules-11).
    /// </summary>
    public static bool HasProblemLabel(UnitLine line) =>
        line.Row is null && line.Topic is { } topic && !IsSentence(topic) && ProblemLabel().IsMatch(topic);

    [GeneratedRegex(@"^[\W\d]*(?:[\p{L}\d ]{0,10}?(?:原因|根因)|根本原因|隐患|卡点|阻塞|瓶颈|做得不好的?|做的不好的?|不足之处|(?i:root\s+causes?|causes?|contributing\s+factors?|what\s+hurt|what\s+went\s+wrong|what\s+didn[’']?t\s+go\s+well|what\s+went\s+badly|blockers?|concerns?))\s*$")]
    private static partial Regex ProblemLabel();

    /// <summary>True for a topic that is a sentence rather than a label: six English words or more, or a long Chinese clause.</summary>
    public static bool IsSentence(string? topic) =>
        topic is not null && (topic.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 6 || (TextSpans.HasCjk(topic) && topic.Length > MaxLabelLength));

    /// <summary>
    /// A line graded high or medium outright ("- P0: exposed admin endpoint…", "Severity: high. …", "P0 finding: …") that
    /// no other rule read: the grade makes it a risk wherever it sits, unless it says the problem is gone or the work done.
    /// </summary>
    public static ItemCandidate? Graded(UnitLine line, CandidateFactory make)
    {
        var text = line.Text;
        if (!SeverityRule.IsGraded(text) || StatusOnly().IsMatch(text) || Polarity.IsLegend(text) || Polarity.IsByline(text) || CrossReference().IsMatch(text)) return null;
        if (line.Role is SectionRole.Fixes or SectionRole.Background || Polarity.IsIntroduction(text) || Polarity.IsThanks(text)) return null;
        if (ContinuesItem(line, make.Unit.Report)) return null; // "…another thread. Sev: high.": the grade of the item it wraps
        bool closed = false;
        foreach (var clause in TextSpans.Clauses(text))
        {
            var c = text.Substring(clause.Start, clause.Length);
            closed |= Polarity.IsResolvedOrNegated(c) || Polarity.IsContained(c) || IsDoneWork(c);
        }
        if (closed && !StillOpen().IsMatch(text)) return null;
        return make.Create(ItemKind.Risk, TextSpans.TrimEndPunctuation(text), text, SeverityRule.ForRisk(text, contained: false));
    }

    /// <summary>
    /// True when the line wraps a list item above it: indented, without a marker, under the item's line with no blank
    /// between ("  * #2231 streaming writer can drop the last chunk when closed from" / "    another thread. Repro …").
    /// Under a problem heading the item is the risk, not each line it wraps onto.
    /// </summary>
    private static bool ContinuesItem(UnitLine line, ReportDocument report)
    {
        // A labelled line ("原因：…", "Root cause: …") states its own fact, wrapped or not.
        if (line.Row is not null || line.Topic is not null || Sections.LineClassifier.Classify(report.Line(line.Number)) is not { Kind: Sections.LineKind.Text } own) return false;
        int indent = own.Indent;
        for (int n = line.Number - 1; n >= 1 && indent > 0; n--)
        {
            var shape = Sections.LineClassifier.Classify(report.Line(n));
            if (shape.Kind == Sections.LineKind.ListItem) return n < line.Number && shape.Indent < indent;
            if (shape.Kind != Sections.LineKind.Text || shape.Indent < indent) return false;
        }
        return false;
    }

    /// <summary>True when a clause saying outright the problem is over comes after every clause naming it, and nothing says it is still open.</summary>
    private static bool IsClosedAfter(string text, List<(int Start, int Length)> risky, int lastResolved) =>
        lastResolved >= 0 && (risky.Count == 0 || lastResolved > risky[^1].Start) && !StillOpen().IsMatch(text);

    /// <summary>
    /// "完成依赖升级", "故障自愈平台上线", "Fixed 12 bugs", "Timeout handling reworked and shipped": work done on something
    /// named after a problem is progress (not "… overrun unless the issue is fixed"), unless the clause also says something went wrong ("上线后出现超时", "发布失败").
    /// </summary>
    private static bool IsDoneWork(string clause) =>
        (DoneFirst().IsMatch(clause) || Polarity.Unconditional(DoneAfter(), clause)) && !Trouble().IsMatch(clause) && !EndsWithTerm().IsMatch(clause);

    /// <summary>"问题单关闭率95%", "超时率0.05%", "告警总数": the term names a measure, which the metric reports; rising is still a risk.</summary>
    private static bool NamesMeasure(string clause, Match term) =>
        MeasureSuffix().IsMatch(clause, term.Index + term.Length) && !Rising().IsMatch(clause);

    /// <summary>
    /// "主要为…支付故障引起的集中咨询", "主要原因是周三凌晨 Hive Metastore 故障": a figure explained by an incident names the
    /// incident as its cause; the incident is reported where it is told, the explanation is no second risk.
    /// </summary>
    private static bool IsAttributedIncident(string clause, Match term) =>
        IncidentNoun().IsMatch(term.Value) && Attribution().IsMatch(clause);

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
        @"|跌破|(?:连续|已经?|持续)[^，,。；;]{0,6}?(?:下滑|下跌|走低|走弱)|偏高|偏低|过高|过低|被拒|驳回|崩溃|闪退|不收敛|失灵|失效|打满|耗尽|见底|已逾期|逾期未|逾期超|变差|变慢|未覆盖|没覆盖|落后(?:于)?(?:计划|进度|预期|目标)|挖人|挖角|排队\s*(?:约|超过|长达|达)?\s*[\d.]+\s*(?:个)?(?:小时|天)|(?:目标|计划|预算)[^，,。；;]{0,6}?差(?:了)?(?:约)?\s*[\d.]+|吃不消|扛不住|硬扛|缺料|缺货|断货|短缺|劣化|预算(?:被)?(?:下调|削减|缩减|砍)|超支|超预算|超出预算|比预算超出|担心|担忧|投诉|告急|吃紧|被竞品|竞品(?:抢|截|压|挖)|超(?:过|出)?目标|超标|低于\s*(?:SLA|SLO)|(?:费用|成本|支出|开销|花费|账单)[^，,。；;]{0,8}?(?:上涨|上升|增长|增加|攀升|翻倍)|连续[一二三四五六七八九十两\d]+\s*个?(?:周|天|日|月|季度?|期|次)[^，,。；;]{0,6}?(?:超|亏损|恶化)|(?<delay>(?:仍|还|一直)在等|尚未(?:获|得到|收到)|超过\s*\d+\s*个?工作日)|(?<![A-Za-z])(?:over\s+budget|crash(?:es|ed|ing)?(?!-free)|(?:is|was|are|were)\s+the\s+(?:\w+\s+)?root\s+causes?|(?:start|finish|land|ship|launch|arrive)\w*\s+(?:a|one|two|three|\d+)\s+(?:weeks?|months?|days?)\s+late|down\s+to\s+(?:\d+|one|two|three|a\s+few)\s+(?:weeks?|days?|months?)\s+of\s+(?:cover|stock|supply|runway|inventory|buffer)|(?:contingency|buffer|runway|headroom)\s+(?:is\s+)?(?:now\s+)?down\s+to|\d[\d.,]*\s*[kKmMhH]?\s+over\s+(?:the\s+)?(?:cap|budget|plan|forecast|estimate|quota|allocation)|over\s+the\s+cap|[£$€]\s?\d[\d.,]*\s*[kKmM]?\s+over(?=\s*(?:[,.;)]|$))|gave\s+(?:(?:his|her|their)\s+)?notice|resign(?:ed|ations?)|attrition|poach(?:ed|ing)|only\s+(?:person|one|engineer)\s+who|no\s+(?:fix|patch)\s+(?:yet|available)|vulnerabilit(?:y|ies)|(?:higher|elevated)\s+(?:rate|number)\s+of|(?:off|short\s+of)\s+(?:the\s+)?(?:target|plan|goal)|not\s+(?:enforced|enabled|monitored|patched)|overspen[dt]|budget\s+(?:was\s+)?(?:cut|reduced|slashed)|worried|worries|concerned|regress(?:ed|ion|ions)|degraded|degradation|risks?|risky|at risk|blocked|blockers?|blocking|single point of failure|SPOF|issues?|problems?|failures?|failed|failing|time-?outs?|timed out|outages?|dependen(?:cy|cies|t on)|depends\s+on|relies\s+on|throttl(?:ed|ing)|alerts?|escalat(?:ed|ion)|missed\s+(?:its|their|our|the)\s+(?:[\w:.]+\s+){0,2}(?:SLOs?|SLAs?|targets?|objectives?|goals?|deadlines?)|exhausted|depleted|overruns?|overrunning|rejected|fell\s+through|(?:has\s+been\s+|have\s+been\s+|is\s+|are\s+|keeps?\s+)(?:sliding|declining|deteriorating|worsening|eroding|dropping|falling|trending\s+down)|(?:has|have)\s+been\s+(?:with|pending\s+with|sitting\s+with|stuck\s+with|waiting\s+on)\s[^.;]{0,40}?since|f[ae]ll(?:s|ing)?\s+through|(?:ticked|crept|creeping|trending)\s+up|still\s+no\s+(?:answer|reply|response|decision|word|date|approval|sign-?off)|no\s+(?:answer|reply|response|decision)\s+yet|(?:has|have)\s+not\s+(?:been\s+)?\w+(?:\s+\w+){0,3}\s+yet|(?:hasn|haven)[’']t\s+(?:been\s+)?\w+(?:\s+\w+){0,3}\s+yet|not\s+(?:yet\s+)?(?:been\s+)?(?:approved|certified|signed(?:\s+off)?|confirmed|funded|staffed)(?:\s+yet)?|burn(?:ed|t)\s+(?:\w+\s+){0,3}(?:error\s+)?budget|over\s+(?:the\s+)?(?:budget|plan|forecast)|shortfall|short-?staffed|understaffed|under-?resourced|(?:was|were|went)\s+down|lost\s+(?:its|their|our|the)\s+(?:connection|connectivity|customer|deal|contract|link)|breach(?:ed|es)?|(?<delay>(?:still\s+)?waiting\s+on|still\s+waiting\s+for|(?:can'?t|cannot|won'?t|unable\s+to)\s+(?:move|start|proceed|ship|launch|migrate|go\s+live)\s+until)|(?:stays?|holds?|remains?|lands?|ships?)\s[^.;,]{0,40}?only\s+if|(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+)?(?:week|month|day|sprint|quarter)s?\s+(?:running|in\s+a\s+row)|(?<delay>delay(?:ed|s)?|slipp(?:ed|ing)|slips?))(?![A-Za-z])",
        RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Terms();

    /// <summary>Work about risks is not a risk: 风险盘点, 风险评估, risk assessment.</summary>
    [GeneratedRegex(@"风险(?:盘点|评估|排查|治理|识别|管理|梳理|控制|防控|分析)|风控|(?:问题|缺陷|漏洞|bug)(?:复盘|排查|跟踪|清单|列表|评审|分析会)|(?:告警|报警|异常|故障)(?:规则|项|配置|策略|收敛|治理|梳理|演练|预案|平台|系统|监控)|(?<![A-Za-z])(?:regression\s+(?:suites?|tests?|testing|runs?|packs?)|risk\s+(?:assessment|review|register|management|workshop|analysis)|alert(?:ing|s)?\s+(?:rules?|config(?:uration)?|polic(?:y|ies)|tuning|thresholds?|routing|noise\s+reduction))", RegexOptions.IgnoreCase)]
    private static partial Regex Activity();

    [GeneratedRegex(@"^[\s*_]*(?:overall\s+(?:status|health|rag)|status|rag|整体状态|总体状态|项目状态|整体进度|overall|整体|总体)[\s*_]*[:：|][\s*_|]*(?:🔴|🟡|🟠|🟢|\s)*(?:red|amber|yellow|green|at[\s-]risk|on\s+track|off\s+track|红|黄|绿|红灯|黄灯|绿灯)?[\s*_.。]*(?:[(（]\s*(?:was|previously|上周|原为?|由)\s*[^)）]{1,20}[)）])?[\s*_.。]*$", RegexOptions.IgnoreCase)]
    private static partial Regex StatusOnly();

    [GeneratedRegex(@"^[\s\d.、)）]*(?:本周|已经|已|共|累计|全部|并)*\s*(?:完成|处理|修复|解决|关闭|消除|治理|优化|清理|下线|移除|修了|修掉|改掉|搞定)|^\s*(?:fixed|closed|resolved|removed|held|completed|finished|done|shipped|launched|implemented|upgraded|reduced|cut|eliminated|migrated|retired|cleaned up|triaged)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex DoneFirst();

    [GeneratedRegex(@"(?:上线|完成|提测|发布|交付|闭环|减少|降低|下降)(?:了)?[\s，,。；;]*$|(?:已|均已|全部)(?:上线|完成|提测|发布|交付|闭环)|(?<![A-Za-z])(?:done|shipped|completed|launched|live|reworked|reduced|cut|removed|fixed|closed|resolved|retired)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex DoneAfter();

    [GeneratedRegex(@"出现|发生|导致|引发|造成|仍|依然|尚未|未能|无法|待|需要|风险|阻塞|受阻|后(?:出现|发现)|(?<![A-Za-z])(?:still|not yet|pending|but|caused|causing|risks?|blocked|blocking|broke|regress(?:ed|ion))(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Trouble();

    [GeneratedRegex(@"(?:失败|超时|异常|故障|告警|报警|延期|推迟|受阻|阻塞|(?<![A-Za-z])(?:failed|failing|timed out|delayed|slipped|blocked))[\s了。.！!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsWithTerm();

    [GeneratedRegex(@"\G[\u4e00-\u9fff]{0,4}?(?:率|占比|次数|总数|数量|数|量)(?:(?![\u4e00-\u9fff])|(?=由|从|为|达|较|环比|同比))|\G(?<=问题|缺陷|告警|报警|隐患|投诉)[项点单]?\s*\d+\s*(?:条|个|项|张|处)|\G\s*(?:rate|ratio|count|budget)(?![A-Za-z])|\G\s*[:：]\s*(?:本周|本月|本期|累计|共计?|合计|总计)?\s*(?:新增|新发现)?\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureSuffix();

    [GeneratedRegex(@"上升|升高|增加|增长|飙升|恶化|翻倍|超标|超过目标|(?<![A-Za-z])(?:rose|increased|spiked|doubled|grew|worse)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Rising();

    /// <summary>A clause that says what it fixes: "fixes a regression in plugin loading", "修复了登录超时问题".</summary>
    [GeneratedRegex(@"^[\s*_\d.、)）]*(?:已|已经)?(?:修复|解决)(?:了)?|^[\s*_]*(?:fix(?:es|ed)?|resolves?|resolved|patch(?:es|ed)?|address(?:es|ed))(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex FixLead();

    [GeneratedRegex(@"但|仍|然而|不过|(?<![A-Za-z])(?:but|however|still|yet)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex StillOpen();

    /// <summary>
    /// "无", "N/A", "⛔ nothing", "blockers: none", "风险：暂无", "Risks: none so far": the line, or what its short label
    /// introduces, says there is nothing to report (rules-12).
    /// </summary>
    private static bool IsNothing(string text)
    {
        var t = Symbols().Replace(text, "");
        int colon = t.IndexOfAny([':', '：']);
        return NothingToReport().IsMatch(t) || (colon is > 0 and <= MaxLabelLength && NothingToReport().IsMatch(t[(colon + 1)..]));
    }

    [GeneratedRegex(@"^[\s*_]*(?:无|暂无|暂时没有|没有|N/?A|nil|none(?:\s+(?:so\s+far|yet|this\s+week|today|reported|known|new))?|nothing(?:\s+(?:new|major|to\s+report|to\s+flag))?|no\s+(?:risks?|blockers?|issues?|concerns?)|-|—|/)[\s*_]*[。.!]?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NothingToReport();

    [GeneratedRegex(@"[\p{So}\uFE0F]")]
    private static partial Regex Symbols();

    /// <summary>A pointer to where the problem is told: "（见下）", "（详见【故障复盘】）", "原因见“五、风险与问题”", "see section 3", "(see below)".</summary>
    [GeneratedRegex(@"[（(]\s*(?:详|具体|原因)?见[^）)]{0,24}[）)]|(?:原因|详情|细节|具体|详)见\s*[“""「【《（(]|(?:详|参)见\s*(?:下文|上文|下方|附件|第)|(?<![A-Za-z])see\s+(?:section|§|below|above|appendix|the\s+\w+\s+(?:section|below))(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"^[\s*_]*(?:共|共计|累计|合计)?\s*\d[\d,]*\s*(?:个|条|项|起|张)?\s*(?:问题|缺陷|告警|(?i:issues|bugs|defects|alerts|tickets))[\s*_]*$")]
    private static partial Regex BareCount();

    [GeneratedRegex(@"^[\W\d]*(?:处理|处置|处理措施|处理方式|措施|解决办法|解决方案|修复|应对|整改|临时方案|(?i:fix|fixes|mitigation|workaround|remediation|actions?\s+taken|handling))\s*$")]
    private static partial Regex FixLabel();

    /// <summary>A tally of statuses ("5 of 9 on track, 2 at risk, 2 off track", "3 项黄灯"): the items it counts are listed where they are told.</summary>
    [GeneratedRegex(@"^[\s*_\-]*\d+\s*(?:项|个|条)?\s*(?:(?i:at\s+risk|off\s+track|blocked|red|amber)|有风险|黄灯|红灯)[\s*_.。]*$")]
    private static partial Regex StatusTally();

    /// <summary>A count of the week's incidents ("发生P1故障1起", "本周故障 2 起（P1 ×1、P3 ×1）"): each incident is told where it is written up.</summary>
    [GeneratedRegex(@"^[\s*_\-]*(?:本周|本月|本期|上周|当周)?\s*(?:发生|新增|出现|共|共计|累计|合计)?\s*(?:P\d\s*级?\s*)?(?:线上|生产)?(?:故障|事故|事件)\s*(?:共)?\s*[\d一二两三四五六七八九十]+\s*(?:起|次|个)[\s（(P\d×xX、,，级)）]*$")]
    private static partial Regex IncidentTally();

    [GeneratedRegex(@"^[\s*_]*(?:风险|问题|隐患|(?i:risks?|issues?|concerns?))[\s*_]*[:：][\s*_]*")]
    private static partial Regex RiskLabel();

    /// <summary>
    /// A count of work items by state ("Progress: 64% (47 / 73 issues)", "12/14 stories closed", "ROAM board: 2 risks Owned"):
    /// progress or a risk board's tally, whose items are told on their own lines (rules-12).
    /// </summary>
    [GeneratedRegex(@"\d+\s*/\s*\d+\s+(?:open\s+|closed\s+|done\s+)?(?:issues|tickets|stories|tasks|items|bugs|points)(?![A-Za-z])|(?<![A-Za-z])\d+\s+(?:risks?|issues?)\s+(?:owned|accepted|mitigated|resolved|closed|open)(?![A-Za-z])|\d+\s*/\s*\d+\s*(?:个|条|项)?\s*(?:问题|缺陷)", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressTally();

    [GeneratedRegex(@"^(?:故障|事故|(?i:outages?|incidents?))$")]
    private static partial Regex IncidentNoun();

    /// <summary>A clause that explains a figure by its cause: "主要原因是…", "主要为…引起", "主要受…影响", "mainly due to …".</summary>
    [GeneratedRegex(@"(?:主要|大部分|多数|大多)(?:原因)?(?:是|为|受|由|来自)|原因(?:是|为)|(?<![A-Za-z])(?:(?:mainly|mostly|largely|primarily)\s+(?:due\s+to|from|caused\s+by|driven\s+by)|of\s+(?:them|these|those)\s+came\s+from)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Attribution();
}
