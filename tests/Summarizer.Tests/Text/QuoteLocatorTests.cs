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

    // Issue 11: what real models do to a faithful quote, and what the published quote must still be.
    private static readonly (int, string)[] Marked =
    [
        (20, "## 风险与事件"),
        (21, "- **INC-4821** 支付网关超时，影响 `settlement` 服务"),
        (22, "1. 本周累计处理工单 1386 单"),
        (23, "| INC-4822 | 2024-06-25 14:10 | 清算延迟 | 1,386 笔 |"),
        (24, "- 数据库主从切换演练完成"),
        (25, "Canary error rate __0.4%__ after the rollout."),
    ];

    [Theory]
    [InlineData("INC-4821 支付网关超时", "**INC-4821** 支付网关超时")] // emphasis stripped
    [InlineData("INC-4821 支付网关超时，影响 settlement 服务", "**INC-4821** 支付网关超时，影响 `settlement` 服务")] // code marks stripped
    [InlineData("数据库主从切换演练完成。", "数据库主从切换演练完成")] // closing 。 added
    [InlineData("Canary error rate 0.4% after the rollout", "Canary error rate __0.4%__ after the rollout")] // closing . dropped, __ stripped
    [InlineData("本周累计处理工单 1,386 单", "本周累计处理工单 1386 单")] // thousands separator added
    [InlineData("清算延迟 1386 笔", "清算延迟 | 1,386 笔")] // thousands separator dropped, cells
    [InlineData("INC-4822 2024-06-25 14:10 清算延迟 1,386 笔", "INC-4822 | 2024-06-25 14:10 | 清算延迟 | 1,386 笔")] // row as its cells
    [InlineData("INC-4822, 2024-06-25 14:10, 清算延迟, 1,386 笔", "INC-4822 | 2024-06-25 14:10 | 清算延迟 | 1,386 笔")] // cells with commas
    [InlineData("- 本周累计处理工单 1386 单", "本周累计处理工单 1386 单")] // list marker changed
    [InlineData("* 数据库主从切换演练完成", "数据库主从切换演练完成")]
    public void Find_HarmlessQuirk_IsFoundAndPublishesTheSourceCharacters(string quote, string verbatim)
    {
        var m = QuoteLocator.Find(Marked, quote);
        Assert.NotNull(m);
        Assert.Equal(verbatim, m.Verbatim);
    }

    [Theory]
    [InlineData("支付网关超时，影响结算服务")] // a word changed
    [InlineData("INC-4821 支付网关宕机")]
    [InlineData("本周累计处理工单 1,368 单")] // digits swapped
    [InlineData("本周累计处理工单 13,86 单")] // not a thousands separator
    [InlineData("数据库主从切换演练已完成。")] // a word added
    [InlineData("INC-4822 清算延迟 1,386 笔")] // a cell left out is not the row
    [InlineData("Canary error rate 4% after the rollout")]
    public void Find_Paraphrase_IsStillNotFound(string quote) => Assert.Null(QuoteLocator.Find(Marked, quote));
}
