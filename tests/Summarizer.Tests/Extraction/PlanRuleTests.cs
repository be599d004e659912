namespace Summarizer.Tests.Extraction;

public sealed class PlanRuleTests
{
    [Theory]
    [InlineData("下周计划")]
    [InlineData("下周工作及目标")]
    [InlineData("Next week")]
    [InlineData("Plans for next week")]
    [InlineData("Plans")]
    public void Match_ItemsUnderPlanHeading_ArePlans(string heading)
    {
        var items = ReportUnits.Extract($"# 周报\n\n## {heading}\n\n1. 贝易转试点，以及业务运营方案跟进\n2. 核心团队述职，风险项复盘\n3. Raise success rate to 99.99%.\n");

        Assert.All(items, i => Assert.Equal(ItemKind.Plan, i.Kind));
        Assert.All(items, i => Assert.Null(i.Severity));
        Assert.Equal(["贝易转试点，以及业务运营方案跟进", "核心团队述职，风险项复盘", "Raise success rate to 99.99%"], items.Select(i => i.Summary));
    }

    [Fact]
    public void Match_ItemsUnderPlanLabel_ArePlansUntilTheLabelEnds()
    {
        var items = ReportUnits.Extract("# 周报\n\n本周完成联调。\n\n下周计划：\n- 完成装修存管联调\n- 推进招行专线恢复\n\n其他：\n- 部门述职\n");

        Assert.Equal(["完成装修存管联调", "推进招行专线恢复"], items.Select(i => i.Summary));
        Assert.All(items, i => Assert.Equal(ItemKind.Plan, i.Kind));
    }

    [Fact]
    public void Match_PlanWordsOutsidePlanSections_AreNotPlans()
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine("- 解除场景金额计算逻辑优化测试完成，计划下周上线。", "【O1 业务服务】"), c => c.Kind == ItemKind.Plan);
    }
}
