using Summarizer.Digest;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>
/// Asks written where teams write them, under progress headings, in both languages, run through the real offline
/// pipeline: a department head finds each in "Needs your decision" with what is asked (the object of the request)
/// and by when (the deadline, never the start of an outage); the team's own next-week plans are no asks.
/// </summary>
public sealed class AsksUnderProgressTests : IAsyncLifetime
{
    private const string Week = "2024-W26";

    private const string Settlement = """
        # 结算组周报

        ## 本周进展
        - 对账平台二期完成联调，进入UAT。
        - 待审批：与XX银行的直连专线合同（年费¥36万），需7月5日前签署，否则7月15日上线推迟。
        - 需要支持：协调DBA组在7月10日前完成核心库扩容评审。
        - 新清算规则需要风控委员会决策，截止7月8日。
        - 厂商补丁尚未提供，7月12日审计截止。
        - 清算核心服务器维保7月31日到期，续保审批未完成。

        ## 下周计划
        - 下周计划提交Q3预算申请，待财务审批。
        - 完成UAT回归。
        """;

    private const string DataPlatform = """
        # Data Platform weekly report

        ## Progress this week
        - Migrated 14 pipelines to the new scheduler.
        - Waiting for approval from Finance on the $120k GPU cluster purchase; the order must be placed by Jul 10.
        - Need sign-off by Friday on the data retention policy.
        - The vendor's export API has returned errors since Jul 1; the vendor has not shipped a fix and our regulator filing is due Jul 12.
        - The data-center lease renewal approval is still outstanding; the lease ends on Aug 15.

        ## Next week
        - Next week we will request budget approval for the Q3 archive tier.
        - Finish the scheduler migration.
        """;

    private readonly TempFolder _input = new();
    private PipelineHarness _harness = null!;
    private IReadOnlyList<DecisionAsk> _asks = [];
    private string _digest = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_input.Path, Week));
        await File.WriteAllTextAsync(Path.Combine(_input.Path, Week, "settlement.md"), Settlement);
        await File.WriteAllTextAsync(Path.Combine(_input.Path, Week, "data-platform.md"), DataPlatform);
        _harness = new PipelineHarness();
        var outcome = await _harness.RunAsync(Week, _input.Path);
        Assert.Equal(Summarizer.Store.RunState.Succeeded, outcome.Run.State);
        var items = await _harness.Store.GetItemsAsync(new Summarizer.Store.ItemQuery(Week: Week));
        _asks = DecisionAsks.Find(DigestEntries.Prepare(items), IsoWeek.Parse(Week));
        // The full digest lists every ask; the mail shows the first DigestLayout.MailAsks and says how many more.
        _digest = await File.ReadAllTextAsync(Path.Combine(outcome.OutDir, "digest-full.md"));
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        _input.Dispose();
    }

    // What a careful reader lists as the week's asks: what is asked (a phrase that must stay in the ask) and by when.
    public static TheoryData<string, string, string> Expected => new()
    {
        { "settlement", "直连专线合同", "2024-07-05" },
        { "settlement", "核心库扩容评审", "2024-07-10" },
        { "settlement", "新清算规则", "2024-07-08" },
        { "settlement", "厂商补丁", "2024-07-12" },
        { "settlement", "续保审批", "2024-07-31" },
        { "data-platform", "$120k GPU cluster purchase", "2024-07-10" },
        { "data-platform", "data retention policy", "2024-07-05" }, // "by Friday": the Friday of the week the digest is read
        { "data-platform", "regulator filing", "2024-07-12" },      // the deadline, not "since Jul 1"
        { "data-platform", "lease renewal approval", "2024-08-15" },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void EachAsk_SaysWhatIsAsked_AndByWhen(string team, string what, string due)
    {
        var ask = Assert.Single(_asks, a => a.Item.Team == team && a.Text.Contains(what, StringComparison.Ordinal));
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), ask.Due);
    }

    [Fact]
    public void TheDecisionBlock_HoldsTheAsksAndNothingElse()
    {
        Assert.Equal(Expected.Count, _asks.Count);
        var block = Section(_digest, "## ");
        foreach (var row in Expected) Assert.Contains((string)row[1], block, StringComparison.Ordinal);
        Assert.Contains("2024-07-12", block, StringComparison.Ordinal);
        Assert.DoesNotContain("Q3", block, StringComparison.Ordinal);          // next week's own plans are no asks
        Assert.DoesNotContain("14 pipelines", block, StringComparison.Ordinal); // progress is no ask
    }

    /// <summary>The text of the digest's decision section (its heading is the first "## " after the summary).</summary>
    private static string Section(string markdown, string heading)
    {
        var parts = markdown.Split("\n" + heading);
        return Assert.Single(parts, p => p.StartsWith("需要您决策", StringComparison.Ordinal) || p.StartsWith("Needs your decision", StringComparison.Ordinal));
    }
}
