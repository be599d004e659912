using Summarizer.Digest;
using Summarizer.Digest.Sections;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>A metric's figures read as the report wrote them; the typed values still decide what is off target.</summary>
public class WrittenFigureTests
{
    [Theory]
    [InlineData("本周交易笔数2150万笔，上周1980万笔", 2150, "万笔", 1980d, "2150万笔", "1980万笔")]
    [InlineData("支付成功率99.90%（上周 99.9%）", 99.9, "%", 99.9, "99.90%", "99.9%")]
    [InlineData("云资源费用：本月累计¥128万，预算¥100万", 128, "¥万", null, "¥128万", "")]
    [InlineData("Settlement lag 12 min (last week 9 min, target ≤ 5 min)", 12, "min", 9d, "12 min", "9 min")]
    [InlineData("Refunds reached $41200 (prev $38,000)", 41200, "$", 38000d, "$41200", "$38,000")]
    [InlineData("p99 latency 480 ms", 480, "ms", null, "480 ms", "")]
    public void ValueAndPrevious_AreTheQuotedText(string quote, double value, string unit, double? previous, string shown, string shownPrevious)
    {
        Assert.Equal((shown, shownPrevious), WrittenFigure.Of(new MetricFacts("m", value, unit, previous), quote));
    }

    [Fact]
    public void AFigureTheQuoteDoesNotHold_IsFormatted()
    {
        Assert.Equal("$45,000", WrittenFigure.Of(45000, "$", "budget 45k"));
        Assert.Equal("-$1,250", WrittenFigure.Of(-1250, "$", "margin -$1,250"));
    }

    [Fact]
    public void MetricTable_AndSummary_ShowTheReportsFigures_WhileTheTypedValueFindsItOffTarget()
    {
        var volume = Items.Make(ItemKind.Metric, "交易笔数 2150万笔", line: 3, quote: "本周交易笔数2150万笔，上周1980万笔",
            metric: new MetricFacts("交易笔数", 2150, "万笔", 1980));
        var success = Items.Make(ItemKind.Metric, "支付成功率 99.90%", line: 4, quote: "支付成功率99.90%（目标≥99.95%）",
            metric: new MetricFacts("支付成功率", 99.9, "%", null, "≥99.95%"));
        var d = DigestWritersTests.Compose(volume, success);

        var full = new MarkdownDigestWriter().Write(DigestLayout.Full(d));
        Assert.Contains("| payments · 交易笔数 | 2150万笔 | 1980万笔 |", full);
        Assert.Contains("| payments · 支付成功率 | 99.90% |  | ≥99.95% |", full);
        Assert.Contains(d.Summary, l => l.Contains("支付成功率 99.90%（目标 ≥99.95%，payments）", StringComparison.Ordinal));
        Assert.DoesNotContain("2,150", full);
    }
}
