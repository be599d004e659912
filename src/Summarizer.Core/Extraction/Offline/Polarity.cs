using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Whether a clause negates or closes what it mentions: "问题已解决", "已协调解决", "数据无异常", "no risk", "resolved".
/// Report text names problems in order to say they are gone; those must not become risks.
/// </summary>
internal static partial class Polarity
{
    /// <summary>True when the clause says the problem is gone, absent or was never there ("已解决", "风险解除", "resolved", "no longer a risk").</summary>
    public static bool IsResolvedOrNegated(string clause) => Unconditional(Resolved(), clause) || Negated().IsMatch(clause);

    /// <summary>
    /// True when the pattern matches outside a condition: "can drop the last chunk when the file handle is closed from
    /// another thread" names when the problem happens, it closes nothing.
    /// </summary>
    internal static bool Unconditional(Regex pattern, string clause)
    {
        foreach (Match m in pattern.Matches(clause))
            if (!ConditionBefore().IsMatch(clause.AsSpan(0, m.Index))) return true;
        return false;
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?:when|whenever|if|unless|until|once|while)\s+(?:[\w'-]+\s+){0,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex ConditionBefore();

    /// <summary>
    /// True when the clause says outright that the problem is over ("已解决", "风险解除", "resolved", "mitigated", "no longer a
    /// risk"); narrower than <see cref="IsResolvedOrNegated"/>, which also reads "修复" in "修复速度跟不上" as a fix.
    /// </summary>
    public static bool IsClosed(string clause) => Unconditional(Closed(), clause);

    /// <summary>"风险可控" / "risk is under control": a named risk that the writer says is contained.</summary>
    public static bool IsContained(string clause) => Contained().IsMatch(clause);

    /// <summary>
    /// True when the clause is what is done or advised about a problem rather than the problem: a fix or mitigation
    /// ("we added alerts so this is caught earlier", "已增加告警"), advice ("建议…", "suggest we pin…", "优化方向：…").
    /// </summary>
    public static bool IsRemedy(string clause) => Remedy().IsMatch(clause);

    /// <summary>
    /// True for a page footer of reactions and comment counts ("_3 comments · 👍 4 · 👀 2_", "5 条评论 · 👍 12"): exported
    /// from a wiki or tracker page, it counts readers' reactions; it is no plan, risk or measure of the work (rules-12).
    /// </summary>
    public static bool IsReactions(string line) => Reactions().IsMatch(line);

    private const string Reaction = @"(?:\d+\s*(?:comments?|replies|reactions?|likes?|views?|条?评论|条?回复|个?赞|次?浏览)|(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2600-\u27BF])\uFE0F?\s*\d+)";

    [GeneratedRegex(@"^[\s*_>]*" + Reaction + @"(?:\s*[·•|,，]\s*" + Reaction + @")*[\s*_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Reactions();

    /// <summary>True when the line gives credit ("感谢运维组支援", "Thanks to…", "Thank you to everyone…", "Kudos to…", "Shout-out to…").</summary>
    public static bool IsThanks(string line) => Thanks().IsMatch(line);

    [GeneratedRegex(@"^[\s*_>\-🙏👏🎉❤️]*(?:特别|衷心|非常)?(?:感谢|鸣谢|谢谢|致谢)|^[\s*_>\-🙏👏🎉❤️]*(?:(?:big|many|special|huge|a\s+big)\s+)?(?:thanks|thank\s+you|kudos|shout-?outs?|props)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Thanks();

    /// <summary>
    /// True when the clause names a missing safeguard: "we have no alert on credential expiry", "no second provider
    /// configured", "Nobody owns that automation", "余额告警未接入我方监控", "无人处理". Unlike "no alerts this week" it
    /// says something that should exist does not: a risk.
    /// </summary>
    public static bool IsGap(string clause) => Gap().IsMatch(clause);

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?:have|has|had|there\s+is|there's|with)\s+no\s+(?:\w+\s+)?(?:alert(?:ing|s)?|monitoring|owner|backup|fallback|failover|redundancy|runbook|on-?call)\s+(?:on|for|covering|of)|(?:have|has|had|with)\s+no\s+(?:second|backup|fallback|alternative|secondary)\s+\w+|(?:have|has|had|with)\s+no\s+(?:contingency|buffer|slack|headroom)|nobody\s+(?:owns|monitors|maintains)|no\s+one\s+(?:owns|monitors|maintains)|only\s+(?:one|two|a\s+single|1|2)\s+(?:\w+\s+)?(?:engineers?|people|persons?|developers?|SREs?|DBAs?|admins?)(?:\s+\w+){0,4}\s+(?:available|can|knows?|who))(?![A-Za-z])|未接入[^，,。；;]{0,8}(?:监控|告警)|无人(?:处理|负责|跟进|维护|认领)|人手(?:紧张|不足)|人力(?:紧张|不足)", RegexOptions.IgnoreCase)]
    private static partial Regex Gap();

    /// <summary>
    /// True when the line opens with advice ("建议各团队把告警接收人改为组邮箱，人员变动时不至于漏告警", "Suggest we pin …"): the
    /// clauses after it give the advice's purpose, they state no open problem.
    /// </summary>
    public static bool IsAdviceLead(string line) => AdviceLead().IsMatch(line);

    [GeneratedRegex(@"^[\s*_>\-\d.、)）]*(?:我们)?(?:建议|提议|(?:临时|规避|解决)方案\s*[:：]|(?<![A-Za-z])(?:suggest(?:ion)?|recommend(?:ation)?|we\s+(?:suggest|recommend|should)|tip|(?:proposed|planned|suggested|possible|interim|temporary)\s+(?:fix|workaround|mitigation|remediation)|(?:fix|workaround|mitigation|remediation)\s*[:：])(?![A-Za-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex AdviceLead();

    /// <summary>
    /// True when the line explains a grading scale ("Confidence scale 1–10 (≤3 at risk, 4–6 …)", "图例：🔴 风险 🟡 关注"):
    /// it defines the words, it flags nothing.
    /// </summary>
    public static bool IsLegend(string line) => Legend().IsMatch(line) || Grades(line) >= 3;

    /// <summary>
    /// How many different RAG colours the line shows: "信心指数 1-10：≥7 🟢，4-6 🟡，≤3 🔴" names three, which a status
    /// (one colour, maybe "🟢→🟡") never does: it defines the scale (rules-12).
    /// </summary>
    private static readonly string[] RagColours = ["\U0001F534", "\U0001F7E0", "\U0001F7E1", "\U0001F7E2"];

    private static int Grades(string line)
    {
        if (line.IndexOf('\uD83D') < 0) return 0; // the colour circles are all surrogate pairs led by U+D83D
        int n = 0;
        foreach (var colour in RagColours)
            if (line.Contains(colour, StringComparison.Ordinal)) n++;
        return n;
    }

    [GeneratedRegex(@"(?<![A-Za-z])(?:legend|(?:confidence|rating|status|rag|severity)\s+(?:scale|key|legend))(?![A-Za-z])|图例|(?:状态|评分|信心)(?:说明|标准|图例)|(?:\p{So}\uFE0F?\s*[\p{L}\s]{1,12}?\s*[/·|,;]\s*){2,}\p{So}", RegexOptions.IgnoreCase)]
    private static partial Regex Legend();

    /// <summary>
    /// True for a byline or mail header: "Subject: CX weekly - outage spike", "Prepared by: Head of Operational Risk",
    /// "Acme · Week 23 (01–07 Jun) · owner: Lee · TLP:AMBER". It says who wrote the report and for whom, and the words in it
    /// (a subject that names the week's outage, a job title with "Risk", a distribution label) are no finding of their own.
    /// </summary>
    public static bool IsByline(string line) => HeaderField().IsMatch(line) || (DotFields().Count(line) >= 2 && BylineWord().IsMatch(line));

    [GeneratedRegex(@"^[\W_]*(?:from|to|cc|bcc|sent|date|subject|re|fwd?|prepared\s+by|written\s+by|compiled\s+by|author|authors|owner|editor|distribution|audience|recipients|classification|reporting\s+period|rotation|发件人|收件人|抄送|主题|日期|汇报人|报告人|编写人|填报人)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderField();

    [GeneratedRegex(@"\s[·•|]\s")]
    private static partial Regex DotFields();

    [GeneratedRegex(@"(?<![A-Za-z])(?:wk|week|owner|prepared\s+by|posted|author|distribution|TLP|rotation|w/e)(?![A-Za-z])|第\s*\d+\s*周|汇报人|报告人", RegexOptions.IgnoreCase)]
    private static partial Regex BylineWord();

    /// <summary>
    /// True when the line introduces what follows ("下面说明故障经过和改进措施", "This post describes…", "Most of this week's
    /// note is about Wednesday's outage") or invites questions ("有问题随时找我", "Let me know if you have any issues"): it
    /// points at problems told elsewhere, or at none.
    /// </summary>
    public static bool IsIntroduction(string line) => Introduction().IsMatch(line);

    [GeneratedRegex(@"已纳入|纳入(?:检查单|清单|规范|流程|checklist)|优化方向|改进(?:措施|方向|项|方案)|解决方案|(?:临时|应急)?(?:规避|应对|缓解)(?:方案|措施)|兜底方案|建议|(?:应当|应该|需要|后续|下一步)(?:统一|增加|补充|加强|完善|引入|改为|在)|(?:已|已经)?(?:增加|添加|补充|补齐|加上)(?:了)?(?:告警|监控|报警|校验|巡检|用例|限流|熔断|重试)|(?<![A-Za-z])(?:(?:we|I|team)\s+(?:have\s+|now\s+|also\s+)?(?:since\s+|also\s+|just\s+)?(?:added|introduced|set\s+up|put\s+in\s+place|will\s+add|are\s+adding|now\s+alert|now\s+page)|so\s+(?:this|that|it|they)\s+(?:is|are|gets?|will\s+be|can\s+be)\s+(?:caught|detected|noticed|prevented|flagged)|now\s+(?:blocks?|catches|detects|rejects|flags|stops|prevents|fails\s+the\s+build)|to\s+prevent|going\s+forward|next\s+time|suggest(?:ed|s|ion)?|recommend(?:ed|s|ation)?|we\s+should|consider(?:ing)?|propos(?:e|ed|al)|workaround|mitigat(?:e|ed|ion))(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Remedy();

    [GeneratedRegex(@"^\s*(?:下面|以下|下文|本文|本报告|本周报|本次复盘)|说明(?:本次)?(?:故障|事件|问题)?(?:经过|过程)|^\s*(?:below\s+(?:we|is|are)|this\s+(?:report|document|post|section|page|write-?up)\s+(?:describes|covers|summari[sz]es|explains|lists))|(?<![A-Za-z])this\s+(?:week'?s\s+|month'?s\s+)?(?:note|update|mail|e-?mail|report|summary|newsletter|post|issue)\s+(?:is\s+(?:mostly\s+|mainly\s+|largely\s+|all\s+)?about|focuses\s+on|is\s+dominated\s+by)|有(?:任何)?(?:问题|疑问)(?:请|可以)?随时(?:找|联系|沟通|反馈|问)|如有(?:任何)?(?:问题|疑问)[^，,。；;]{0,6}(?:联系|沟通|反馈|找)|(?<![A-Za-z])(?:(?:let\s+me|let\s+us|tell\s+me)\s+know|reach\s+out|ping\s+me|shout)\s+if\s+(?:you\s+)?(?:have|see|hit|spot|run\s+into)\s+(?:any\s+)?(?:questions|issues|problems|concerns)", RegexOptions.IgnoreCase)]
    private static partial Regex Introduction();

    // Said outright that the problem is over: "已解决", "风险解除", "resolved", "no longer a risk".
    private const string ClosedOutright = @"(?:改|修|处理|弄|调|重启)完(?:之后|以后|后)?就?(?:好了|正常了|恢复了)|已(?:经)?(?:协调|全部|完成|基本|统一|及时|均)?(?:解决|修复|恢复|处理|闭环|关闭|消除|规避|排除)|已(?:经)?(?:扩容|扩盘|重启|回滚|切换|替换|升级|调整|优化|打补丁|限流|降级|迁移)(?:并|后)?(?:解决|修复|恢复|处理|闭环|消除|规避)|风险(?:已|已经)?(?:解除|消除|关闭|排除)|不再(?:是)?(?:风险|问题|阻塞)|恢复正常|运行正常|已正常|已修好|修好了|已(?:更换|替换)|(?<![A-Za-z])(?<!(?:never|not|n[’']t)\s+(?:been\s+|be\s+|yet\s+)?)(?:resolved|fixed|mitigated|closed|cleared|unblocked|(?:is|are|was|were|been|now|all|fully)\s+(?:all\s+|now\s+|fully\s+)?settled|no longer\s+(?:an?\s+)?(?:issue|problem|risk|concern|blocker|blocking|blocked|failing|happens|occurs)|back to normal|recovered|(?:known|accepted|expected)[^.;]{0,20}?not\s+an?\s+(?:issue|problem|concern)|not\s+an?\s+(?:issue|problem|concern)\s*[).]*\s*$)(?![A-Za-z])|(?:已知|预期内)[^，,。；;]{0,10}(?:非|不是)(?:问题|风险)";

    [GeneratedRegex(ClosedOutright, RegexOptions.IgnoreCase)]
    private static partial Regex Closed();

    [GeneratedRegex(ClosedOutright + @"|(?<!需|需要|待|未|尚未|没有|正在|在|迭代|计划|将|要|如何)(?:解决|修复)(?:完成|了)?(?![方中])|处理成功|重试成功|补偿成功|误报|已自动(?:处置|处理|恢复)|(?<![A-Za-z])false\s+(?:alarms?|positives?)(?![A-Za-z])|(?:均|全部|都)?已?(?:按时|如期|按期|顺利)(?:完成|上线|交付)|(?<![A-Za-z])completed on time(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Resolved();

    // A zero count names the kinds it counts: "本周无 P0、P1 故障", "无平台介入投诉", "no P0/P1 incidents" (rules-11).
    [GeneratedRegex(@"(?:^|[^是])非[^，,。；;]{0,6}(?:问题|风险|故障)|并非|未(?:延期|推迟|延后|滞后|超时|失败|阻塞|告警)|不(?:会)?(?:延期|推迟|阻塞)|(?:无(?!法|线|锡|人|序|缝|损)|没有|未发现|没发现|没出现|没看到|没再出现|未出现|不存在|暂无|未见|并无|无任何)(?:(?!导致|造成|引起|引发|及时|按时|影响)[^，,。；;]){0,12}?(?:风险|问题|异常|阻塞|卡点|告警|故障|延期|依赖|失败|超时|缺陷|漏洞|事故|事件|投诉|客诉|坏账|逃逸|扣分|违规|丢失|宕机|报错)|没(?:什么|啥)?问题|不是(?:什么)?问题|(?<![A-Za-z])(?:no|not|without|zero|nothing)\s+(?:[\w/-]+\s+){0,2}?(?:crash(?:es)?|risks?|issues?|blockers?|blocked|problems?|alerts?|failures?|errors?|incidents?|defects?|bugs?|vulnerabilit(?:y|ies)|breach(?:es)?|dependenc(?:y|ies)|escalations?|outages?|complaints?|regressions?|slips?|delays?|at risk|(?:open|outstanding|pending|remaining)\s+items?)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Negated();

    [GeneratedRegex(@"风险(?:整体|总体)?(?:可控|较低|低|不大|很小)|(?<![A-Za-z])(?:risks?\s+(?:is\s+|are\s+)?(?:under control|manageable|low|contained))(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Contained();
}
