namespace Summarizer.Tests.Extraction;

public sealed class MetricRuleTests
{
    [Theory]
    [InlineData("- 入金有效成功率：99.993%", "系统运行数据", "入金有效成功率", 99.993, "%", null, null)]
    [InlineData("年度可用性: 99.998%", "Metrics", "年度可用性", 99.998, "%", null, null)]
    [InlineData("3. 新银当量：农行接入存管产品方案初步评审完成，技术方案进度85%", null, "新银当量 技术方案进度", 85, "%", null, null)]
    [InlineData("接口P99耗时由310ms降至245ms", null, "接口P99耗时", 245, "ms", 310.0, null)]
    [InlineData("平均耗时从1.2s降到0.8s", null, "平均耗时", 0.8, "s", 1.2, null)]
    [InlineData("- Checkout p95 latency dropped from 310 ms to 245 ms after the cache rollout.", null, "Checkout p95 latency", 245, "ms", 310.0, null)]
    [InlineData("错误率0.002%（目标≤0.003%）", null, "错误率", 0.002, "%", null, "≤0.003%")]
    [InlineData("- Uptime 99.95% (target 99.9%)", null, "Uptime", 99.95, "%", null, "99.9%")]
    [InlineData("- Migrated 312/450 merchants to the new ledger.", null, "Migrated", 312, "merchants", null, "450")]
    [InlineData("- 14 of 18 regions on the new gateway.", null, "regions", 14, null, null, "18")]
    [InlineData("- Revenue $1.2M this week.", null, "Revenue", 1.2, "$M", null, null)]
    [InlineData("日均交易量：1.5万笔", null, "日均交易量", 1.5, "万笔", null, null)]
    [InlineData("新增商户：120家", null, "新增商户", 120, "家", null, null)]
    [InlineData("Open P1 bugs: 12", null, "Open P1 bugs", 12, null, null, null)]
    [InlineData("交易金额达到3,456万元", null, "交易金额", 3456, "万元", null, null)]
    [InlineData("支付成功率99.5%7月起按新口径统计", null, "支付成功率", 99.5, "%", null, null)]
    public void Match_MeasuredQuantity_FillsMetricFacts(string line, string? heading, string name, double value, string? unit, double? previous, string? target)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line, heading), c => c.Kind == ItemKind.Metric);

        Assert.Equal(new MetricFacts(name, value, unit, previous, target), metric.Metric);
        Assert.Null(metric.Severity);
    }

    [Fact]
    public void Match_SeveralQuantitiesOnOneLine_GivesOneCandidateEach()
    {
        var metrics = ReportUnits.ExtractLine("5. 惠居芝麻免押：13城展业，授权7515人，成功5711人，核销签约4749人，成功率76%；二期目标7月30日。")
            .Where(c => c.Kind == ItemKind.Metric).ToList();

        Assert.Equal(["惠居芝麻免押", "惠居芝麻免押 授权", "惠居芝麻免押 成功", "惠居芝麻免押 核销签约", "惠居芝麻免押 成功率"], metrics.Select(m => m.Metric!.Name));
        Assert.Equal([13, 7515, 5711, 4749, 76], metrics.Select(m => m.Metric!.Value));
        Assert.Equal(["惠居芝麻免押：13城展业", "授权7515人", "成功5711人", "核销签约4749人", "成功率76%"], metrics.Select(m => m.Quote));
        Assert.Equal("惠居芝麻免押 授权 7515人", metrics[1].Summary);
    }

    [Theory]
    [InlineData("错误率0.004%（目标≤0.003%）")]
    [InlineData("- Uptime 99.5% (target 99.9%)")]
    [InlineData("P99 latency: 320 ms (target 250 ms)")]
    public void Match_ValueMissesTarget_IsMediumSeverity(string line)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line), c => c.Kind == ItemKind.Metric);
        Assert.Equal(Severity.Medium, metric.Severity);
    }

    [Theory]
    [InlineData("1. 装修存管项目：完成内部联调，7月1日提测，7月2-4日联调，预计7月9日上线；第二阶段7月中旬，第三阶段7月底上线。")]
    [InlineData("- 贝易转v1.1和1.2版本已于618在省心租试点运行，目前已上线。")]
    [InlineData("- 其他银行: 6月份完成P0和P1银行意向确认。")]
    [InlineData("Created: 2024年6月29日 09:21")]
    [InlineData("- Release v1.1 shipped on 2024-06-25 at 14:00.")]
    [InlineData("详细记录：[https://wiki.example.com/display/QA/2024.6](https://wiki.example.com/display/QA/2024.6)")]
    [InlineData("4. 贝好家意向金：太原项目开售，27组客户意向金因政策原路退回，待业务复盘后调整。")]
    [InlineData("1. 账户大表治理：处理异步1.0中间表")]
    [InlineData("版本：2.3")]
    [InlineData("- Sprint 14 review on Jun 28 at 10:30")]
    [InlineData("会议时间：周三 14:00，地点 3 楼")]
    [InlineData("第3期于2024-W27上线")]
    public void Match_DatesVersionsOrdinalsAndTimes_AreNotMetrics(string line)
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), c => c.Kind == ItemKind.Metric);
    }

    [Theory]
    [InlineData("- CI pipeline median time down to 11 min", "CI pipeline median time", 11)]
    [InlineData("- Build queue wait fell to 4 min", "Build queue wait", 4)]
    public void Match_NameBeforeMovementVerb_EndsBeforeTheVerb(string line, string name, double value)
    {
        var metric = Assert.Single(ReportUnits.ExtractLine(line), c => c.Kind == ItemKind.Metric);
        Assert.Equal((name, value), (metric.Metric!.Name, metric.Metric.Value));
    }

    [Fact]
    public void Match_CodeGluedToName_KeepsTheWholeName()
    {
        var metric = Assert.Single(ReportUnits.ExtractLine("4. 银企M6V机房迁移整体进度95%；中行前置机搬迁M7机房完成"), c => c.Kind == ItemKind.Metric);
        Assert.Equal("银企M6V机房迁移整体进度", metric.Metric!.Name);
    }

    [Fact]
    public void Match_CountOfAlertsUnderMetricsHeading_IsMetricOnly()
    {
        var item = Assert.Single(ReportUnits.ExtractLine("- 告警次数：12次", "系统运行数据"));
        Assert.Equal(ItemKind.Metric, item.Kind);
    }

    [Fact]
    public void Match_CountOfAlertsInWorkItem_IsRiskAndMetric()
    {
        var items = ReportUnits.ExtractLine("- 对账任务超时告警3次", "【O2 平台治理】");
        Assert.Equal([ItemKind.Risk, ItemKind.Metric], items.Select(i => i.Kind));
    }
}
