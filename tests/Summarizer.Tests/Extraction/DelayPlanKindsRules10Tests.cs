using Summarizer.Extraction.Offline;

namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of slips and plans rules-9 read wrongly on an outside writer's reports (rules-10), one invented example each
/// (report week 2024-W26, Jun 24–30), with what a careful reader lists: a date field's old and new value, a plan the
/// sentence says no longer holds (原定…待定, was supposed to … will ride with, promised … still not received), a date
/// adjusted against the planned one, a relative new date; warned consequences and cross-references stay quiet; notes,
/// scope notes and comment threads under a next-week heading are no plans.
/// </summary>
public sealed class DelayPlanKindsRules10Tests
{
    private static DelayFacts SingleDelay(string line, string? heading = null) =>
        Assert.Single(ReportUnits.ExtractLine(line, heading), i => i.Kind == ItemKind.Delay).Delay!;

    // ---- a date field told as a change

    [Theory]
    [InlineData("Go-live: 3 Jul 2024 -> 17 Jul 2024", "2024-07-03", "2024-07-17")]
    [InlineData("ETA: Jul 2 => Jul 9", "2024-07-02", "2024-07-09")]
    [InlineData("上线时间：7月3日 → 7月10日", "2024-07-03", "2024-07-10")]
    public void Extract_DateFieldWithOldAndNewValue_IsASlip(string line, string from, string to) =>
        Assert.Equal((from, to), (SingleDelay(line).From, SingleDelay(line).To));

    [Theory]
    [InlineData("联调：7/1 → 7/5")] // a range of work, not a field that moved
    [InlineData("Go-live: 17 Jul 2024 -> 3 Jul 2024")] // pulled in
    public void Extract_ArrowBetweenDatesThatIsNoSlip_IsNoDelay(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);

    [Fact]
    public void Extract_CommitmentWhoseTopicIsItsLabel_SaysTheLabelOnce()
    {
        var plan = Assert.Single(ReportUnits.ExtractLine("Target date: Jul 30"), i => i.Kind == ItemKind.Plan);
        Assert.Equal("Target date: Jul 30", plan.Summary);
    }

    [Fact]
    public void Extract_WereDueAndAreNowExpected_IsASlipBetweenTheDates()
    {
        var delay = SingleDelay("The two load balancers were due Jun 21 and are now expected Jul 5 (customs).");
        Assert.Equal(("2024-06-21", "2024-07-05"), (delay.From, delay.To));
    }

