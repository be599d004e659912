namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of slips and plans rules-11 missed or misread on three more outside writers' reports (rules-12), each pinned by
/// invented examples (report week 2024-W26, Mon Jun 24 – Sun Jun 30, unless stated), with what a careful reader lists.
/// </summary>
public sealed class DelayPlanRules12Tests
{
    private static DelayFacts SingleDelay(string line, string? heading = null, string week = "2024-W26") =>
        Assert.Single(ReportUnits.ExtractLine(line, heading, week), i => i.Kind == ItemKind.Delay).Delay!;

    private static List<string> Plans(string report) =>
        ReportUnits.Extract(report).Where(i => i.Kind == ItemKind.Plan).Select(i => i.Summary).ToList();

    // ---- "wk" and "nxt" are how people shorten "week" and "next" in a heading (tester t8a: seven plans missed)

    [Theory]
    [InlineData("## Next wk")]
    [InlineData("## Nxt week")]
    [InlineData("**Plans for next wks**")]
    public void Extract_AShortenedNextWeekHeading_HeadsPlans(string heading)
    {
        var plans = Plans($"# Finance IT\n\n{heading}\n\n- Migrate the payroll export to the new SFTP host\n- Close the audit findings with the controller\n");
        Assert.Equal(2, plans.Count);
    }

    // ---- dates named by their week, or led by a weekday

    [Theory]
    [InlineData("评审会原定本周五，因客户负责人出差改到下周三（7/3）下午", "2024-06-28", "2024-07-03")]
    [InlineData("供应商说好本周二交付接口，到现在还没给，最快下周一", "2024-06-25", "2024-07-01")]
    public void Extract_DaysNamedByTheirWeek_AreTheSlipsDates(string line, string from, string to)
    {
        var delay = SingleDelay(line);
        Assert.Equal((from, to), (delay.From, delay.To));
    }

