using System.Text.RegularExpressions;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Severity of an item: an explicit marker in the text wins and is never lowered by a later step, in both languages:
/// high = 【高】, [High], "Severity: high", 风险等级：高, 🔴, Red, P0/P1, Sev1/Sev2, critical, blocker, 严重, 紧急 (not 紧急变更/紧急发布/紧急上线, which name a kind of change);
/// medium = 【中】, [Medium], "Severity: medium", 🟡/🟠, Amber, P2, Sev3; low = 【低】, [Low], 🟢, Green, P3, Sev4.
/// P1 and Sev2 count as high because incident scales put them one step below "all hands" and above "planned work".
/// Then what happened (incident length, money or transactions affected), then the kind's default.
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

    /// <summary>
    /// The severity an engine (rules or model) assigned, raised to what the team's own text marks (quote first, then
    /// summary): a marker is a floor no engine lowers. Only a team's review may set a lower one later.
    /// </summary>
    public static Severity? Floor(Severity? assigned, string quote, string summary)
    {
        var stated = Explicit(quote) ?? Explicit(summary);
        if (stated is null) return assigned;
        if (assigned is null) return stated;
        return (Severity)Math.Min((int)stated.Value, (int)assigned.Value); // High = 0 in the enum
    }

    /// <summary>
    /// Rank within "high" by the incident scale the team wrote: 0 for the top grade (P0, Sev0/Sev1), 1 for the next
    /// (P1, Sev2), 2 for any other text. Both grades are high (see the class), but a head reads P0 before 【高】 or P1.
    /// </summary>
    public static int ScaleGrade(string text) => TopGrade().IsMatch(text) ? 0 : NextGrade().IsMatch(text) ? 1 : 2;

    [GeneratedRegex(CodeBefore + "P0|(?i:sev-?[01])" + CodeAfter)]
    private static partial Regex TopGrade();

    [GeneratedRegex(CodeBefore + "P1|(?i:sev-?2)" + CodeAfter)]
    private static partial Regex NextGrade();

    /// <summary>
    /// <paramref name="text"/> without its severity markers (【高】, [High], "Severity: high", 🔴, "is Red", a leading
    /// "P0:"), so a summary does not repeat what the badge beside it says. Words such as 严重 in a sentence stay.
    /// </summary>
    public static string Strip(string text)
    {
        // Twice: "is 🔴 Red" only reads as "is Red" once the dot is gone.
        var stripped = text;
        for (int pass = 0; pass < 2; pass++) stripped = Spaces().Replace(EmptyBrackets().Replace(Marker().Replace(stripped, " "), " "), " ").Trim();
        stripped = stripped.Trim(' ', ':', '：', '-', '—', ',', '，', ';', '；');
        // "Severity: high. Vendor contract expires…" leaves the label's own full stop in front.
        stripped = stripped.TrimStart('.', '。', '、', ' ');
        return stripped.Length == 0 ? text : stripped;
    }

    /// <summary>
    /// True when the text is graded high or medium by a marker (【高】, "Severity: high", P0, Sev2, 🔴, Amber), not only by a
    /// word of the sentence (严重, 紧急, critical, blocker), which describes rather than grades, nor by a code inside the
    /// sentence ("完成P0和P1银行意向确认"): a code grades the line it opens ("P0: …", "P0 finding: …").
    /// </summary>
    public static bool IsGraded(string text) => Explicit(GradeWord().Replace(text, " ")) is Severity.High or Severity.Medium;

    [GeneratedRegex(@"(?<!不)严重|(?<!不)紧急(?!变更|发布|上线|版本)|(?<![A-Za-z])(?:critical|Critical|CRITICAL|blocker|Blocker)(?![A-Za-z0-9])|(?<!^[\s*_\-]*)(?<![A-Za-z0-9])(?:P[0-3]|(?i:sev-?[1-4]))(?![A-Za-z0-9])")]
    private static partial Regex GradeWord();

    /// <summary>True when a RAG status or severity marker (🔴 🟡 🟠 Red Amber 【高】, ⛔/🚫 blocked, ⚠️ warning) flags the text as a risk even without a risk word.</summary>
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

    // "Severity: high", "Sev: high", "Priority - High", "风险等级：高", "严重程度: 高", "优先级：高".
    private const string Label = @"(?:(?i:severity|sev|priority|risk\s*level|impact)\s*[:：=\-]?\s*|(?:严重程度|严重级别|风险等级|风险级别|优先级|级别|等级)\s*[:：]?\s*)";

    // A bare priority code grades the line it heads ("P0 故障", "Status: Sev2") but not a count of things
    // ("Open P1 bugs: 2", "修复3个P1缺陷"): not after a word or a number, not before bugs, issues, tickets.
    // "This was a Sev1.", "rated P2": a code the sentence says the incident was graded as grades it too.
    private const string CodeBefore = @"(?:(?<![A-Za-z0-9]\s?|\d\s*[个项条]\s*)|(?<=(?<![A-Za-z])(?i:was|is|as|rated|graded|declared)\s+(?:(?i:an?)\s+)?))(?:";
    private const string CodeAfter = @")(?![A-Za-z0-9])(?!\s*(?:bugs?|issues?|tickets?|defects?|缺陷|工单|问题|单))";

    [GeneratedRegex(@"【\s*(?:高|严重|紧急|P0|P1)\s*】|[\[(（]\s*(?:高|High|HIGH|Critical|P0|P1)\s*[\])）]|" + Label + @"(?:高|(?i:high|critical))|🔴|(?<![A-Za-z])(?:Red|RED|critical|Critical|CRITICAL|blocker|Blocker)(?![A-Za-z0-9])|" + CodeBefore + "P0|P1|(?i:sev-?[12])" + CodeAfter + @"|(?<!不)严重|(?<!不)紧急(?!变更|发布|上线|版本)|[,，]\s*(?i:high)\s*[.。]?\s*$")]
    private static partial Regex High();

    [GeneratedRegex(@"【\s*中\s*】|[\[(（]\s*(?:中|Medium|MEDIUM|Med|P2)\s*[\])）]|" + Label + @"(?:中|(?i:medium|moderate))|🟡|🟠|(?<![A-Za-z])(?:Amber|AMBER|Yellow|YELLOW)(?![A-Za-z0-9])|" + CodeBefore + "P2|(?i:sev-?3)" + CodeAfter + @"")]
    private static partial Regex Medium();

    [GeneratedRegex(@"【\s*低\s*】|[\[(（]\s*(?:低|Low|LOW|P3)\s*[\])）]|" + Label + @"(?:低|(?i:low|minor))|🟢|(?<![A-Za-z])(?:Green|GREEN)(?![A-Za-z0-9])|" + CodeBefore + "P3|(?i:sev-?4)" + CodeAfter + @"")]
    private static partial Regex Low();

    // What Strip removes: bracketed grades, labelled grades, RAG dots and words used as a status, leading codes.
    [GeneratedRegex(@"【\s*(?:高|中|低|严重|紧急|P[0-3])\s*】|[\[(（]\s*(?:高|中|低|High|HIGH|Medium|MEDIUM|Med|Low|LOW|Critical|P[0-3]|(?i:sev-?[1-4]))\s*[\])）]|" + Label + @"(?:高|中|低|(?i:high|medium|moderate|low|minor|critical))(?![A-Za-z])|(?:\b(?:is|status|RAG)\s*[:：]?\s*)?(?:(?:🔴|🟡|🟠|🟢)\uFE0F?\s*)?(?<![A-Za-z])(?:Red|RED|Amber|AMBER|Green|GREEN)(?![A-Za-z])(?=\s*(?:$|[.,;:，；。)]))|(?:🔴|🟡|🟠|🟢)\uFE0F?|^\s*(?:P[0-3]|(?i:sev-?[1-4]))\s*(?:(?i:(?:risk|issue|incident|bug|finding)s?)|风险|问题|故障|事件|缺陷)?\s*[:：\-]\s*|^\s*(?:(?i:risk|issue|incident)|风险|问题|故障)\s*[\[(（]\s*(?:P[0-3]|(?i:sev-?[1-4]|high|medium|low)|高|中|低)\s*[\])）]\s*[:：\-]\s*", RegexOptions.Multiline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"[(（\[【]\s*[)）\]】]")]
    private static partial Regex EmptyBrackets();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    // Codes such as P0 or words such as "critical" grade a risk but do not make one: "完成P0银行意向确认" is not a risk.
    [GeneratedRegex(@"【\s*(?:高|中|低|严重)\s*】|[\[(（]\s*(?:高|中|低|High|HIGH|Medium|MEDIUM|Low|LOW)\s*[\])）]|🔴|🟡|🟠|⛔|🚫|⚠|❌|(?<![A-Za-z])(?:Red|RED|Amber|AMBER)(?![A-Za-z])")]
    private static partial Regex RiskMarker();

    [GeneratedRegex(@"笔|元|万|亿|交易|出金|入金|支付|付款|退款|结算|记账|[$¥￥]|(?<![A-Za-z])(?:payments?|transactions?|orders?|charges?|refunds?|revenue)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyOrTransactions();
}
