using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Severity of an item: an explicit marker in the text wins (【高】, 🔴, Red, P0, critical, 严重; 【中】, 🟡, Amber;
/// 【低】, 🟢), then what happened (incident length, money or transactions affected), then the kind's default.
/// </summary>
internal static partial class SeverityRule
{
    /// <summary>The severity the text states outright, or null.</summary>
    public static Severity? Explicit(string text)
    {
        if (High().IsMatch(text)) return Severity.High;
        if (Medium().IsMatch(text)) return Severity.Medium;
        if (Low().IsMatch(text)) return Severity.Low;
        return null;
    }

    /// <summary>True when a RAG status or severity marker flags the text as a risk even without a risk word.</summary>
    public static bool HasRiskMarker(string text) => RiskMarker().IsMatch(text);

    public static Severity ForIncident(string text, int? durationMinutes, string? impact)
    {
        if (Explicit(text) is { } stated) return stated;
        if (durationMinutes >= 60) return Severity.High;
        if (impact is not null && MoneyOrTransactions().IsMatch(impact)) return Severity.High;
        return Severity.Medium;
    }

    public static Severity ForRisk(string text, bool contained) => Explicit(text) ?? (contained ? Severity.Low : Severity.Medium);

    public static Severity ForDelay(string text) => Explicit(text) ?? Severity.Medium;

    [GeneratedRegex(@"【\s*(?:高|严重|紧急|P0)\s*】|[\[(（]\s*(?:高|High|HIGH|Critical|P0)\s*[\])）]|🔴|(?<![A-Za-z])(?:Red|RED|P0|critical|Critical|CRITICAL|blocker|Blocker|sev-?1|Sev-?1|SEV-?1)(?![A-Za-z0-9])|(?<!不)严重|(?<!不)紧急")]
    private static partial Regex High();

    [GeneratedRegex(@"【\s*中\s*】|[\[(（]\s*(?:中|Medium|MEDIUM|Med|P1|P2)\s*[\])）]|🟡|🟠|(?<![A-Za-z])(?:Amber|AMBER|Yellow|YELLOW)(?![A-Za-z])")]
    private static partial Regex Medium();

    [GeneratedRegex(@"【\s*低\s*】|[\[(（]\s*(?:低|Low|LOW|P3)\s*[\])）]|🟢|(?<![A-Za-z])(?:Green|GREEN)(?![A-Za-z])")]
    private static partial Regex Low();

    // Codes such as P0 or words such as "critical" grade a risk but do not make one: "完成P0银行意向确认" is not a risk.
    [GeneratedRegex(@"【\s*(?:高|中|低|严重)\s*】|[\[(（]\s*(?:高|中|低|High|HIGH|Medium|MEDIUM|Low|LOW)\s*[\])）]|🔴|🟡|🟠|(?<![A-Za-z])(?:Red|RED|Amber|AMBER)(?![A-Za-z])")]
    private static partial Regex RiskMarker();

    [GeneratedRegex(@"笔|元|万|亿|交易|出金|入金|支付|付款|退款|结算|记账|[$¥￥]|(?<![A-Za-z])(?:payments?|transactions?|orders?|charges?|refunds?|revenue)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyOrTransactions();
}
