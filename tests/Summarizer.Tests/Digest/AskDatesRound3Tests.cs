using Summarizer.Digest;
using Summarizer.Tests.Extraction;

namespace Summarizer.Tests.Digest;

/// <summary>
/// Ask dates and slip direction (issue 12, round 3; tester t7b findings 3, 4, 7), on invented lines in a late-November
/// week (2026-W48, Nov 23–29) unless a case says otherwise, with what a careful reader lists: a deadline without a year
/// is the next such day (a day of the last two weeks stays past: overdue); a month deadline is that month's last day on
/// the item too; "planned for X, delayed from Y" moved from Y to X.
/// </summary>
public sealed class AskDatesRound3Tests
{
    private const string LateNovember = "2026-W48";

    [Theory]
    [InlineData("- 请领导在7月8日前批准灾备扩容预算。", 2027, 7, 8)]
    [InlineData("- We ask leadership to approve the archive storage budget before Jul 8.", 2027, 7, 8)]
    [InlineData("- Need sign-off from Finance on the courier contract by Jan 15.", 2027, 1, 15)]
    [InlineData("- 需要财务审批新机房合同，截止1月5日。", 2027, 1, 5)]
    public async Task ADayDeadlineWithoutAYear_IsTheNextSuchDay(string line, int year, int month, int day)
    {
        var items = await ReportUnits.PublishedAsync("# Weekly\n\n## Asks\n\n" + line + "\n", LateNovember);

        var ask = Assert.Single(DecisionAsks.Find(items, IsoWeek.Parse(LateNovember)));
        Assert.Equal((new DateOnly(year, month, day), false), (ask.Due!.Value, ask.Overdue));
        Assert.Equal(new DateOnly(year, month, day), ask.Item.Due);
    }

    [Theory]
    [InlineData("- 请领导在11月20日前批准备件采购。", 11, 20)]
    [InlineData("- We ask Finance to approve the temp staff budget by Nov 16.", 11, 16)]
    public async Task ADayDeadlineOfTheLastTwoWeeks_StaysPast_AndIsOverdue(string line, int month, int day)
    {
        var items = await ReportUnits.PublishedAsync("# Weekly\n\n## Asks\n\n" + line + "\n", LateNovember);

        var ask = Assert.Single(DecisionAsks.Find(items, IsoWeek.Parse(LateNovember)));
        Assert.Equal((new DateOnly(2026, month, day), true), (ask.Due!.Value, ask.Overdue));
    }

    [Theory]
    [InlineData("- Need a decision on the log retention policy by end of July.", "2024-W26", 2024, 7, 31)]
    [InlineData("- 需要支持：7月底前协调网络组完成专线割接。", "2024-W26", 2024, 7, 31)]
    [InlineData("- 打印机维保合同7月到期，需审批续签。", "2024-W26", 2024, 7, 31)]
    [InlineData("- Need a decision on the badge vendor by end of July.", LateNovember, 2027, 7, 31)]
    [InlineData("- 安全扫描服务合同3月到期，需审批续签。", LateNovember, 2027, 3, 31)]
    public async Task AMonthDeadline_IsTheMonthsLastDay_OnTheItemAndInTheDigest(string line, string week, int year, int month, int day)
    {
        var items = await ReportUnits.PublishedAsync("# Weekly\n\n## Asks\n\n" + line + "\n", week);

        var ask = Assert.Single(DecisionAsks.Find(items, IsoWeek.Parse(week)));
        Assert.Equal(new DateOnly(year, month, day), ask.Item.Due);
        Assert.Equal((new DateOnly(year, month, day), DuePrecision.Month), (ask.Due!.Value, ask.Precision));
    }

    [Theory]
    [InlineData("Checkout 4.1 planned for Dec 10, delayed from Nov 28 due to a payment provider slip.", "2026-11-28", "2026-12-10")]
    [InlineData("对账平台上线计划12月10日，由11月27日推迟（供应商接口延期）。", "2026-11-27", "2026-12-10")]
    public void APlannedDateThenDelayedFromAnOldOne_MovedFromTheOldToThePlanned(string line, string from, string to)
    {
        var delay = Assert.Single(ReportUnits.ExtractLine(line, "Progress", LateNovember), i => i.Kind == ItemKind.Delay).Delay!;

        Assert.Equal((from, to), (delay.From, delay.To));
    }

    [Theory]
    [InlineData("Checkout 4.1 delayed from Nov 28 to Dec 10 due to the provider.", "2026-11-28", "2026-12-10")]
    [InlineData("对账平台上线由11月27日推迟至12月10日。", "2026-11-27", "2026-12-10")]
    public void ASlipFromOneDateToAnother_KeepsItsDirection(string line, string from, string to)
    {
        var delay = Assert.Single(ReportUnits.ExtractLine(line, "Progress", LateNovember), i => i.Kind == ItemKind.Delay).Delay!;

        Assert.Equal((from, to), (delay.From, delay.To));
    }
}
