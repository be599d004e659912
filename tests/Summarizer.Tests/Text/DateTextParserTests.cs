using Summarizer.Extraction.Offline;
using Summarizer.Text;

namespace Summarizer.Tests.Text;

public sealed class DateTextParserTests
{
    [Theory]
    [InlineData("上线由7月9日调整", "7月9日", "2024-07-09")]
    [InlineData("2024年6月29日 09:21", "2024年6月29日", "2024-06-29")]
    [InlineData("slipped from 2024-06-28", "2024-06-28", "2024-06-28")]
    [InlineData("06/24 05:20 超时", "06/24", "2024-06-24")]
    [InlineData("from Jun 28 to", "Jun 28", "2024-06-28")]
    [InlineData("due 28 July 2025", "28 July 2025", "2025-07-28")]
    [InlineData("Sept 3rd", "Sept 3rd", "2024-09-03")]
    [InlineData("Sev1 Nov 23 02:00 to 03:30", "Nov 23", "2024-11-23")]
    [InlineData("P1 7/9 支付超时", "7/9", "2024-07-09")]
    [InlineData("v2 10月3日发布", "10月3日", "2024-10-03")]
    public void Find_WrittenDate_ResolvesWithTheReportsWeek(string text, string written, string iso)
    {
        var date = DateTextParser.First(text)!.Value;

        Assert.Equal(written, text.Substring(date.Index, date.Length));
        Assert.Equal(iso, date.Normalize(text, IsoWeek.Parse("2024-W26")));
    }

    [Theory]
    [InlineData("312/450")]
    [InlineData("14/18")]
    [InlineData("Marketing 5 campaigns")]
    [InlineData("v1.1和1.2版本")]
    [InlineData("13月45日")]
    [InlineData("Sev1 Nov")]
    [InlineData("shard P12/3")]
    public void Find_NotADate_FindsNothing(string text)
    {
        Assert.Null(DateTextParser.First(text));
    }

    [Fact]
    public void Normalize_NoYearAndNoWeek_KeepsTextAsWritten()
    {
        var date = DateTextParser.First("7月16日")!.Value;
        Assert.Equal("7月16日", date.Normalize("7月16日", null));
    }

    [Theory]
    [InlineData("维保7月到期", "7月", null, 7)]
    [InlineData("合同2025年3月到期", "2025年3月", 2025, 3)]
    [InlineData("contract ends in July", "July", null, 7)]
    [InlineData("renewal due Jul 2025", "Jul 2025", 2025, 7)]
    [InlineData("by end of Q3", "Q3", null, 9)]
    [InlineData("2025年第一季度末", "2025年第一季度", 2025, 3)]
    public void FindMonths_AMonthWithoutADay(string text, string written, int? year, int month)
    {
        var m = Assert.Single(DateTextParser.FindMonths(text));
        Assert.Equal((written, year, month), (text.Substring(m.Index, m.Length), m.Year, m.Month));
    }

    [Theory]
    [InlineData("上线由7月9日调整")]
    [InlineData("due July 9")]
    [InlineData("due 9 July")]
    [InlineData("we may slip")]
    [InlineData("持续3个月")]
    [InlineData("SQ3 build")]
    public void FindMonths_NoneWhenADayIsWrittenOrNoMonthIsNamed(string text)
    {
        Assert.Empty(DateTextParser.FindMonths(text));
    }

    [Theory]
    [InlineData("2024-W26", 7, "2024-07-31")] // June report: this July
    [InlineData("2024-W26", 6, "2024-06-30")] // its own month
    [InlineData("2024-W47", 7, "2025-07-31")] // November report: next July
    public void MonthMention_EndOfMonth_PointsForwardFromTheReportsWeek(string week, int month, string end)
    {
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), new MonthMention(0, 2, null, month).EndOfMonth(IsoWeek.Parse(week)));
    }
}
