using System.Text.RegularExpressions;

namespace Summarizer.Text;

/// <summary>
/// Which way a measure is good — the one vocabulary the engine's target check (MetricRule) and the digest's key-metric
/// choice (KeyMetricSelection) share. Lower is better when the target's operator says so ("≤ 0.5%", "&lt; 200 ms"), else
/// when the measure is a time (unit ms/s/min/h/秒/分钟/小时, or a name such as latency, 耗时, MTTR), a failure or
/// complaint count (error, failure, incident, alert, defect, churn, 故障, 告警, 投诉, 流失, 坏账 …) or money going out
/// (cost, spend, budget, burn, 成本, 费用, 支出, 预算 …). A higher-is-better word (fixed, resolved, coverage, uptime, 修复,
/// 解决, 关闭, 可用 …) outweighs a failure word ("bug 修复率", "incidents resolved") but never a time ("修复时长").
/// Sources: the two lists the engine and digest held until rules-11 (their union), SRE usage (latency, error rate,
/// MTTR, pages are budgets to keep low; availability and coverage to keep high) and common 周报 wording.
/// </summary>
public static partial class MetricDirection
{
    /// <summary>
    /// True when a lower value of the measure is better. <paramref name="name"/> is the metric's name,
    /// <paramref name="unit"/> its unit as extracted ("ms", "%", "万元", or null), <paramref name="target"/> the stated
    /// target text ("≤ 0.5%", "420 万元", or null): an operator in it decides before any word does.
    /// </summary>
    public static bool LowerIsBetter(string name, string? unit = null, string? target = null)
    {
        var op = Operator().Match(target ?? "");
        if (op.Success) return op.Value[0] is '≤' or '<';
        bool time = TimeUnit().IsMatch(unit ?? "") || TimeWord().IsMatch(name);
        if (time) return true;
        return LowerWord().IsMatch(name) && !HigherWord().IsMatch(name);
    }

    [GeneratedRegex(@"[≤≥<>]")]
    private static partial Regex Operator();

    [GeneratedRegex(@"^\s*(?:ms|毫秒|s|sec|secs|秒|min|mins|分钟|h|hr|hrs|小时)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeUnit();

    [GeneratedRegex(@"延迟|时延|耗时|时长|响应时间|处理时间|等待时间|(?<![A-Za-z])(?:latency|p9\d|mtt[rdaf]|rt$|response\s+time|time\s+to|lead\s+time|cycle\s+time|duration|downtime)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWord();

    [GeneratedRegex(@"错误|失败|差错|超时|故障|告警|报警|投诉|客诉|流失|坏账|缺陷|逾期|积压|降至|降低至|不高于|成本|费用|支出|开支|花费|预算|" +
        @"(?<![A-Za-z])(?:errors?|fail|failures?|failed|timeouts?|incidents?|outages?|alerts?|paged|pages(?!\s+view)|churn|complaints?|backlog|defects?|bugs?|escalations?|spend|spent|cost|costs|expenses?|budget|burn)", RegexOptions.IgnoreCase)]
    private static partial Regex LowerWord();

    [GeneratedRegex(@"修复|解决|关闭|闭环|清零|可用|覆盖|拦截|(?<![A-Za-z])(?:fixed|resolved|closed|triaged|caught|coverage|uptime|availability|savings?|saved)", RegexOptions.IgnoreCase)]
    private static partial Regex HigherWord();
}
