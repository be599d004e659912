namespace Summarizer.Tests.Model;

public class IsoWeekTests
{
    [Theory]
    [InlineData("2024-W26", 2024, 26)]
    [InlineData("2024W01", 2024, 1)]
    [InlineData("2020-W53", 2020, 53)]
    public void TryParse_ValidWeeks_ParsesYearAndWeek(string text, int year, int week)
    {
        Assert.True(IsoWeek.TryParse(text, out var w));
        Assert.Equal(new IsoWeek(year, week), w);
    }

    [Theory]
    [InlineData("2024-W54")]
    [InlineData("2021-W53")]
    [InlineData("week 26")]
    public void TryParse_InvalidWeeks_Fails(string text) => Assert.False(IsoWeek.TryParse(text, out _));

    [Fact]
    public void Previous_AcrossYearBoundary_IsLastWeekOfPriorYear()
    {
        Assert.Equal(new IsoWeek(2020, 53), new IsoWeek(2021, 1).Previous);
        Assert.Equal(new DateOnly(2024, 6, 24), new IsoWeek(2024, 26).Monday);
    }
}
