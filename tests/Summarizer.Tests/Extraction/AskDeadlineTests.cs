using Summarizer.Extraction.Offline;

namespace Summarizer.Tests.Extraction;

public class AskDeadlineTests
{
    private static readonly IsoWeek W48 = new(2026, 48);

    [Theory]
    // A forecast "X前" earlier in the line is not the ask's deadline; the named one is.
    [InlineData("【高】核心数据库主库磁盘使用率达92%，预计12月5日前写满，需采购扩容，待审批：扩容预算8万元，截止12月2日。", 12, 2)]
    // One marked date is still that date.
    [InlineData("待审批：扩容预算8万元，需12月2日前批复", 12, 2)]
    public void StatedDeadline_ANamedDeadline_OutranksAForecastBeforeIt(string line, int month, int day) =>
        Assert.Equal(new DateOnly(2026, month, day), AskRule.StatedDeadline(line, W48));
}
