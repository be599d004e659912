using Summarizer.Extraction.Offline;

namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of slips rules-10 missed on three outside writers' reports (rules-11), one invented example each (report week
/// 2024-W26, Jun 24–30), with what a careful reader lists: a planned date and the date now expected told in separate
/// clauses or sentences without a shift phrase; two slips in one line; a shift told in the present tense; a table whose
/// status cell tells the slip in words or whose plan and new date sit in different cells; a milestone table whose
/// forecast column is headed "实际/预计" or "Actual/Forecast".
/// </summary>
public sealed class DelayPlanRules11Tests
{
    private static DelayFacts SingleDelay(string line, string? heading = null) =>
        Assert.Single(ReportUnits.ExtractLine(line, heading), i => i.Kind == ItemKind.Delay).Delay!;

    // ---- the old date, then the new one after a now-word

    [Theory]
    [InlineData("官网改版原定 6.20 全部上线，现在还剩 3 个页面没切，预计 6.28 才能完成", "2024-06-20", "2024-06-28")]
    [InlineData("门禁系统改造原计划 6月18日 验收（施工方材料晚到），现预计 7月2日", "2024-06-18", "2024-07-02")]
    [InlineData("The billing export was due from the vendor on 19 Jun, now promised for 3 Jul.", "2024-06-19", "2024-07-03")]
    [InlineData("Warehouse go-live was 6/21; Ops now says Jul 8 at the earliest because of the scanner firmware.", "2024-06-21", "2024-07-08")]
    [InlineData("The Berlin pilot, planned for 17 Jun, is now 1 Jul because the permit arrived late.", "2024-06-17", "2024-07-01")]
    [InlineData("We had planned to release the Android build on 6/20; it will now ship with the 2.4 train on Jul 2.", "2024-06-20", "2024-07-02")]
    [InlineData("The retention policy was promised to Legal for Jun 21; with the audit work it won't be ready before Jul 5.", "2024-06-21", "2024-07-05")]
    [InlineData("Was planned for Jun 20. Now targeting Jul 3: the signing key rotation still needs a review.", "2024-06-20", "2024-07-03")]
    [InlineData("Firmware rollout was due to reach 100% on Jun 19; with the rollback, the team now estimates Jul 1 for full rollout.", "2024-06-19", "2024-07-01")]
    public void Extract_PlannedDateThenTheDateNowExpected_IsASlipBetweenThem(string line, string from, string to)
    {
        var delay = SingleDelay(line);
        Assert.Equal((from, to), (delay.From, delay.To));
    }

    [Fact]
    public void Extract_SlipUnderAProblemHeading_KeepsItsDates()
    {
        var delay = SingleDelay("客服知识库原计划 6.19 上线，外包排期冲突，预计 6.27 才能交", "风险 / 待解决");
        Assert.Equal(("2024-06-19", "2024-06-27"), (delay.From, delay.To));
    }

    [Theory]
    [InlineData("原定 6.28 上线，现预计 6.25 即可提前完成")] // pulled in
    [InlineData("The launch was planned for Jul 2 and is on track for Jul 2.")]
    [InlineData("The last release was Jun 3; the next one is now expected Jul 1.")] // a past release, not a plan
    [InlineData("原定 7.1 上线，目前联调顺利，可能 7.5 再做一次灰度")] // a possibility, not a slip
    public void Extract_PlannedDateWithoutALaterExpectedOne_IsNoDelay(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);

    // ---- two slips in one line

    [Theory]
    [InlineData("数据中台二期原定 6/17 联调，接口文档晚到，推迟到 6/21；整体上线也从 6/26 推到 7/3", "2024-06-17", "2024-06-21", "2024-06-26", "2024-07-03")]
    [InlineData("The load test was due Jun 18 and is now expected Jun 25; the launch review moves from Jun 27 to Jul 4.", "2024-06-18", "2024-06-25", "2024-06-27", "2024-07-04")]
    public void Extract_LineWithTwoSlips_GivesEachSlip(string line, string from1, string to1, string from2, string to2)
    {
        var delays = ReportUnits.ExtractLine(line).Where(i => i.Kind == ItemKind.Delay).Select(i => (i.Delay!.From, i.Delay.To)).ToList();
        Assert.Equal([(from1, to1), (from2, to2)], delays);
    }

    [Fact]
    public void Extract_LineWithOneSlipTwoOldDateWords_GivesOneSlip()
    {
        var delay = SingleDelay("报表中心原定 6/21 上线，由 6/21 推迟到 6/28，因权限模型返工");
        Assert.Equal(("2024-06-21", "2024-06-28"), (delay.From, delay.To));
    }

    // ---- a shift told in the present tense

    [Theory]
    [InlineData("Pilot start moves from 24 Jun to 1 Jul because of the badge readers.", "2024-06-24", "2024-07-01")]
    [InlineData("评审会从 6/25 挪到 7/2，客户负责人出差", "2024-06-25", "2024-07-02")]
    public void Extract_ShiftInThePresentTense_IsASlip(string line, string from, string to)
    {
        var delay = SingleDelay(line);
        Assert.Equal((from, to), (delay.From, delay.To));
    }

    // ---- tables that tell the slip in their cells

