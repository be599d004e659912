using Summarizer.Extraction.Offline;

namespace Summarizer.Tests.Extraction;

/// <summary>
/// A tester's terse Markdown update (rules-11): blocks titled by a bare line with no <c>#</c> and no colon ("Done",
/// "Blocked / at risk", "Next week") directly over their list, and the shorthand slip "X: was D1, now D2". Invented
/// examples, report week 2024-W26; expected items are what a careful reader lists.
/// </summary>
public sealed class TerseUpdateRules11Tests
{
    private const string Update = """
        ## Web — week 26

        Shipped
        - Checkout v3 live for all EU shops
        - Image CDN cut-over finished

        Stuck / at risk
        - SSO rollout waiting on the identity team, no reply since Tuesday
        - Only one engineer knows the payment adapter

        Late
        - Gift cards: was Jun 21, now Jul 5 (vendor sandbox down)

        Coming week
        - Start the search relevance test
        - Hand over the adapter runbook to Mia
        """;

    [Fact]
    public void Extract_BareTitlesOverTheirLists_GiveEachListItsRole()
    {
        var items = ReportUnits.Extract(Update);

        Assert.Equal(["Start the search relevance test", "Hand over the adapter runbook to Mia"],
            items.Where(i => i.Kind == ItemKind.Plan).Select(i => i.Quote));
        Assert.Equal(2, items.Count(i => i.Kind == ItemKind.Risk && i.Quote.StartsWith("SSO", StringComparison.Ordinal) | i.Quote.StartsWith("Only one", StringComparison.Ordinal)));
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk && i.Quote.StartsWith("Checkout", StringComparison.Ordinal));
        // The titles themselves are no items: a title is not a risk, and "Late" is no empty delay.
        Assert.DoesNotContain(items, i => i.Quote is "Stuck / at risk" or "Late" or "Shipped" or "Coming week");
    }

    [Theory]
    [InlineData("Gift cards: was Jun 21, now Jul 5 (vendor sandbox down)", "2024-06-21", "2024-07-05")]
    [InlineData("- Partner API: was 6/24, now 7/8", "2024-06-24", "2024-07-08")]
    public void Extract_LabelWasDateNowDate_IsASlipBetweenThem(string line, string from, string to)
    {
        var delay = Assert.Single(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay).Delay!;

        Assert.Equal((from, to), (delay.From, delay.To));
    }

    [Theory]
    [InlineData("Android share at 20%\n- rollout paused on two device families")] // a line with a figure is a statement, not a title
    [InlineData("This week we finished the move and\n- the old racks are gone")]   // longer than a title
    public void Extract_StatementOverAList_StaysALine(string text)
    {
        var units = ReportUnits.Units("## Notes\n\n" + text);

        Assert.DoesNotContain(units, u => u.PathText.Contains(text.Split('\n')[0], StringComparison.Ordinal));
    }
}
