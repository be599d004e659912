using Summarizer.History;

namespace Summarizer.Tests.History;

public sealed class PlannedDateTests
{
    [Theory]
    [InlineData("上线时间 2024年7月15日", 2024, 7, 15)]
    [InlineData("moved from 2024-07-01 to 2024/07/15", 2024, 7, 15)]
    [InlineData("计划 7月15号 发布", 2024, 7, 15)]
    [InlineData("release 7/15", 2024, 7, 15)]
    [InlineData("上线 ２０２４－０７－１５", 2024, 7, 15)]
    [InlineData("ETA moved from Jul 3 to Jul 15", 2024, 7, 15)]
    public void Find_DateForms_ReturnsLastDate(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), PlannedDate.Find(text, 2024));

    [Theory]
    [InlineData("latency 3.5s")]
    [InlineData("upgrade to v2.1")]
    [InlineData("2024-W26 report")]
    [InlineData("13/40 done")]
    public void Find_NoDate_ReturnsNull(string text) => Assert.Null(PlannedDate.Find(text, 2024));
}
