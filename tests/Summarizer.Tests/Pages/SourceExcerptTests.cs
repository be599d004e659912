using System.Text;
using Summarizer.Host.Pages;

namespace Summarizer.Tests.Pages;

public sealed class SourceExcerptTests
{
    private static readonly string[] Lines = ["# 周报", "", "## 风险", "- 支付通道超时两次，", "  切换演练未做。", "- 招聘正常", "", "## 指标"];

    [Fact]
    public void FromLines_QuoteAcrossTwoLines_MarksEachPartWithTwoLinesOfContext()
    {
        var excerpt = SourceExcerpt.FromLines(Lines, new SourceRef("a.md", 4, 5, "超时两次，\n  切换演练"));

        Assert.Null(excerpt.Note);
        Assert.Equal([2, 3, 4, 5, 6, 7], excerpt.Lines.Select(l => l.Number));
        var first = excerpt.Lines.Single(l => l.Number == 4);
        var second = excerpt.Lines.Single(l => l.Number == 5);
        Assert.Equal("超时两次，", first.Text.Substring(first.MarkStart, first.MarkLength));
        Assert.Equal("  切换演练", second.Text.Substring(second.MarkStart, second.MarkLength));
        Assert.False(excerpt.Lines.Single(l => l.Number == 6).Cited);
    }

    [Fact]
    public void FromLines_QuoteNoLongerThere_FallsBackToStoredQuoteWithNote()
    {
        var excerpt = SourceExcerpt.FromLines(Lines, new SourceRef("a.md", 4, 4, "网关宕机"));

        Assert.Equal("网关宕机", Assert.Single(excerpt.Lines).Text);
        Assert.Contains("changed since the run", excerpt.Note);
    }
}
