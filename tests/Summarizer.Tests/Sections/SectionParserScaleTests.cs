using System.Diagnostics;
using Summarizer.Sections;
using static Summarizer.Tests.Sections.SectionTree;

namespace Summarizer.Tests.Sections;

/// <summary>Hostile shapes must parse fast and without recursion proportional to nesting.</summary>
public sealed class SectionParserScaleTests
{
    private readonly SectionParser _parser = new();

    [Fact]
    public void Parse_ThousandLevelNestedList_IsFastAndKeepsDepth()
    {
        var lines = Enumerable.Range(0, 1000).Select(i => new string(' ', 2 * i) + "- level " + i).ToList();
        _parser.Parse(Report(lines.Take(10).ToList()));
        var clock = Stopwatch.StartNew();
        var root = _parser.Parse(Report(lines));
        clock.Stop();
        var deepest = Walk(root).MaxBy(x => x.Depth);
        Assert.Equal((1000, 1000, 1000), (deepest.Depth, deepest.Node.Level, deepest.Node.StartLine));
        Assert.Equal(1000, root.Children.Single().EndLine);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_TenThousandRowTable_GivesOneNodePerRowQuickly()
    {
        var lines = new List<string> { "# 指标", "| 名称 | 值 |", "|---|---|" };
        lines.AddRange(Enumerable.Range(0, 10_000).Select(i => $"| 指标{i} | {i}% |"));
        var clock = Stopwatch.StartNew();
        var root = _parser.Parse(Report(lines));
        clock.Stop();
        var rows = root.Children.Single().Children;
        Assert.Equal(10_000, rows.Count);
        Assert.All(rows, r => Assert.Equal(SectionKind.TableRow, r.Kind));
        Assert.Equal((4, 10_003), (rows[0].StartLine, rows[^1].EndLine));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_ThousandNestedHeadingStyles_DoesNotOverflow()
    {
        // Each deeper numbered label nests one level: heading depth proportional to input.
        var lines = Enumerable.Range(0, 1000).SelectMany(i => new[] { new string(' ', 2 * i) + "1. 标签：" }).Append(new string(' ', 2000) + "- x").ToList();
        var root = _parser.Parse(Report(lines));
        Assert.Equal(1001, Walk(root).Max(x => x.Depth));
    }
}
