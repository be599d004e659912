namespace Summarizer.Tests.Extraction;

/// <summary>
/// Round-4 kinds on a fresh tester's reports (rules-12), pinned with invented examples and what a careful reader lists:
/// a problem closed in the same line ("…are all settled; no open items", "…，已重启解决") is no risk; an ask that opens with
/// the verb after an "Ask:" label, dates its deadline the ISO way, puts "required" after the sign-off, or names who
/// decides between 需要 and 决定 is an ask with its due date; "by end of next week" is the Friday of the week after the
/// report's.
/// </summary>
public sealed class RiskAskRound4Rules12Tests
{
    // ---- a problem closed in the same line

    [Theory]
    [InlineData("Billing disputes raised in September are now settled; no open items.")]
    [InlineData("The licence true-up questions were all settled with the vendor.")]
    [InlineData("Partner onboarding tickets: no outstanding items after Tuesday's review.")]
    [InlineData("Kafka 磁盘告警，已扩容解决")]
    [InlineData("网关偶发 502，已重启恢复")]
    public void Extract_ProblemClosedInTheSameLine_IsNoRisk(string line)
    {
        var items = ReportUnits.ExtractLine($"- {line}", "Risks and issues", "2026-W48");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("Billing disputes from September are not settled yet and may delay the audit.")]
    [InlineData("Kafka 磁盘告警仍未解决，可能影响下周大促")]
    public void Extract_ProblemNotYetClosed_StaysARisk(string line)
    {
        var items = ReportUnits.ExtractLine($"- {line}", "Risks and issues", "2026-W48");

        Assert.Contains(items, i => i.Kind == ItemKind.Risk);
    }

    // ---- asks a head must decide, with their due date (report week 2026-W48: Mon 2026-11-23)

    [Theory]
    [InlineData("Please approve two extra QA contractors by 2026-12-11.", "2026-12-11")]
    [InlineData("Director sign-off required on the hosting renewal before 12/9.", "2026-12-09")]
    [InlineData("Ask: approve the 2027 observability budget by Dec 11.", "2026-12-11")]
    [InlineData("需要CFO在12月11日前决定数据中心选址。", "2026-12-11")]
    [InlineData("Decision needed: whether to freeze the release train, by end of next week.", "2026-12-04")]
    public void Extract_AskToTheHead_IsAnAskWithItsDueDate(string line, string due)
    {
        var items = ReportUnits.ExtractLine($"- {line}", "Asks", "2026-W48");

        var ask = Assert.Single(items, i => i.Kind == ItemKind.Risk);
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ask.Due);
    }

    [Theory]
    [InlineData("Leadership sign-off was given on the hosting renewal on 12/2.")]
    [InlineData("需要在12月11日前完成数据中心巡检。")]
    public void Extract_NoAsk_IsNoAsk(string line)
    {
        var items = ReportUnits.ExtractLine($"- {line}", "Progress", "2026-W48");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk && i.Due is not null);
    }
}
