using Summarizer.Extraction.Offline;
using Summarizer.Tests.TestSupport;
using Summarizer.Verification;

namespace Summarizer.Tests.Verification;

public class ItemVerifierTests
{
    private const string Report = """
        # 周报

        ## 系统运行数据

        - 入金有效成功率：99.993%
        - 接口耗时由310ms降至245ms
        - 装修存管项目上线由7月9日调整至7月16日，因银行排期
        - Kafka 3.7 upgrade slipped from Jun 28 to Jul 12
        - MySQL 8.0 升级进度70%
        - 巡检清单12 items, 万事俱备
        - 交易笔数：2150万笔
        """;

    private static readonly ReportSection Unit = Reports.Unit(Report, "系统运行数据");

    private static ItemCandidate Candidate(string summary, string quote, MetricFacts? metric = null, DelayFacts? delay = null) => new()
    {
        SectionId = Unit.Id, Kind = metric is null ? ItemKind.Risk : ItemKind.Metric, Summary = summary, Quote = quote,
        Metric = metric, Delay = delay, Engine = "llm",
    };

    [Fact]
    public void Verify_TableSeparatorRowAsQuote_IsDropped()
    {
        var table = Reports.Unit("""
            # 周报

            ## 风险

            | 风险 | 状态 |
            | --- | --- |
            | 专线断供 | 🔴 |
            """, "风险");
        var candidate = new ItemCandidate { SectionId = table.Id, Kind = ItemKind.Risk, Summary = "| --- | --- |", Quote = "--- | ---", Engine = "llm" };

        var outcome = new ItemVerifier().Verify(table, candidate);

        Assert.Null(outcome.Item);
        Assert.Equal("the quote holds no words", outcome.DropReason);
    }

    [Fact]
    public void Verify_GroundedMetric_PublishesWithLineAndSection()
    {
        var outcome = new ItemVerifier().Verify(Unit, Candidate("入金有效成功率 99.993%", "入金有效成功率：99.993%", new MetricFacts("入金有效成功率", 99.993, "%")));
        var item = Assert.IsType<ExtractedItem>(outcome.Item);
        Assert.Equal(5, item.Source.Line);
        Assert.Equal("周报 > 系统运行数据", item.Section);
        Assert.Equal("team", item.Team);
    }

    [Fact]
    public void Verify_InventedQuote_IsDropped()
    {
        var outcome = new ItemVerifier().Verify(Unit, Candidate("所有项目均已按时完成", "所有项目均已按时完成"));
        Assert.Null(outcome.Item);
        Assert.Contains("quote", outcome.DropReason);
    }

    [Fact]
    public void Verify_SummaryNumberNotInQuote_IsDropped()
    {
        var outcome = new ItemVerifier().Verify(Unit, Candidate("入金有效成功率 99.999%", "入金有效成功率：99.993%"));
        Assert.Null(outcome.Item);
        Assert.Contains("99.999", outcome.DropReason);
    }

    [Fact]
    public void Verify_MetricValueNotInQuote_IsDropped()
    {
        var outcome = new ItemVerifier().Verify(Unit, Candidate("入金有效成功率", "入金有效成功率：99.993%", new MetricFacts("入金有效成功率", 99.9)));
        Assert.Null(outcome.Item);
    }

    [Fact]
    public void Verify_MetricWithPreviousFromQuote_Publishes()
    {
        var outcome = new ItemVerifier().Verify(Unit, Candidate("接口耗时降至245ms", "接口耗时由310ms降至245ms", new MetricFacts("接口耗时", 245, "ms", 310)));
        Assert.NotNull(outcome.Item);
    }

    [Fact]
    public void Verify_DelayDates_KeptWhenTheQuoteWritesThem_LeftOutWhenItDoesNot()
    {
        var ok = new ItemVerifier().Verify(Unit, Candidate("装修存管项目上线推迟", "装修存管项目上线由7月9日调整至7月16日",
            delay: new DelayFacts("装修存管项目上线", "2024-07-09", "2024-07-16", "银行排期")));
        var invented = new ItemVerifier().Verify(Unit, Candidate("装修存管项目上线推迟", "装修存管项目上线由7月9日调整至7月16日",
            delay: new DelayFacts("装修存管项目上线", "2024-07-09", "2024-07-23", null)));
        Assert.Equal(("2024-07-09", "2024-07-16"), (ok.Item!.Delay!.From, ok.Item.Delay.To));
        Assert.Equal("2024-07-09", invented.Item!.Delay!.From);
        Assert.Null(invented.Item.Delay.To); // a date the line does not write is never published
    }

    [Fact]
    public void Verify_DelayDatesWrittenWithMonthNames_AreGroundedByNameAndDay()
    {
        const string quote = "Kafka 3.7 upgrade slipped from Jun 28 to Jul 12";
        var ok = new ItemVerifier().Verify(Unit, Candidate("Kafka 3.7 upgrade slipped from Jun 28 to Jul 12", quote,
            delay: new DelayFacts("Kafka 3.7 upgrade", "2024-06-28", "2024-07-12", null)));
        var wrongMonth = new ItemVerifier().Verify(Unit, Candidate("Kafka 3.7 upgrade slipped", quote,
            delay: new DelayFacts("Kafka 3.7 upgrade", "2024-06-28", "2024-08-12", null)));
        Assert.Equal("2024-07-12", ok.Item!.Delay!.To);
        Assert.Null(wrongMonth.Item!.Delay!.To); // "Aug 12" is not what the line says
        Assert.Equal("2024-06-28", wrongMonth.Item.Delay.From);
    }

