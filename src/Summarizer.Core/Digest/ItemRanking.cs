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
        items.OrderByDescending(Weight).ThenByDescending(Impact).ThenBy(i => SeverityRule.ScaleGrade(i.Source.Quote)).ThenBy(i => i.Team, StringComparer.Ordinal).ThenBy(i => i.Source.Line);

    public static int Weight(ExtractedItem item) => item.Severity switch
    {
        Severity.High => 3,
        Severity.Medium => 2,
        Severity.Low => 1,
        _ => 0,
    };

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