    [Fact]
    public async Task Publish_DaysNamedByTheirWeek_KeepTheirDates()
    {
        var items = await ReportUnits.PublishedAsync("## 备注\n\n评审会原定本周五，因客户负责人出差改到下周三下午\n");
        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay).Delay!;
        Assert.Equal(("2024-06-28", "2024-07-03"), (delay.From, delay.To));
    }

    [Theory]
    [InlineData("Decision: cutover moves from Tue 6/25 to Mon 7/1, staged by region.", "2024-06-25", "2024-07-01")]
    [InlineData("@ana: confirmed — pilot release moved Wed 6/26 → Tue 7/2, sales ok with it", "2024-06-26", "2024-07-02")]
    [InlineData("Shifting the launch to **Jul 9** (from Jun 28). The consent flow needs a legal review first.", "2024-06-28", "2024-07-09")]
    public void Extract_ShiftWithWeekdaysOrEmphasis_KeepsBothDates(string line, string from, string to)
    {
        var delay = SingleDelay(line);
        Assert.Equal((from, to), (delay.From, delay.To));
    }

    // ---- the old date, then the new one in other words

    [Theory]
    [InlineData("接口联调原定 6/20 完成，因对方环境不稳定，实际 6/26 才完成", "2024-06-20", "2024-06-26")]
    [InlineData("数据盘点原计划 6/21 交付，按现在的进度估计得 6/27 才能交", "2024-06-21", "2024-06-27")]
    [InlineData("Vendor portal: go-live was 6/19, QA found a mapping gap, new go-live date 7/2.", "2024-06-19", "2024-07-02")]
    [InlineData("The index rebuild was planned for Jun 21; we are moving it to Jul 1 to stay clear of the freeze.", "2024-06-21", "2024-07-01")]
    [InlineData("Scaffold sign-off was programmed for 21 Jun; now forecast 3 Jul due to the crane inspection.", "2024-06-21", "2024-07-03")]
    [InlineData("The courier contract is late: legal now sends the draft 5 Jul instead of 21 Jun.", "2024-06-21", "2024-07-05")]
    public void Extract_PlannedThenRevisedDate_IsASlip(string line, string from, string to)
    {
        var delay = SingleDelay(line);
        Assert.Equal((from, to), (delay.From, delay.To));
    }

    [Fact]
    public void Extract_NewDateThenTheDateItMovedFrom_IsASlip()
    {
        var delay = SingleDelay("Board review now scheduled for Dec 14, moved from Dec 2.", week: "2024-W48");
        Assert.Equal(("2024-12-02", "2024-12-14"), (delay.From, delay.To));
    }

    [Theory]
    [InlineData("Ledger export: ETA Jan 13 (was Dec 23, 2024)")]
    [InlineData("Ledger export: ETA Jan 13 (was Dec 23)")]
    public void Extract_NewDateInTheNextYear_IsASlipAcrossTheNewYear(string line)
    {
        var delay = SingleDelay(line, week: "2024-W50");
        Assert.Equal(("2024-12-23", "2025-01-13"), (delay.From, delay.To));
    }

    [Theory]
    [InlineData("首页改版原定 6/28 上线，大概率要挪到 7/5")] // the hedge is on the move: a possibility
    [InlineData("If the vendor order slips again, we are close to full in the Paris region.")]
    [InlineData("We lose the Jul 3 slot if it is delayed again.")]
    [InlineData("Open RFIs: 17 (last week 14)   Overdue (>10 days no response): 5")]
    public void Extract_PossibleSlipOrCountOfLateItems_IsNoDelay(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Delay);

    [Theory]
    [InlineData("Lost 2 days to storms and high wind (Tue, Wed). Crane stood down.")]
    [InlineData("因园区停电耽误了2天工期，幕墙安装顺延")]
    public void Extract_DaysLostToACause_IsASlip(string line) => SingleDelay(line);

    // ---- tables

    [Theory]
    [InlineData("| 批次 | 内容 | 首次排期 | 新排期 | 状态 |\n|---|---|---|---|---|\n| 第三批 | 用户域 40 张表 | 6/21 | 7/5 | ⚠️ 延期 |")]
    [InlineData("| Wave | Scope | Window A | Window B | Status |\n|---|---|---|---|---|\n| Wave 3 | EU stores | Jun 21 | Jul 5 | Delayed |")]
    public void Extract_DelayedRowWithTwoDateCells_SlipsFromTheFirstToTheLast(string table)
    {
        var delay = Assert.Single(ReportUnits.Extract("## 进度 / Progress\n\n" + table), i => i.Kind == ItemKind.Delay).Delay!;
        Assert.Equal(("2024-06-21", "2024-07-05"), (delay.From, delay.To));
    }

    // ---- a slip told under a plans heading

    [Theory]
    [InlineData("## 下周计划\n\n1. 启动双12排班。\n2. 原定 6/27 上线的对账新版本，因银行接口升级推到 7/4。\n", "2024-06-27", "2024-07-04")]
    [InlineData("## Next week\n\n- Start the Q3 capacity plan.\n- The replica migration was planned for Jun 27; we are moving it to Jul 8.\n", "2024-06-27", "2024-07-08")]
    public void Extract_DatedSlipUnderAPlansHeading_IsADelayNotAPlan(string report, string from, string to)
    {
        var items = ReportUnits.Extract(report);
        var delay = Assert.Single(items, i => i.Kind == ItemKind.Delay).Delay!;
        Assert.Equal((from, to), (delay.From, delay.To));
        Assert.Single(items, i => i.Kind == ItemKind.Plan); // the other line
    }

    // ---- where plans end, and what is no plan

    [Fact]
    public void Extract_MailSignOffSignatureAndQuotedMailAfterPlans_AreNoPlans()
    {
        var plans = Plans("## 四、下周计划\n\n1. 完成灰度切换\n2. 组织压测复盘\n\n以上，谢谢。\n\n王晓东\n运营部 | 某某科技\n手机 139-0000-1234\n\n" +
            "-----原始邮件-----\n发件人: 王晓东\n发送时间: 2024年6月21日 18:02\n> 一、核心数据\n> 出库量 3.2 万单\n");
        Assert.Equal(2, plans.Count);
    }

    [Fact]
    public void Extract_DashSignatureUnderPlans_IsNoPlan()
    {
        var plans = Plans("## Coming up\n\n- Ship the offline beta to 20% of users\n\n— Dana Reyes, Head of Mobile\n");
        Assert.Single(plans);
    }

    [Theory]
    [InlineData("## Plans\n\n- Finish the runbook review\n- *下次指导委员会：7/2（周二）15:00*\n")]
    [InlineData("## Plans\n\n- Finish the runbook review\n\nnext SoS Tue 7/2\n")]
    [InlineData("## Plans\n\n- [ ] Finish the runbook review\n- [x] Kim: triaged the audit items (done in meeting)\n")]
    [InlineData("## Plans\n\n- Finish the runbook review\n\n_3 comments · 👍 4_\n")]
    public void Extract_CalendarEntryDoneItemOrCommentCount_IsNoPlan(string report) =>
        Assert.Single(Plans(report));

    [Theory]
    [InlineData("## Site notes\n\n1. Overtime 212 hours this week.\n2. Next week: re-run the four failed inspections.\n")]
    [InlineData("## Asks / next steps\n\n- Finance: approve the expedite fee.\n")]
    [InlineData("## Actions before Fri 6/28 EOD\n\n1. QA: full regression on RC4\n")]
    [InlineData("**Next**\n\n- Spec the conflict rule with product\n")]
    public void Extract_NextWorkMarkedByLabelOrHeading_IsAPlan(string report) =>
        Assert.Single(Plans(report));

    [Fact]
    public void Extract_NextWeekLabelOnAReadingListEntry_IsNoPlan() =>
        Assert.Empty(Plans("## Reading group\n\n- Next week: \"Scaling laws for sparse retrieval\". Presenter: Omar.\n"));
}
