using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Extraction.Offline;

namespace Summarizer.Digest;

/// <summary>
/// Orders items for executives: severity first (as verified, or as a team's review set it), then the size of the
/// impact, then the incident scale the team wrote (P0/Sev1, then P1/Sev2, then other marks: a 5-minute P0 with no
/// customer impact does not outrank a 6-hour P1 that locked out 50,000 users), and the rest — downtime, money, customers and counts affected, a deadline — then where they were written.
/// </summary>
public static partial class ItemRanking
{
    public static IOrderedEnumerable<ExtractedItem> Ranked(this IEnumerable<ExtractedItem> items) =>
        items.OrderByDescending(Weight).ThenByDescending(Impact).ThenBy(i => SeverityRule.ScaleGrade(WithoutTallies(i.Source.Quote))).ThenBy(i => i.Team, StringComparer.Ordinal).ThenBy(i => i.Source.Line);

    /// <summary>
    /// 3 for high, 2 for medium, 1 for low, 0 for none. A high that only a tallied or negated incident grade gave
    /// ("本周无P0故障，发生P1故障1起", "No P0 this week; 2 Sev2 incidents") weighs as medium: the line counts incidents that
    /// "What went wrong" lists, it is no top risk. A severity the team confirmed in review is kept as it is.
    /// </summary>
    public static int Weight(ExtractedItem item) => item.Severity switch
    {
        Severity.High when item.Status != ReviewStatus.Confirmed && OnlyTalliedGrade(item.Source.Quote) => 2,
        Severity.High => 3,
        Severity.Medium => 2,
        Severity.Low => 1,
        _ => 0,
    };

    private static bool OnlyTalliedGrade(string quote) =>
        SeverityRule.Explicit(quote) == Severity.High && Tally().IsMatch(quote) && SeverityRule.Explicit(WithoutTallies(quote)) != Severity.High;

    /// <summary>The text with negated and counted incident grades ("无P0故障", "P1故障1起", "2 Sev2 incidents") blanked out.</summary>
    private static string WithoutTallies(string text) => Tally().Replace(text, " ");

    // Negated: 无/没有/未发生/零/0 P0, "no P0", "zero Sev1"; counted: "P1故障1起", "1起P1故障", "2 P1 incidents", "Sev2 incidents: 3".
    [GeneratedRegex(@"(?:无|没有|未发生|未出现|零|(?<![\d.])0\s*(?:起|个|次)?)\s*(?:P[0-2]|(?i:sev-?[0-3]))(?:\s*级)?(?:\s*(?:故障|事故|事件|告警))?" +
        @"|(?:P[0-2]|(?i:sev-?[0-3]))\s*级?\s*(?:故障|事故|事件)\s*[:：]?\s*\d+\s*(?:起|次|个)" +
        @"|\d+\s*(?:起|次|个)\s*(?:P[0-2]|(?i:sev-?[0-3]))\s*级?\s*(?:故障|事故|事件)?" +
        @"|(?i:\b(?:no|zero|0)\s+(?:P[0-2]|sev-?[0-3])\b(?:\s+(?:incidents?|outages?|issues?))?|\b\d+\s+(?:P[0-2]|sev-?[0-3])\s+(?:incidents?|outages?)|\b(?:P[0-2]|sev-?[0-3])\s+(?:incidents?|outages?)\s*[:：=]\s*\d+)")]
    private static partial Regex Tally();

    /// <summary>
    /// A score of impact: minutes of downtime, plus log10 of money and of affected counts (so $1M ≈ 6, 217 payments ≈ 2.3),
    /// plus 2 when a deadline is at stake. Comparable within one severity only.
    /// </summary>
    public static double Impact(ExtractedItem item)
    {
        double minutes = item.Incident?.DurationMinutes ?? 0;
        var text = (item.Incident?.Impact ?? "") + " " + item.Source.Quote;
        double affected = 0, money = 0;
        foreach (Match m in Count().Matches(text))
            affected = Math.Max(affected, Number(m.Groups["n"].Value) * Scale(m.Groups["s"].Value));
        foreach (Match m in Money().Matches(text))
            money = Math.Max(money, Number(m.Groups["n"].Value) * Scale(m.Groups["s"].Value));
        double deadline = Deadline().IsMatch(text) ? 2 : 0;
        return minutes + Math.Log10(1 + affected) + Math.Log10(1 + money) + deadline;
    }

    private static double Number(string s) =>
        double.TryParse(s.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static double Scale(string s) => s.ToLowerInvariant() switch
    {
        "k" => 1e3, "万" => 1e4, "m" or "mn" or "million" => 1e6, "亿" => 1e8, "b" or "bn" or "billion" => 1e9, _ => 1,
    };

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<s>万|亿|k|K)?\s*(?:笔|人|户|单|家|个|位|名|客户|商户|用户|users|orders|transactions|customers|merchants|accounts|requests|payments|clients|stores)", RegexOptions.IgnoreCase)]
    private static partial Regex Count();

    [GeneratedRegex(@"(?:[$¥￥€£]\s*(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<s>k|m|mn|million|b|bn|billion|万|亿)?(?![A-Za-z])|(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<s>万|亿)?\s*(?:元|美元|人民币|(?i:usd|dollars|rmb|cny)))", RegexOptions.IgnoreCase)]
    private static partial Regex Money();

    [GeneratedRegex(@"截止|到期|之前|审计|合同|(?i:deadline|due\s|audit|contract|expires?|go-?live)")]
    private static partial Regex Deadline();
}
