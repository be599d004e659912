using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Gather;
using Summarizer.Sections;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Sections;

/// <summary>The bundled samples in every format parse into trees whose heading units cover every line exactly once.</summary>
public sealed class SamplesSectionTests
{
    public static TheoryData<string> Weeks => new() { "2024-W25", "2024-W26" };

    [Theory]
    [MemberData(nameof(Weeks))]
    public async Task Parse_EverySample_HeadingUnitsCoverEachLineOnce(string week)
    {
        var result = await new ReportGatherer(NullLogger<ReportGatherer>.Instance).GatherAsync(new GatherRequest(RepoPaths.Samples, IsoWeek.Parse(week)));
        Assert.NotEmpty(result.Reports);
        foreach (var report in result.Reports)
        {
            var root = new SectionParser().Parse(report);
            var covered = root.HeadingUnits().SelectMany(u => u.OwnLines().Select(l => l.Number)).ToList();
            Assert.Equal(Enumerable.Range(1, report.Lines.Count), covered.Order());
            Assert.All(SectionTree.Walk(root).Select(x => x.Node), n =>
                Assert.True(n.StartLine >= 1 && n.EndLine <= report.Lines.Count && n.StartLine <= n.EndLine, $"{report.File}: {n}"));
        }
    }

    [Fact]
    public async Task Parse_SamplePaths_NameTheSectionsOfEachStyle()
    {
        var result = await new ReportGatherer(NullLogger<ReportGatherer>.Instance).GatherAsync(new GatherRequest(RepoPaths.Samples, IsoWeek.Parse("2024-W26")));
        var paths = result.Reports.ToDictionary(r => r.Team, r => new SectionParser().Parse(r).HeadingUnits().Select(u => u.PathText).ToList());
        Assert.Contains("2024-W26 支付技术部周报 > 收银台 > 银行", paths["payments"]);
        Assert.Contains("2024-W26 支付技术部周报 > 系统运行数据 > 支付成功率", paths["payments"]);
        Assert.Contains("一、本周工作 > （二）对账平台", paths["clearing"]);
        Assert.Contains("数据平台组周报 2024-W26 > 运行数据", paths["data-platform"]);
        Assert.Contains("风控团队周报 2024-W26 > 一、重点项目", paths["risk-control"]);
        Assert.Contains("Platform Reliability: Weekly Status, Week 26, 2024 > Project status", paths["platform-sre"]);
        var statusRow = new SectionParser().Parse(result.Reports.Single(r => r.Team == "risk-control")).HeadingUnits()
            .SelectMany(u => u.Children).First(c => c.Kind == SectionKind.TableRow);
        Assert.Equal(["项目", "状态", "负责人", "计划日期", "备注"], statusRow.TableHeader);
    }
}
