using Summarizer.Text;

namespace Summarizer.Tests.Text;

public sealed class ClockTimeTests
{
    // A digit glued to letters (Sev2, P1, v2) is a code, and minutes never run into a month: only the written times count.
    [Theory]
    [InlineData("- Sev2：11月24日 10:00-10:30 官网首页白屏", "10:00,10:30")]
    [InlineData("P1：11月25日 14:00-14:20 订单服务超时", "14:00,14:20")]
    [InlineData("Sev2: 11/24 10:00-10:30 homepage blank", "10:00,10:30")]
    [InlineData("P0：2024-11-24 10:00~10:30 支付失败", "10:00,10:30")]
    [InlineData("v2：10:05 发布", "10:05")]
    [InlineData("第2：11月复盘", "")]
    [InlineData("2024-11-24T10:00 deploy", "10:00")]
    [InlineData("05:20 超时，09:56恢复", "05:20,09:56")]
    public void Find_CodesAndMonths_AreNoClockTimes(string text, string expected)
    {
        Assert.Equal(expected, string.Join(",", ClockTime.Find(text).Select(t => t.Text)));
    }
}