    [Theory]
    [InlineData("**Notes:** The new build runners were due Jun 21 and are now expected Jul 5.")]
    [InlineData("备注：新机房网络割接原定6月25日执行，调整至7月2日。")]
    public void Extract_SlipAfterANoteLabel_IsNotNamedAfterTheLabel(string line)
    {
        var delay = SingleDelay(line);
        Assert.DoesNotContain("Notes", delay.Milestone ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("备注", delay.Milestone ?? "", StringComparison.Ordinal);
        Assert.NotNull(delay.To);
    }

    // ---- a plan the sentence says was overtaken, with the old date or none

    [Theory]
    [InlineData("门店收银改造：原定 6 月 26 日上线，测试还在回归，上线时间待定。", null, "2024-06-26")]
    [InlineData("原定 7 月 8 日发布，包装供应商说最快 7 月 15 日到货。", null, "2024-07-08")]
    [InlineData("厂商承诺 6 月 21 日提供修复包，今天仍未收到。", null, "2024-06-21")]
    [InlineData("The vendor promised the signed certificate for Jun 20; it is still not here.", null, "2024-06-20")]
    [InlineData("数据回填原计划本周全部完成，目前还剩 9 张表。", "踩坑", null)]
    [InlineData("The ledger migration was supposed to finish with this sprint; it will ride with Sprint 27 now.", "Challenges", null)]
    public void Extract_PlanTheSentenceSaysWasOvertaken_IsASlipFromThePlannedDate(string line, string? heading, string? from)
    {
        var delay = SingleDelay(line, heading);
        Assert.Equal(from, delay.From);
    }

    [Theory]
    [InlineData("厂商承诺 7 月 15 日提供修复包，目前尚未收到。")] // the promised day has not come
    [InlineData("原计划下周上线，目前尚未提测。")]
    [InlineData("SLA 承诺 99.95%，本月仍未达标。")] // a promised level, not a day
    [InlineData("The vendor promised a fix for Jul 12; it has not arrived yet.")]
    [InlineData("原定目标签约 100 家门店，还有 20 家未签。")] // a planned quantity, not a time
    [InlineData("原定 7 月 1 日开始内测，最早一批用户反馈良好。")]
    public void Extract_PlanNotYetDue_IsNoDelay(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);

    [Fact]
    public void Extract_MissedPromiseOnAProblemLine_IsTheProblemAndTheSlip()
    {
        var items = ReportUnits.ExtractLine("【高】门禁系统存在越权漏洞，厂商承诺 6 月 21 日提供补丁，至今未收到。");
        Assert.Contains(items, i => i.Kind == ItemKind.Risk);
        Assert.Equal("2024-06-21", Assert.Single(items, i => i.Kind == ItemKind.Delay).Delay!.From);
    }

    // ---- a new date adjusted against the planned one, or moved by a span

    [Fact]
    public void Extract_DateAdjustedAgainstThePlannedOne_IsASlip()
    {
        var delay = SingleDelay("二期扩容（8台）原定6月25日执行，因机房停电演练，调整至7月2日。");
        Assert.Equal(("2024-06-25", "2024-07-02"), (delay.From, delay.To));
    }

    [Fact]
    public void Extract_AdjustedDateWithoutAPlannedOne_IsNoDelay() =>
        Assert.DoesNotContain(ReportUnits.ExtractLine("周会时间调整至7月2日。"), i => i.Kind == ItemKind.Delay);

    [Theory]
    [InlineData("灰度发现兼容问题，全量原计划 6 月 26 日，往后放一周。", "2024-06-26", "2024-07-03")]
    [InlineData("Beta launch was planned for Jun 27; pushed a week because of the store review.", "2024-06-27", "2024-07-04")]
    public void Extract_PlannedDateMovedByASpan_IsASlipToTheMovedDate(string line, string from, string to)
    {
        var delay = SingleDelay(line);
        Assert.Equal((from, to), (delay.From, delay.To));
    }

    // ---- quiet: a warned consequence, a slip told elsewhere

    [Theory]
    [InlineData("若等保测评不通过，原定7月10日的上线需整体顺延。")]
    [InlineData("If the vendor misses the window, go-live will slip to August.")]
    [InlineData("Schedule slipped; see section 4 for the milestone dates.")]
    [InlineData("部分里程碑延期，详见第三部分。")]
    public void Extract_WarnedConsequenceOrCrossReference_IsNoDelay(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);

    // ---- plans

    [Theory]
    [InlineData("""
        ## Next week
        - Ship the refund adapter
        - Review the cutover runbook

        ---
        *Comments (3)*
        **Ana P.:** Can we also look at the dispute flow?
        **Tom R.:** Agreed, next week works.
        """)]
    [InlineData("""
        ## 下周计划
        1. 完成对账模块联调
        2. 推进渠道合同签署

        ---
        评论（2）
        张三：这个需要法务确认吗？
        """)]
    [InlineData("""
        下周计划
        --------

        - 完成对账模块联调
        - 推进渠道合同签署
        """)]
    [InlineData("""
        ## 下周计划
        1. 完成对账模块联调
        2. 推进渠道合同签署

        > 备注：7 月 1 日的团建由行政部负责，不在本周报范围。
        """)]
    [InlineData("""
        ## Plans for next week
        - Finish the refund adapter
        - Dry-run the cutover in staging
        Note: the offsite on Jul 2 is run by HR.
        """)]
    public void Extract_NextWeekSection_ListsOnlyItsWorkItems(string report) =>
        Assert.Equal(2, ReportUnits.Extract(report).Count(i => i.Kind == ItemKind.Plan));

    // ---- asks

    [Theory]
    [InlineData("The primary DB disk will be full before Dec 5; we need approval for 8k of extra storage, due Dec 2.", 12, 2)]
    [InlineData("Waiting for approval of the storage budget; please approve before Dec 4.", 12, 4)]
    public void StatedDeadline_ADeadlineWord_OutranksAForecastBefore(string line, int month, int day) =>
        Assert.Equal(new DateOnly(2026, month, day), AskRule.StatedDeadline(line, new IsoWeek(2026, 48)));
}
