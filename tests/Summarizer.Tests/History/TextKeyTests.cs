using Summarizer.History;

namespace Summarizer.Tests.History;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("  Ａｖａｉｌａｂｉｌｉｔｙ（ＳＬＡ） ", "availabilitysla")]
    [InlineData("可 用 性：", "可用性")]
    [InlineData("P99-Latency!", "p99latency")]
    public void Normalize_Variants_FoldToOneKey(string text, string expected) => Assert.Equal(expected, TextKey.Normalize(text));

    [Fact]
    public void Similarity_ReorderedChinesePhrase_IsHighAndUnrelatedIsLow()
    {
        Assert.True(TextKey.Similarity("上线新支付网关", "新支付网关上线") > 0.8);
        Assert.True(TextKey.Similarity("供应商接口不稳定", "机房迁移") < 0.1);
    }

    [Fact]
    public void IsMostlyChinese_ChineseWithEnglishTerms_IsTrue()
    {
        Assert.True(ReportLanguage.IsMostlyChinese(["API 延迟升高到 300ms，影响下单"]));
        Assert.False(ReportLanguage.IsMostlyChinese(["Latency rose to 300ms at peak"]));
    }
}
