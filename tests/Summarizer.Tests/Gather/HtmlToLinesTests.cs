using Summarizer.Gather;

namespace Summarizer.Tests.Gather;

public sealed class HtmlToLinesTests
{
    [Fact]
    public void Convert_HeadingsParagraphsAndBreaks_BecomeMarkdownLines()
    {
        var lines = HtmlToLines.Convert("<html><head><title>t</title><script>x()</script></head><body>" +
            "<h1>风控 周报</h1><p>第一段<br>第二行</p><h3>  一、运行数据 </h3><div><div>嵌套  文本</div></div></body></html>");
        Assert.Equal(["# 风控 周报", "", "第一段", "第二行", "", "### 一、运行数据", "", "嵌套 文本"], lines);
    }

    [Fact]
    public void Convert_NestedLists_IndentToParentTextAndNumberOrderedItems()
    {
        var lines = HtmlToLines.Convert("<ol><li>计划<ul><li>子项 <b>A</b></li><li><p>子项B</p></li></ul></li><li>第二</li></ol>");
        Assert.Equal(["1. 计划", "   - 子项 **A**", "   - 子项B", "2. 第二"], lines);
    }

    [Fact]
    public void Convert_Table_BecomesHeaderSeparatorAndRows()
    {
        var lines = HtmlToLines.Convert("<p>前</p><table><tr><th>项目</th><th>状态</th></tr>" +
            "<tr><td>规则引擎</td><td>🔴 延期 a|b</td></tr><tr><td>模型\n V4</td><td>正常</td></tr></table><p>后</p>");
        Assert.Equal(["前", "", "| 项目 | 状态 |", "| --- | --- |", "| 规则引擎 | 🔴 延期 a\\|b |", "| 模型 V4 | 正常 |", "", "后"], lines);
    }

    [Fact]
    public void Convert_NoH1_UsesTitleAsFirstHeading()
    {
        Assert.Equal(["# Week 26, 2024", "", "text"], HtmlToLines.Convert("<title>Week 26, 2024</title><p>text</p>"));
    }

    [Fact]
    public void Convert_ScriptText_IsDropped()
    {
        Assert.Equal(["a"], HtmlToLines.Convert("<p>a</p><script>alert('x')</script><style>p{}</style>"));
    }

    [Fact]
    public void Convert_VeryDeepMarkup_DoesNotOverflowAndKeepsText()
    {
        var html = string.Concat(Enumerable.Repeat("<div><span>", 3000)) + "deep" + string.Concat(Enumerable.Repeat("</span></div>", 3000));
        Assert.Contains(HtmlToLines.Convert(html), l => l.Contains("deep"));
    }
}
