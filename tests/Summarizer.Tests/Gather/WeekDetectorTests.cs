using Summarizer.Gather;

namespace Summarizer.Tests.Gather;

public sealed class WeekDetectorTests
{
    [Theory]
    [InlineData("# 2024-W26 支付技术部周报", "2024-W26")]
    [InlineData("Weekly status 2024W07", "2024-W07")]
    [InlineData("# Platform Reliability: Weekly Status, Week 26, 2024", "2024-W26")]
    [InlineData("清算结算组 周报（2024年第26周）", "2024-W26")]
    [InlineData("Created: 2024年6月29日 09:21", "2024-W26")]
    [InlineData("Created: June 29, 2024 9:21 AM", "2024-W26")]
    [InlineData("Created: Jun 24, 2024", "2024-W26")]
    [InlineData("Date: 2024-12-30", "2025-W01")]
    [InlineData("| Created | June 29, 2024 9:21 AM |", "2024-W26")]
    public void FromText_WeekOrCreatedDate_ReturnsIsoWeek(string line, string expected)
    {
        Assert.Equal(IsoWeek.Parse(expected), WeekDetector.FromText(["", line, "body"]));
    }

    [Fact]
    public void FromText_ExplicitWeekLaterThanCreatedDate_ExplicitWins()
    {
        Assert.Equal(IsoWeek.Parse("2024-W25"), WeekDetector.FromText(["Created: 2024年6月29日", "周报 2024年第25周"]));
    }

    [Fact]
    public void FromText_NoWeekOrDate_ReturnsNull()
    {
        Assert.Null(WeekDetector.FromText(["# 周报", "上线时间由7月9日调整至7月16日", "Week 60, 2024"]));
    }

    [Fact]
    public void FromText_DateBelowTheTop_IsIgnored()
    {
        var lines = Enumerable.Repeat("text", 40).Append("Created: 2024年6月29日").ToList();
        Assert.Null(WeekDetector.FromText(lines));
    }

    [Theory]
    [InlineData("# 支付组周报 第44周", "2024-W45", "2024-W44")]
    [InlineData("Weekly report, Week 44", "2024-W45", "2024-W44")]
    [InlineData("# Weekly report 2024-10-28 ~ 2024-11-01", "2024-W45", "2024-W44")]
    [InlineData("# 周报（10月28日-11月1日）", "2024-W45", "2024-W44")]
    [InlineData("# 周报 第1周", "2024-W52", "2025-W01")] // the week 1 nearest late December 2024 is next year's
    public void FromText_TitleWithoutYear_IsReadNearTheFiledWeek(string title, string filed, string expected)
    {
        Assert.Equal(IsoWeek.Parse(expected), WeekDetector.FromText([title, "", "## Risks", "- body"], IsoWeek.Parse(filed)));
    }

    [Theory]
    [InlineData("# 周报 第44周")]
    [InlineData("# Weekly report 10/28 - 11/1")]
    public void FromText_TitleWithoutYearAndNoFiledWeek_IsNotGuessed(string title)
    {
        Assert.Null(WeekDetector.FromText([title, "- body"]));
    }

    [Theory]
    [InlineData("- 上线时间由10月28日调整至11月1日")]          // dates in the body are plans, not the report's week
    [InlineData("# Launch moved from 2024-10-21 to 2024-11-01")] // eleven days: not one week's span
    public void FromText_DatesThatAreNotTheReportsWeek_AreIgnored(string line)
    {
        Assert.Null(WeekDetector.FromText(["# Weekly report", line], IsoWeek.Parse("2024-W45")));
    }

    [Fact]
    public void FromReport_FrontMatterWeek_WinsOverTheText()
    {
        Assert.Equal(IsoWeek.Parse("2024-W43"), WeekDetector.FromReport(["---", "week: 2024-W43", "---", "# 2024-W44 report"]));
    }

    [Theory]
    [InlineData("2024-W26", "2024-W26")]
    [InlineData("2024-w01", "2024-W01")]
    public void FromFolderName_WeekName_ReturnsWeek(string name, string expected)
    {
        Assert.Equal(IsoWeek.Parse(expected), WeekDetector.FromFolderName(name));
    }

    [Theory]
    [InlineData("reports")]
    [InlineData("2024-W54")]
    public void FromFolderName_NotAWeek_ReturnsNull(string name)
    {
        Assert.Null(WeekDetector.FromFolderName(name));
    }
}
