using System.Text.RegularExpressions;
using Summarizer.Extraction;

namespace Summarizer.Tests.Extraction;

public sealed partial class OfflineExtractorTests
{
    [Fact]
    public void Extract_RealisticChineseReport_FindsExactlyTheExpectedItems()
    {
        var items = ReportUnits.Extract(SampleReports.Chinese);

        Assert.Equal(
            [
                (ItemKind.Risk, "开户限流方案正在细化，应对存量合同账户集中开立问题", (Severity?)Severity.Medium),
                (ItemKind.Risk, "交行: 跨行方案存在问题", Severity.Medium),
                (ItemKind.Delay, "装修存管项目上线由7月9日推迟至7月16日", Severity.Medium),
                (ItemKind.Risk, "新银当量：依赖专线进度预计30%", Severity.Medium),
                (ItemKind.Metric, "新银当量 技术方案进度 85%", null),
                (ItemKind.Metric, "新银当量 依赖专线进度 30%", null),
                (ItemKind.Metric, "惠居芝麻免押 授权 7515人", null),
                (ItemKind.Metric, "惠居芝麻免押 成功 5711人", null),
                (ItemKind.Metric, "惠居芝麻免押 成功率 76%", null),
                (ItemKind.Metric, "ark国密过检 整体进度 80%", null),
                (ItemKind.Risk, "【高】招行专线断供", Severity.High),
                (ItemKind.Metric, "入金有效成功率 99.993%", null),
                (ItemKind.Metric, "出金有效成功率 99.981%", Severity.Medium),
                (ItemKind.Incident, "结算记账请求账户系统超时，导致记账失败，影响217笔结算记账", Severity.High),
                (ItemKind.Incident, "批量代付渠道超时，00:15恢复", Severity.Medium),
                (ItemKind.Plan, "装修存管联调与上线准备", null),
                (ItemKind.Plan, "支付安全方案汇报与落实", null),
            ],
            items.Select(i => (i.Kind, i.Summary, i.Severity)));

        Assert.Equal(new DelayFacts("装修存管项目", "2024-07-09", "2024-07-16", "银行排期延后"), items[2].Delay);
        Assert.Equal(new MetricFacts("出金有效成功率", 99.981, "%", null, "≥99.99%"), items[12].Metric);
        Assert.Equal(new IncidentFacts("2024-06-24 05:20", "2024-06-24 09:56", 276, "影响217笔结算记账"), items[13].Incident);
        Assert.Equal(new IncidentFacts("2024-06-27 23:30", "2024-06-28 00:15", 45, null), items[14].Incident);
    }

    [Theory]
    [InlineData(SampleReports.Chinese)]
    [InlineData(TableRowRuleTests.Table)]
    public void Extract_EveryCandidate_IsGroundedInItsUnitsOwnLines(string report)
    {
        var engine = new OfflineExtractor();
        foreach (var unit in ReportUnits.Units(report))
        {
            var ownLines = unit.OwnLines().Select(l => l.Text).ToList();
            foreach (var item in engine.Extract(unit))
            {
                Assert.Equal(unit.Id, item.SectionId);
                Assert.Equal(OfflineExtractor.EngineName, item.Engine);
                Assert.Contains(ownLines, l => l.Contains(item.Quote, StringComparison.Ordinal));
                foreach (Match n in Number().Matches(item.Summary))
                    Assert.Contains(n.Value, item.Quote);
                if (item.Metric is { } m)
                {
                    Assert.Contains(Written(m.Value), item.Quote);
                    if (m.Previous is { } p) Assert.Contains(Written(p), item.Quote);
                }
            }
        }
    }

    [Fact]
    public void Extract_SameUnitTwice_GivesTheSameItemsInTheSameOrder()
    {
        var engine = new OfflineExtractor();
        var units = ReportUnits.Units(SampleReports.Chinese);

        Assert.Equal(units.SelectMany(engine.Extract), units.SelectMany(engine.Extract));
    }

    [Fact]
    public async Task ExtractAsync_Units_YieldsOneExtractionPerUnitInOrder()
    {
        var units = ReportUnits.Units(SampleReports.Chinese);

        var results = new List<SectionExtraction>();
        await foreach (var r in new OfflineExtractor().ExtractAsync(units, CancellationToken.None)) results.Add(r);

        Assert.Equal(units.Select(u => u.Id), results.Select(r => r.SectionId));
        Assert.All(results, r => Assert.All(r.Candidates, c => Assert.Equal(r.SectionId, c.SectionId)));
        Assert.All(results, r => Assert.False(r.Degraded));
    }

    [Fact]
    public async Task ExtractAsync_Cancelled_StopsBeforeTheNextUnit()
    {
        using var cts = new CancellationTokenSource();
        var units = ReportUnits.Units(SampleReports.Chinese);
        int seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in new OfflineExtractor().ExtractAsync(units, cts.Token))
            {
                seen++;
                cts.Cancel();
            }
        });
        Assert.Equal(1, seen);
    }

    [Fact]
    public void Engine_IdentifiesOfflineRules()
    {
        var engine = new OfflineExtractor();
        Assert.Equal(("offline", OfflineExtractor.RulesVersion), (engine.Engine, engine.Version));
    }

    // The number as a report writes it: 7515, 99.993, 0.5 (no exponent, no trailing zeros).
    private static string Written(double value) => value.ToString("0.############", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex Number();
}
