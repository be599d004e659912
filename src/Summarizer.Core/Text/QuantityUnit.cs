namespace Summarizer.Text;

/// <summary>
/// The grammar of a number as reports write it and of the unit right after it ("2150万笔", "1.2k users", "$3M",
/// "99.9%", "245 ms"). One definition for the offline metric rule and the verifier, so a multiplier counts for both
/// only when it is written right after its number (a space allowed), never from a letter elsewhere in the line
/// ("MySQL 8.0" is not 8 M, "Kafka 3.7 upgrade" is not 3.7 k).
/// </summary>
internal static class QuantityUnit
{
    /// <summary>A decimal number, with or without thousands separators: "1,386", "1386", "99.993".</summary>
    public const string Number = @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?";

    /// <summary>
    /// A unit written right after a number: an optional multiplier (万, 亿, 千, 百万, k, K) before a counted unit,
    /// a multiplier alone, or a Latin unit not glued to a further letter or digit ("M users" yes, "K8s" no).
    /// </summary>
    public const string Pattern = @"(?:百万|千|万|亿|k|K)?(?:%|‰|毫秒|秒|分钟|小时|人次|家次|人|笔|城|家|个|次|单|户|台|条|件|元|起|例|项|张)|百万元|千元|万元|亿元|百万|千|万|亿" +
        @"|(?:Gbps|Mbps|Kbps|Tbps|ms|sec|secs|s|mins?|min|hrs?|h|k|K|M|B|GB|TB|MB|PB|QPS|TPS|RPS|users?|customers?|orders?|transactions?|requests?|merchants?|cities|tickets?)(?![A-Za-z0-9])";

    /// <summary>
    /// What a unit multiplies its number by: 万 10⁴, 亿 10⁸, 千/k/K 10³, 百万/M 10⁶, B 10⁹, % 0.01 (a share may be
    /// stated as 0.7 or as 70 %); 1 for every other unit and for none.
    /// </summary>
    public static decimal Multiplier(string? unit) => unit switch
    {
        null or "" => 1m,
        "M" => 1_000_000m,
        "B" => 1_000_000_000m,
        "%" => 0.01m,
        _ when unit.StartsWith("百万", StringComparison.Ordinal) => 1_000_000m,
        _ => unit[0] switch
        {
            '万' => 10_000m,
            '亿' => 100_000_000m,
            '千' or 'k' or 'K' => 1_000m,
            _ => 1m,
        },
    };
}