    [Theory]
    [InlineData("| 编号 | 改进项 | 负责人 | 截止 | 状态 |\n|---|---|---|---|---|\n| A-12 | 日志脱敏改造 | 安全组 | 原定 6/21 | 🔴 延期至 7/2，安全组人手被审计占用 |", "2024-06-21", "2024-07-02")]
    [InlineData("| ID | Action | Owner | Due | Status |\n|---|---|---|---|---|\n| AC-7 | Rotate signing keys | Platform | Jun 21 | 🔴 Slipped to Jul 2, waiting on the HSM vendor |", "2024-06-21", "2024-07-02")]
    [InlineData("| 序号 | 系统 | 变更内容 | 窗口 | 结果 |\n|---|---|---|---|---|\n| 3 | 清算系统 | 跨行对账规则调整 | 原定 6/20 | ⏸ 延期至 6/27 |", "2024-06-20", "2024-06-27")]
    public void Extract_TableRowWhoseCellsTellTheSlip_IsASlipFromTheOldDate(string table, string from, string to)
    {
        var delay = Assert.Single(ReportUnits.Extract(table), i => i.Kind == ItemKind.Delay).Delay!;
        Assert.Equal((from, to), (delay.From, delay.To));
    }

    [Theory]
    [InlineData("| 里程碑 | 计划完成 | 实际/预计完成 | 状态 |\n|---|---|---|---|\n| 供应商接入 | 2024-06-14 | 预计 2024-06-28 | 🔴 延期 |\n| 门店试点 | 2024-06-20 | 2024-06-19 | ✅ 已完成 |\n| 总部培训 | 2024-07-10 | 2024-07-10 | ⚪ 未开始 |", "供应商接入")]
    [InlineData("| Milestone | Plan | Actual/Forecast | RAG |\n|---|---|---|---|\n| Carrier onboarding | 2024-06-14 | 2024-06-28 | 🔴 |\n| Store pilot | 2024-06-20 | 2024-06-19 | 🟢 |\n| HQ training | 2024-07-10 | 2024-07-10 | ⚪ |", "Carrier onboarding")]
    public void Extract_MilestoneTableWithActualOrForecastColumn_SlipsOnlyTheLateRow(string table, string milestone)
    {
        var delay = Assert.Single(ReportUnits.Extract(table), i => i.Kind == ItemKind.Delay).Delay!;
        Assert.Equal((milestone, "2024-06-14", "2024-06-28"), (delay.Milestone, delay.From, delay.To));
    }

    // ---- plans

    [Theory]
    [InlineData("Next up (July): usage-based billing, SSO for the admin console.", "usage-based billing, SSO for the admin console")]
    [InlineData("下一步（7月）：完成结算对账自动化", "完成结算对账自动化")]
    public void Extract_NextMarkerWithItsPeriodInBrackets_IsAPlan(string line, string summary) =>
        Assert.Equal(summary, Assert.Single(ReportUnits.ExtractLine(line, "Product"), i => i.Kind == ItemKind.Plan).Summary);

    // ---- slips without dates, and slip words that move no milestone

    [Theory]
    [InlineData("The partner portal listing slipped again; we hoped for early June, the queue now points to August.", "Lowlights")]
    [InlineData("数据迁移已经推迟了，客户那边还在走审批", "问题与风险")]
    public void Extract_SlipStatedAsDoneUnderAProblemHeading_IsADelay(string line, string heading) =>
        Assert.Contains(ReportUnits.ExtractLine(line, heading), i => i.Kind == ItemKind.Delay);

    [Fact]
    public void Extract_PlanMovedIntoALaterQuarter_IsASlipFromThePlannedDate()
    {
        var delay = SingleDelay("The vendor cutover was planned for 15 Jun and has moved into Q3, date not set yet.");
        Assert.Equal(("2024-06-15", (string?)null), (delay.From, delay.To));
    }

    [Theory]
    [InlineData("Store ratings: the Play Store rating slipped to 4.3 from 4.4 after the prompt change.")] // a figure moved
    [InlineData("The warehouse lost its uplink for 40 min; ~800 orders pushed to the morning shift.")] // a count of units held up
    [InlineData("系统升级当晚约 300 单推迟发货，客服逐一电话说明")]
    [InlineData("新规 7 月 1 日生效，依赖上面延期的结算系统变更，若 7/2 窗口仍不能投产将有合规风险")] // the slip is told above
    public void Extract_SlipWordThatMovesNoMilestone_IsNoDelay(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);

    [Theory]
    [InlineData("@lena: rotate the staging certificates — done 06-21")]
    [InlineData("复核告警阈值 — 已完成")]
    [InlineData("Publish the migration guide (done)")]
    public void Extract_ActionItemMarkedDone_IsNoPlan(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line, "Action items"), i => i.Kind == ItemKind.Plan);

    [Fact]
    public void Extract_ActionItemStillOpen_IsAPlan() =>
        Assert.Contains(ReportUnits.ExtractLine("@lena: rotate the staging certificates by Jul 3", "Action items"), i => i.Kind == ItemKind.Plan);

    [Fact]
    public void Extract_NameAfterAMailSignOff_IsNoPlan()
    {
        var report = "## Next two weeks\n\n- Finish the token service review with Security.\n\nThanks,\nMarta\n";
        Assert.Equal(["Finish the token service review with Security"], ReportUnits.Extract(report).Where(i => i.Kind == ItemKind.Plan).Select(i => i.Summary));
    }

    [Fact]
    public void Extract_ReferenceNoteUnderPlans_IsNoPlan() =>
        Assert.DoesNotContain(ReportUnits.ExtractLine("附：7月目标拆解见共享盘《Q3目标拆解v1》", "下周计划"), i => i.Kind == ItemKind.Plan);
}
