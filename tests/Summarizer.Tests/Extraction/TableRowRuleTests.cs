namespace Summarizer.Tests.Extraction;

public sealed class TableRowRuleTests
{
    internal const string Table = """
        # Platform weekly

        ## Status

        | Project | Status | Owner | Due | Notes |
        |---|---|---|---|---|
        | Ledger v2 | Amber | Li | Jul 12 (was Jun 28) | waiting on DBA review |
        | Risk engine | Red | Wang | Aug 1 | blocked by data access approval |
        | Reporting | Green | Zhao | Jul 5 | on track |
        | Card vault | Green | Chen | Jul 30 | vendor API timeout, no workaround yet |
        | Search | Delayed | Qian | Jul 19 | |
        """;

    [Fact]
    public void Match_StatusTable_ReadsEachDataRowByItsColumns()
    {
        var items = ReportUnits.Extract(Table);

        Assert.Equal(
            [
                (ItemKind.Delay, "Ledger v2 slipped from Jun 28 to Jul 12", (Severity?)Severity.Medium),
                (ItemKind.Risk, "Risk engine: blocked by data access approval", Severity.High),
                (ItemKind.Plan, "Risk engine due Aug 1", null),
                (ItemKind.Plan, "Reporting due Jul 5", null),
                (ItemKind.Risk, "Card vault: vendor API timeout", Severity.Low),
                (ItemKind.Plan, "Card vault due Jul 30", null),
                (ItemKind.Delay, "Search delayed to Jul 19", Severity.Medium),
            ],
            items.Select(i => (i.Kind, i.Summary, i.Severity)));
        Assert.Equal(new DelayFacts("Ledger v2", "2024-06-28", "2024-07-12", "waiting on DBA review"), items[0].Delay);
        Assert.Equal("Ledger v2 | Amber | Li | Jul 12 (was Jun 28) | waiting on DBA review", items[0].Quote);
        Assert.Equal(new DelayFacts("Reporting", null, "2024-07-05", null), items[3].Delay); // the committed date, for later weeks' slips
        Assert.Equal(new DelayFacts("Search", null, "2024-07-19", null), items[6].Delay);
    }

    [Fact]
    public void Match_ChineseStatusTable_DueShiftIsDelayAndRedIsRisk()
    {
        var items = ReportUnits.Extract("""
            # 周报

            | 项目 | 状态 | 计划上线日期 | 备注 |
            | --- | --- | --- | --- |
            | 装修存管 | 🟡 | 7月9日 → 7月16日 | 因银行排期 |
            | 惠居免押 | 🔴 | 7月30日 | 支付宝侧方案未定 |
            | 协议配置化 | 🟢 | 7月5日 | 正常 |
            """);

        Assert.Equal([ItemKind.Delay, ItemKind.Risk, ItemKind.Plan, ItemKind.Plan], items.Select(i => i.Kind));
        Assert.Equal(new DelayFacts("装修存管", "2024-07-09", "2024-07-16", "银行排期"), items[0].Delay);
        Assert.Equal("装修存管由7月9日推迟至7月16日", items[0].Summary);
        Assert.Equal(Severity.High, items[1].Severity);
        Assert.Equal(["惠居免押计划7月30日完成", "协议配置化计划7月5日完成"], items.Skip(2).Select(i => i.Summary));
    }

    [Fact]
    public void Match_TableWithoutStatusOrDueColumns_ReadsRowsAsLines()
    {
        var items = ReportUnits.Extract("""
            # 运行数据

            | 数据 | 说明 |
            |---|---|
            | 入金有效成功率：99.993% | 见附件 |
            """);

        var metric = Assert.Single(items);
        Assert.Equal(new MetricFacts("入金有效成功率", 99.993, "%"), metric.Metric);
        Assert.Equal("入金有效成功率：99.993%", metric.Quote);
    }

    [Fact]
    public void Match_MetricTable_GivesOneMetricPerRowWithPreviousAndTarget()
    {
        var items = ReportUnits.Extract("""
            # 周报

            ## 系统运行数据

            | 指标 | 本周 | 上周 | 目标 |
            |---|---|---|---|
            | 入金有效成功率 | 99.993% | 99.990% | ≥99.99% |
            | 出金有效成功率 | 99.981% | 99.985% | ≥99.99% |
            | 日均交易笔数 | 12.5万笔 | 11.8万笔 | |
            """);

        Assert.Equal(
            [
                new MetricFacts("入金有效成功率", 99.993, "%", 99.99, "≥99.99%"),
                new MetricFacts("出金有效成功率", 99.981, "%", 99.985, "≥99.99%"),
                new MetricFacts("日均交易笔数", 12.5, "万笔", 11.8, null),
            ],
            items.Select(i => i.Metric));
        Assert.Equal([null, Severity.Medium, null], items.Select(i => i.Severity));
        Assert.Equal("入金有效成功率 99.993%", items[0].Summary);
        Assert.Equal("入金有效成功率 | 99.993% | 99.990% | ≥99.99%", items[0].Quote);
    }
}
