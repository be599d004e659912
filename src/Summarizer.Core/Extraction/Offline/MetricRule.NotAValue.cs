using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

// The figures on a line that are no measure's value (targets, changes, breakdowns, conditions, periods, rollout shares).
internal static partial class MetricRule
{
    /// <summary>
    /// Figures on a line that are not a measure's value: a target or limit named after the number ("against a 500 ms
    /// objective", "未达 99% 目标", "满足 60 秒的要求", "在 8 小时窗口内"); a change against the last period ("环比上升18%",
    /// "比上周提升 1.2 个百分点", "up 3 pp week over week"); a breakdown of the figure before it, in brackets right after
    /// it ("新增 7 个（P1 1个、P2 2个）") or after "其中" ("对外付款 964 万元，其中货款 811 万元"); the week of a period
    /// ("Week 10 of 13"); a rollout share ("canary at 10%", "(25% rollout)", "放开 30% 流量"). Source: the gold convention in bench/eval/README.md.
    /// </summary>
    private static bool IsNotAValue(string masked, Match m, List<(int Start, int End)> used, bool quantityBefore)
    {
        int end = m.Index + m.Length;
        // "Fleet availability (heartbeat within 15 min): 98.6%", "慢查询（>1s）：3,412 条", "Orders stuck > 48 h: 37": a figure
        // right before the label's colon qualifies the name; the value follows the colon.
        if (LabelQualifier().IsMatch(masked, end)) return true;
        // "(last week 78%)", "，上周 9 次": the previous value of the reading before it, never a reading of its own.
        if (PreviousLead().Match(masked, 0, m.Index).Success) return true;
        if (TargetAfter().IsMatch(masked, end) || ChangeUnitAfter().IsMatch(masked, end) || RolloutAfter().IsMatch(masked, end)) return true;
        // "点击率 +18%", "+£170k contingency": a signed share or amount is a change, not a level ("eNPS: +18" stays a score).
        if ((m.Groups["unit"].Value == "%" || m.Groups["cur"].Success) && SignBefore().Match(masked, 0, m.Index).Success) return true;
        if (ChangeBefore().Match(masked, 0, m.Index).Success && !ChangeToAfter().IsMatch(masked, end)) return true;
        if (RolloutBefore().Match(masked, 0, m.Index).Success) return true;
        // "Week 10 of 13", "Sprint 4": a position in a period; "Build phase 82% complete" is a reading.
        if (!m.Groups["unit"].Success && !m.Groups["cur"].Success && PeriodBefore().Match(masked, 0, m.Index).Success) return true;
        // "执行率高于 60% 的部门需提交说明", "ROI 低于 1 的渠道": a condition on a noun after it, not a reading.
        if (ConditionBefore().Match(masked, 0, m.Index).Success && ConditionAfter().IsMatch(masked, end)) return true;
        // A share inside the breakdown ("其中移动端占比 62%", "（有效率 25%）") is a measure of its own.
        if (!quantityBefore || m.Groups["unit"].Value == "%") return false;
        int lastEnd = 0;
        foreach (var u in used)
            if (u.End <= m.Index && u.End > lastEnd) lastEnd = u.End;
        if (lastEnd > 0 && OpenBreakdown().IsMatch(masked.AsSpan(lastEnd, m.Index - lastEnd))) return true;
        var (clauseStart, _) = TextSpans.ClauseAt(masked, m.Index);
        return Breakdown().IsMatch(masked, clauseStart);
    }

