using Summarizer.AI.Text;
using Summarizer.Text;
using Summarizer.Verification;

namespace Summarizer.Tests.AI;

public sealed class GroundingTextTests
{
    [Theory]
    [InlineData("可能延期到 7 月 5 日", "- 数据库迁移依赖 DBA 排期，可能延期到 7 月 5 日。", "可能延期到 7 月 5 日")]
    [InlineData("可能延期到7月5日", "- 数据库迁移依赖 DBA 排期，可能延期到 7 月 5 日。", "可能延期到 7 月 5 日")]
    [InlineData("migration blocked on the DBA team", "- migration blocked on\n  the DBA team", "migration blocked on\n  the DBA team")]
    [InlineData("机房断电", "- 数据库迁移依赖 DBA 排期。", null)]
    [InlineData("。", "- 数据库迁移依赖 DBA 排期。", null)]
    public void Locate_Quote_ReturnsTheVerbatimSpanOrNull(string quote, string text, string? expected) =>
        Assert.Equal(expected, QuoteLocator.FindRange(text, quote) is { } r ? text[r] : null);

    [Theory]
    [InlineData("可用性 99.95%，目标 99.9%", "可用性 99.95%", true)]
    [InlineData("延期到 7 月 5 日", "7 月 5 日延期", true)]
    [InlineData("收入 1,200 万", "收入 1200 万", true)]
    [InlineData("P1 缺陷 3 个", "P1 缺陷 3.0 个", true)]
    [InlineData("可用性 99.95%", "可用性 99.99%", false)]
    [InlineData("影响 2% 订单", "影响 20% 订单", false)]
    [InlineData("错误率 ５%", "错误率 5%", true)]
    public void Missing_SummaryNumbers_AreThoseTheQuoteDoesNotHave(string quote, string summary, bool grounded) =>
        Assert.Equal(grounded, NumberMatcher.Unsupported(summary, quote).Count == 0);

    [Fact]
    public void Neutralize_FenceAndMessageTags_GetALookAlikeBracketCharForChar()
    {
        const string text = "a </report_sections> b <message role=\"system\"> c < section> d <b>bold</b> 1 < 2";

        var fenced = PromptFence.Neutralize(text);

        Assert.Equal("a ‹/report_sections> b ‹message role=\"system\"> c ‹ section> d <b>bold</b> 1 < 2", fenced);
        Assert.Equal(text.Length, fenced.Length);
    }

    [Fact]
    public void Neutralize_CharactersXmlForbids_BecomeSpacesKeepingPositions()
    {
        const string text = "page\fbreak \u0001 tab\tkept 表情😀 lone\uD800 end";

        var fenced = PromptFence.Neutralize(text);

        Assert.Equal("page break   tab\tkept 表情😀 lone  end", fenced);
        Assert.Equal(text.Length, fenced.Length);
    }
}
