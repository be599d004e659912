using Summarizer.Text;
using Summarizer.Verification;

namespace Summarizer.Tests.Text;

public class QuoteLocatorTests
{
    private static readonly (int, string)[] Lines =
    [
        (10, "## 【生产事件】"),
        (11, "06/24 05:20  清结算记账请求账户系统超时，影响217笔。"),
        (12, "09:56手动补偿记账成功。"),
    ];

    [Fact]
    public void Find_ExactSubstring_ReturnsItsLine()
    {
        var m = QuoteLocator.Find(Lines, "影响217笔");
        Assert.Equal((11, 11, "影响217笔"), (m!.Line, m.EndLine, m.Verbatim));
    }

    [Fact]
    public void Find_QuoteWithReflowedSpacesAndFullWidthDigits_PublishesTheSourceCharacters()
    {
        var m = QuoteLocator.Find(Lines, "06/24 05:20 清结算记账请求账户系统超时，影响２１７笔");
        Assert.NotNull(m);
        Assert.Equal("06/24 05:20  清结算记账请求账户系统超时，影响217笔", m.Verbatim);
    }

    [Fact]
    public void Find_QuoteSpanningLines_ReturnsTheRange()
    {
        var m = QuoteLocator.Find(Lines, "影响217笔。\n09:56手动补偿");
        Assert.Equal((11, 12), (m!.Line, m.EndLine));
    }

    [Theory]
    [InlineData("影响218笔")]
    [InlineData("所有项目均已按时完成")]
    [InlineData("   ")]
    public void Find_TextNotInTheSection_ReturnsNull(string quote) => Assert.Null(QuoteLocator.Find(Lines, quote));
}
