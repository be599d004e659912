using Summarizer.Digest;

namespace Summarizer.Tests.Extraction;

/// <summary>An ask that opens with the verb the head is asked for is an ask, not a figure; a budget is a ceiling.</summary>
public class AskLeadTests
{
    [Theory]
    [InlineData("## Decisions needed\n\n- Approve $85,000 for additional transfer appliances by Nov 25.\n", 2024, 11, 25)]
    [InlineData("## Asks\n\n- Please authorize two contractor seats for the migration by Dec 3.\n", 2024, 12, 3)]
    [InlineData("## 需要支持\n\n- 请批准 12 万元压测环境采购，12月6日前。\n", 2024, 12, 6)]
    public async Task AnAskOpeningWithItsVerb_IsADatedApproval_AndNoMetric(string report, int year, int month, int day)
    {
        var items = await ReportUnits.PublishedAsync("# Weekly\n\n" + report, "2024-W47");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Metric);
        var ask = Assert.Single(DecisionAsks.Find(items, IsoWeek.Parse("2024-W47")));
        Assert.Equal((AskKind.Approval, new DateOnly(year, month, day)), (ask.Kind, ask.Due!.Value));
    }

    [Theory]
    [InlineData("项目累计支出", 386, "万元", "420 万元", "项目累计支出 386 万元，预算 420 万元，执行率 92%。", false)]
    [InlineData("项目累计支出", 450, "万元", "420 万元", "项目累计支出 450 万元，预算 420 万元。", true)]
    [InlineData("Cloud spend", 48900, "$", "$45,000", "Cloud spend $48,900 (budget $45,000)", true)]
    [InlineData("Budget utilisation", 60, "%", "90%", "Budget utilisation 60% (target 90%)", false)]
    public void ABudget_IsACeiling_SpendingUnderItIsNoOverrun(string name, double value, string unit, string target, string quote, bool overrun)
    {
        var item = Summarizer.Tests.TestSupport.Items.Make(ItemKind.Metric, $"{name} {value}{unit}", quote: quote,
            metric: new MetricFacts(name, value, unit, null, target));

        Assert.Equal(overrun, DecisionAsks.Find([item], IsoWeek.Parse("2024-W47")).Any(a => a.Kind == AskKind.Overrun));
    }

    [Theory]
    [InlineData("- Licence spend $9,000 (budget $10,000)", null)]
    [InlineData("- 项目累计支出 386 万元（预算 420 万元）", null)]
    [InlineData("- Cloud spend $48,900 (budget $45,000)", Severity.Medium)]
    public void SpendingUnderItsBudget_IsNotGradedOffTarget(string line, Severity? expected)
    {
        var metric = ReportUnits.ExtractLine(line).First(i => i.Kind == ItemKind.Metric);
        Assert.Equal(expected, metric.Severity);
    }
}