    [Fact]
    public void AssignIds_SameInputTwice_GivesSameIds_AndRepeatsGetDistinctIds()
    {
        var item = new ItemVerifier().Verify(Unit, Candidate("入金有效成功率 99.993%", "入金有效成功率：99.993%")).Item!;
        var first = ItemVerifier.AssignIds(new IsoWeek(2024, 26), [item, item]);
        var second = ItemVerifier.AssignIds(new IsoWeek(2024, 26), [item with { Source = item.Source with { Line = 40 } }, item]);
        Assert.NotEqual(first[0].Id, first[1].Id);
        Assert.Equal(first.Select(i => i.Id), second.Select(i => i.Id));
        Assert.NotEqual(first[0].Id, ItemVerifier.AssignIds(new IsoWeek(2024, 27), [item])[0].Id);
    }

    // Issue 11: invented numbers a model claimed, each once published because a multiplier elsewhere in the line scaled it.
    [Theory]
    [InlineData("MySQL 8.0 升级进度70%", "MySQL rows migrated", 8_000_000)]
    [InlineData("Kafka 3.7 upgrade slipped from Jun 28 to Jul 12", "Kafka upgrade size", 3_700)]
    [InlineData("巡检清单12 items, 万事俱备", "巡检清单", 120_000)]
    public void Verify_MetricScaledByALetterElsewhereInTheQuote_IsDropped(string quote, string name, double value)
    {
        var outcome = new ItemVerifier().Verify(Unit, Candidate(name, quote, new MetricFacts(name, value)));
        Assert.Null(outcome.Item);
        Assert.Contains("not in the quote", outcome.DropReason);
    }

    [Theory]
    [InlineData("MySQL 8.0 升级进度70%", "MySQL 已迁移 8M 行")]
    [InlineData("Kafka 3.7 upgrade slipped from Jun 28 to Jul 12", "Kafka 3.7k upgrade slipped")]
    [InlineData("巡检清单12 items, 万事俱备", "巡检清单共12万项")]
    public void Verify_SummaryNumberScaledByALetterElsewhereInTheQuote_IsDropped(string quote, string summary)
    {
        var outcome = new ItemVerifier().Verify(Unit, Candidate(summary, quote));
        Assert.Null(outcome.Item);
        Assert.Contains("summary numbers not in the quote", outcome.DropReason);
    }

    [Theory]
    [InlineData("交易笔数 2150万笔", 2150)]
    [InlineData("交易笔数 21,500,000", 21_500_000)]
    [InlineData("MySQL 8.0 升级进度 70%", 70)]
    [InlineData("MySQL 8.0 升级进度 70%", 0.7)]
    public void Verify_NumbersWithTheirOwnUnit_ArePublished(string summary, double value)
    {
        var quote = summary.StartsWith("交易", StringComparison.Ordinal) ? "交易笔数：2150万笔" : "MySQL 8.0 升级进度70%";
        var outcome = new ItemVerifier().Verify(Unit, Candidate(summary, quote, new MetricFacts("m", value)));
        Assert.NotNull(outcome.Item);
    }

    [Theory]
    [InlineData("Vendor patch decides the audit deadline. Severity: high", Severity.High)]
    [InlineData("severity - HIGH: payout job", Severity.High)]
    [InlineData("严重程度：高 证书到期", Severity.High)]
    [InlineData("风险等级：高 供应商补丁未到", Severity.High)]
    [InlineData("Sev1 checkout down", Severity.High)]
    [InlineData("SEV2 refunds delayed", Severity.High)]
    [InlineData("P1 对账差异", Severity.High)]
    [InlineData("【高】专线断供", Severity.High)]
    [InlineData("Ledger migration is 🔴 Red", Severity.High)]
    [InlineData("Severity: medium, vendor slow", Severity.Medium)]
    [InlineData("🟡 证书续期", Severity.Medium)]
    [InlineData("Status: Amber", Severity.Medium)]
    [InlineData("Sev3 flaky test", Severity.Medium)]
    [InlineData("【低】文档", Severity.Low)]
    [InlineData("Severity: low — docs", Severity.Low)]
    public void ExplicitMarker_IsAFloorForAnyEngine_AndLeavesTheSummary(string line, Severity stated)
    {
        // A model that graded a marked high line lower is overruled; an ungraded candidate takes the marker.
        var unit = Reports.Unit($"# Weekly\n\n## Risks\n\n- {line}\n", "Risks");
        var candidate = new ItemCandidate
        {
            SectionId = unit.Id, Kind = ItemKind.Risk, Summary = line, Quote = line, Engine = "llm",
            Severity = stated == Severity.High ? Severity.Low : null,
        };

        var item = new ItemVerifier().Verify(unit, candidate).Item!;

        Assert.Equal(stated, item.Severity);
        Assert.Equal(SeverityRule.Strip(line), item.Summary); // the badge carries it; items.json and the API say the same
    }
}