    /// <summary>"500 ms objective", "99% 目标", "60 秒的验收要求", "8 小时窗口内": the number is the bar, not the value.</summary>
    [GeneratedRegex(@"\G\s*(?:的)?\s*(?:验收)?(?:目标|要求|标准|阈值|红线|控制线|窗口|以内|之内|(?<![A-Za-z])(?:objective|target|goal|threshold|SLO|SLA|limit|budget)(?![A-Za-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex TargetAfter();

    [GeneratedRegex(@"[(（,，;；]\s*(?:上一?周|上期|上一?轮|上个?月|(?<![A-Za-z])(?:last\s+(?:week|wk|rotation|period|sprint|cycle|month)|prior\s+week|previous\s+week|prev(?:ious(?:ly)?)?\.?|was))\s*[$¥￥£€]?\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PreviousLead();

    [GeneratedRegex(@"\G\s*[)）\]]?\s*[:：][^:：]*?\d")]
    private static partial Regex LabelQualifier();

    /// <summary>"(25% rollout)", "100% of traffic", "5% 流量": the share a change is rolled out to, not a measure.</summary>
    [GeneratedRegex(@"\G\s*(?:的)?\s*(?:流量|用户灰度|(?<![A-Za-z])(?:rollout|of\s+(?:the\s+)?traffic|canary)(?![A-Za-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex RolloutAfter();

    [GeneratedRegex(@"[+＋]\s*[$¥￥£€]?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex SignBefore();

    [GeneratedRegex(@"(?:高于|低于|大于|小于|超过|不足|不到|[≥≤<>]=?)\s*$", RegexOptions.RightToLeft)]
    private static partial Regex ConditionBefore();

    [GeneratedRegex(@"^[*_\s]*(?:注|注释|注意|口径|口径说明|统计口径|legend|footnote)[*_\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Footnote();

    [GeneratedRegex(@"\G\s*的")]
    private static partial Regex ConditionAfter();

    /// <summary>"1.2 个百分点", "3 pp", "2 percentage points": a change, never a level.</summary>
    [GeneratedRegex(@"\G\s*(?:个)?(?:百分点|(?<![A-Za-z])(?:pp|ppt|percentage\s+points?|points?\s+(?:up|down))(?![A-Za-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex ChangeUnitAfter();

    /// <summary>"环比上升", "比上周提升", "较上月减少", "up", "down … week over week": the number after is the change against the last period.</summary>
    [GeneratedRegex(@"(?:环比|同比|(?:比|较|相比)(?:上周|上月|上期|上季度?|去年同期|昨日|前一周)?)\s*(?:上升|下降|提升|提高|增长|降低|减少|增加|上涨|下跌|回落|多了?|少了?)了?\s*[+\-＋－]?\s*(?:约|近)?\s*$", RegexOptions.RightToLeft)]
    private static partial Regex ChangeBefore();

    /// <summary>"较上周下降到 12%": "到/至" after the change verb makes the number the new level after all.</summary>
    [GeneratedRegex(@"\G\s*[到至]")]
    private static partial Regex ChangeToAfter();

    /// <summary>"Week 10 of 13", "Sprint 4/6", "canary at 10%": a position in a period or a rollout stage.</summary>
    [GeneratedRegex(@"(?<![A-Za-z])(?:week|sprint|day|phase|round|iteration)\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PeriodBefore();

    [GeneratedRegex(@"(?<![A-Za-z])(?:(?:canary|rollout|rolled\s+out)(?:\s+(?:at|to))?|(?:shipped|released|ramped(?:\s+up)?|promoted)\s+to)\s+$|(?:灰度|放量|全量|发布|推送)(?:到|至)\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex RolloutBefore();

    /// <summary>Between the last figure and this one only an opened bracket: "新增 7 个（P1 1个、P2 2个", "312 个（其中致命 2".</summary>
    [GeneratedRegex(@"^[^（(）)，,；;。]{0,4}[（(][^（(）)]*$")]
    private static partial Regex OpenBreakdown();

    /// <summary>
    /// The end of a chain of three or more figures joined by arrows ("staged 10% → 50% → 100%", "5 → 20 → 50 个灰度节点"):
    /// a rollout or plan in steps, not one change of a measure; null when the change is a single step.
    /// </summary>
    private static int? ChainEnd(string masked, Match change)
    {
        var next = NextStep().Match(masked, change.Index + change.Length);
        return next.Success ? next.Index + next.Length : null;
    }

    [GeneratedRegex(@"\G(?:\s*(?:→|->|=>)\s*[$¥￥£€]?\s*(?:" + Num + @")\s*(?:" + Unit + @")?)+")]
    private static partial Regex NextStep();

    /// <summary>
    /// "值班人员本周处理工单 316 张", "The on-call team handled 41 tickets": staff doing work is activity, also under a
    /// metrics heading (a rate of work such as "人均处理" stays a measure; see IsDoneWorkCount).
    /// </summary>
    private static bool IsStaffWork(string text, Match m)
    {
        var (clauseStart, _) = TextSpans.ClauseAt(text, m.Index);
        var before = text.AsSpan(clauseStart, m.Index - clauseStart);
        return StaffWord().IsMatch(before) && DoneVerb().IsMatch(before) && !MeasureName().IsMatch(before);
    }

    /// <summary>
    /// "Closed the Northwind renewal ($220K ARR)", "Signed Contoso for $80k", "签下华东区续约（120 万元）": a clause that opens
    /// with a deal won tells news; its amount is the deal's size, not a measure ("Closed-won ARR: $450K" is a label and stays).
    /// </summary>
    [GeneratedRegex(@"\G[\s*_\-•·]*(?:(?<![A-Za-z])(?:closed|won|signed|booked|landed)\s+(?!won\b)(?:(?:the|a|an|our)\s+)?[A-Za-z][^:：\d]*$|(?:签下|拿下|赢得|签约了?)[^:：\d]*$)", RegexOptions.IgnoreCase)]
    private static partial Regex DealWonLead();

    private static bool DealWon(string text, Match m) =>
        (m.Groups["cur"].Success || m.Groups["unit"].Value.EndsWith('元')) && DealWonLead().IsMatch(text[..m.Index], TextSpans.ClauseAt(text, m.Index).Start);
}
