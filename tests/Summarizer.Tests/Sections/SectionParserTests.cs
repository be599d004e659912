using Summarizer.Sections;
using static Summarizer.Tests.Sections.SectionTree;

namespace Summarizer.Tests.Sections;

public sealed class SectionParserTests
{
    private readonly SectionParser _parser = new();

    private string Tree(string text) => Outline(_parser.Parse(Report(text)));

    [Fact]
    public void Parse_NotionBracketHeadingsAndNumberedLabels_BuildsNestedTreeWithExactLines()
    {
        const string text = """
            # 2024-W26

            Created: 2024年6月29日 09:21

            - 【贝易转】
                1. 业务：
                    - 切量后交易运行稳定。试点问题：
                        - 子账户开立限制，已协调解决。
                2. 银行：
                    - 工行: 对接方案启动。

            ## 【O1 业务服务】

            1. 装修存管项目：预计7月9日上线。
            """;
        Assert.Equal("""
            Heading 1 '2024-W26' 1-14
              Paragraph 0 'Created: 2024年6月29日 09:21' 3-3
              Heading 2 '贝易转' 5-11
                Heading 3 '业务' 6-8
                  ListItem 1 '切量后交易运行稳定。试点问题：' 7-8
                    ListItem 2 '子账户开立限制，已协调解决。' 8-8
                Heading 3 '银行' 9-11
                  ListItem 1 '工行: 对接方案启动。' 10-10
              Heading 2 'O1 业务服务' 12-14
                ListItem 1 '装修存管项目：预计7月9日上线。' 14-14
            """, Tree(text));
    }

    [Fact]
    public void Parse_AtxLevels_HeadingOwnsLinesUntilSameOrHigherLevel()
    {
        Assert.Equal("""
            Paragraph 0 'intro' 1-1
            Heading 1 'A' 2-6
              Heading 2 'A.1' 3-4
                Heading 3 'A.1.a' 4-4
              Heading 2 'A.2' 5-6
                Paragraph 0 'text' 6-6
            Heading 1 'B' 7-7
            """, Tree("intro\n# A\n## A.1\n### A.1.a ###\n## A.2 ## \ntext\n# B"));
    }

    [Fact]
    public void Parse_SetextHeadings_SpanTextAndUnderline()
    {
        Assert.Equal("""
            Heading 1 'Title' 1-7
              Paragraph 0 'para' 4-4
              Heading 2 'Sub' 6-7
            """, Tree("Title\n=====\n\npara\n\nSub\n---"));
    }

    [Fact]
    public void Parse_ChineseNumberedHeadings_NestParenUnderNumbered()
    {
        const string text = """
            清算结算组 周报（2024年第26周）

            一、本周工作
            （一）日终清算
            1. 日终批处理耗时由95分钟缩短至71分钟。
            (二) 对账平台
            1. 对账差错自动处理率：87%，目标95%。
            二、风险与问题
            1. 银联清算文件偶发晚到。
            """;
        Assert.Equal("""
            Paragraph 0 '清算结算组 周报（2024年第26周）' 1-1
            Heading 1 '一、本周工作' 3-7
              Heading 2 '（一）日终清算' 4-5
                ListItem 1 '日终批处理耗时由95分钟缩短至71分钟。' 5-5
              Heading 2 '(二) 对账平台' 6-7
                ListItem 1 '对账差错自动处理率：87%，目标95%。' 7-7
            Heading 1 '二、风险与问题' 8-9
              ListItem 1 '银联清算文件偶发晚到。' 9-9
            """, Tree(text));
    }

    [Fact]
    public void Parse_BoldLinesAndPlainLabels_AreHeadings()
    {
        const string text = """
            ## 【系统运行数据】

            支付成功率：

            - 入金有效成功率：99.991%

            系统可用性：
            - 资损率：0.0012%（目标≤0.003%）

            **下周计划**
            1. 分账平台提测
            """;
        Assert.Equal("""
            Heading 1 '系统运行数据' 1-11
              Heading 2 '支付成功率' 3-6
                ListItem 1 '入金有效成功率：99.991%' 5-5
              Heading 2 '系统可用性' 7-9
                ListItem 1 '资损率：0.0012%（目标≤0.003%）' 8-8
              Heading 2 '下周计划' 10-11
                ListItem 1 '分账平台提测' 11-11
            """, Tree(text));
    }

    [Fact]
    public void Parse_LongSentenceEndingWithColon_IsNotALabelHeading()
    {
        Assert.Equal("""
            Paragraph 0 'This week the team shipped three releases and noted the following:' 1-1
            ListItem 1 'one' 2-2
            """, Tree("This week the team shipped three releases and noted the following:\n- one"));
    }

    [Fact]
    public void Parse_Table_RowsAreNodesWithHeaderAndCellsButHeaderAndSeparatorAreNot()
    {
        var root = _parser.Parse(Report("## Status\n\n| Project | Status |\n|---|:---:|\n| Kafka | 🟡 Amber |\n| a\\|b | Red |\ntext after"));
        var heading = Assert.Single(root.Children);
        Assert.Equal("""
            Heading 1 'Status' 1-7
              TableRow 0 '| Kafka | 🟡 Amber |' 5-5
              TableRow 0 '| a\|b | Red |' 6-6
              Paragraph 0 'text after' 7-7
            """, Outline(root));
        var row = heading.Children[0];
        Assert.Equal(["Project", "Status"], row.TableHeader);
        Assert.Equal(["Kafka", "🟡 Amber"], row.Cells);
        Assert.Equal(["a|b", "Red"], heading.Children[1].Cells);
    }

    [Fact]
    public void Parse_NestedLists_LevelIsDepthAndParentEndsAtLastDescendant()
    {
        const string text = "- a\n  - b\n    - c\n      continued\n  - d\n\n  indented after blank\n- e\n\nparagraph";
        Assert.Equal("""
            ListItem 1 'a' 1-7
              ListItem 2 'b' 2-4
                ListItem 3 'c' 3-4
              ListItem 2 'd' 5-5
            ListItem 1 'e' 8-8
            Paragraph 0 'paragraph' 10-10
            """, Tree(text));
    }

    [Fact]
    public void Parse_FrontMatter_BelongsToRootAndIsNotASetextHeading()
    {
        var root = _parser.Parse(Report("---\nteam: mobile-app\ntitle: 移动端周报\n---\n# 周报\n- x"));
        Assert.Equal("""
            Heading 1 '周报' 5-6
              ListItem 1 'x' 6-6
            """, Outline(root));
        Assert.Equal([1, 2, 3, 4], root.OwnLines().Select(l => l.Number));
    }

    [Fact]
    public void Parse_FencedCode_HashesInsideAreNotHeadings()
    {
        Assert.Equal("""
            Heading 1 'A' 1-5
              Paragraph 0 '```' 2-5
            """, Tree("# A\n```\n# not a heading\n【不是】\n```"));
    }

    [Fact]
    public void Parse_BracketMarkerFollowedByText_IsNotAHeading()
    {
        Assert.Equal("ListItem 1 '【高】牌照审批依赖外部' 1-1", Tree("- 【高】牌照审批依赖外部"));
    }

    [Fact]
    public void Parse_EmptyReport_ReturnsBareRoot()
    {
        var root = _parser.Parse(Report([]));
        Assert.Equal((SectionKind.Document, 0), (root.Kind, root.Children.Count));
    }
}
