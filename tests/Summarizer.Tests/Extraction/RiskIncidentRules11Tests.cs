namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of writing that rules-10 read wrongly in risks, incidents and headings on three outside writers' reports
/// (rules-11), each pinned with invented examples (both languages where the convention exists in both) and what a
/// careful reader lists: zero counts that flag nothing, capitals titles of plain-text mails, problems said as a
/// threshold, trend, queue, shortfall or departure, lines labelled as a cause, and incidents told without an incident word.
/// </summary>
public sealed class RiskIncidentRules11Tests
{
    // ---- zero counts name the kinds they count

    [Theory]
    [InlineData("- 本周无 P0、P1 线上故障，P2 一起（见下）")]
    [InlineData("- 本月无客户投诉升级，无新增坏账")]
    [InlineData("- 线上质量：本周无 S1/S2 缺陷逃逸到生产")]
    [InlineData("- No P0/P1 incidents this week.")]
    [InlineData("- 本月无 P0 故障，发生 P1 故障 1 起")]
    [InlineData("- 本周生产事故 2 起（P2 ×1、P3 ×1），详见第四节")]
    public void Extract_ZeroCountOfProblems_IsNoRisk(string line)
    {
        var items = ReportUnits.ExtractLine(line, "概览");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Extract_ZeroCountBesideARealProblem_KeepsTheProblem()
    {
        var items = ReportUnits.ExtractLine("- 本周无 P0 故障；支付回调仍有 3% 超时，原因未定位");

        Assert.Contains(items, i => i.Kind == ItemKind.Risk && i.Summary.Contains("超时", StringComparison.Ordinal));
    }

    // ---- capitals titles of plain-text mails

    [Fact]
    public void Extract_CapitalsTitlesOfAPlainTextMail_SetTheRoleOfTheLinesUnderThem()
    {
        var text = """
            Hi both,

            HIGHLIGHTS
            Two new pilot sites signed this week.

            BLOCKERS / WAITING ON VENDOR
            1. SFTP credentials for the bank feed - asked for on 3 June, still nothing. Reconciliation tests cannot start without them.

            NEXT WEEK:
            1. Run the first reconciliation dry run with the finance team.

            Regards,
            Dana
            """;
        var items = ReportUnits.Extract(text);

        var risk = Assert.Single(items, i => i.Kind == ItemKind.Risk);
        Assert.Contains("SFTP credentials", risk.Quote, StringComparison.Ordinal);
        Assert.Contains(items, i => i.Kind == ItemKind.Plan && i.Quote.Contains("dry run", StringComparison.Ordinal));
        var blocked = ReportUnits.Units(text).Single(u => u.OwnText().Contains("SFTP", StringComparison.Ordinal));
        Assert.Equal("BLOCKERS / WAITING ON VENDOR", blocked.Title);
        var next = ReportUnits.Units(text).Single(u => u.OwnText().Contains("dry run", StringComparison.Ordinal));
        Assert.Equal("NEXT WEEK", next.Title);
        Assert.DoesNotContain(items, i => i.Quote.Contains("Dana", StringComparison.Ordinal)); // the signature after "Regards,"
    }

    [Fact]
    public void Parse_ShortCapitalsAbbreviationOrSentence_IsNoTitle()
    {
        var text = """
            Notes

            TL;DR
            Everything shipped on time.

            FYI
            The office is closed on Friday.
            """;

        Assert.DoesNotContain(ReportUnits.Units(text), u => u.Title is "TL;DR" or "FYI");
    }

    [Fact]
    public void Parse_RuleLinesOfDashesAfterABlankLine_AreReadWithoutError()
    {
        var text = "Weekly note\n\n————\n\n--\nAll quiet.\n\n—\n";

        Assert.NotEmpty(ReportUnits.Units(text));
    }

    // ---- problems said without risk words

    [Theory]
    [InlineData("- 复购率跌破 20%，老客召回活动基本没起量")]
    [InlineData("- 简历通过率连续三周下滑，用人部门反馈岗位要求偏高")]
    [InlineData("- 渲染集群本周平均排队 6 小时（上周 2 小时），影响动画组出片")]
    [InlineData("- 日志盘使用率 78%，按当前写入量约 3 周打满")]
    [InlineData("- 安卓 3.2 提审被拒：隐私弹窗未在首次启动时展示")]
    [InlineData("- 华南区回款已逾期超 60 天，客户仍未给出付款计划")]
    [InlineData("- 竞对在成建制挖人，本月测试组走了 3 人")]
    [InlineData("- Two senior analysts resigned this month and a competitor is poaching the rest of the team.")]
    [InlineData("- Estimate at completion is ~€40k over, mostly the extra travel.")]
    [InlineData("  Forecast hours: 910 h, about 60 h over the cap")]
    [InlineData("- Battery pack stock is down to 3 weeks of cover after the supplier skipped a shipment.")]
    [InlineData("- Top crash this week: an out-of-memory in the image cache, 22% of all crashes.")]
    [InlineData("- Lena is the only person who knows the billing export, and she leaves in June.")]
    public void Extract_ProblemSaidAsThresholdTrendQueueShortfallOrDeparture_IsARisk(string line)
    {
        var items = ReportUnits.ExtractLine(line, "Update");

        Assert.Contains(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("- 发票导出 ❌ 与总账对不上，差 12 笔")]
    [InlineData("- Vendor SSO cut-over ❌ their test tenant returns empty group claims")]
    public void Extract_LineMarkedWithACross_IsARisk(string line)
    {
        var items = ReportUnits.ExtractLine(line, "本周进展");

        Assert.Contains(items, i => i.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Extract_CrossThatSaysNothing_IsNoRisk()
    {
        var items = ReportUnits.ExtractLine("- ❌ nothing", "Blockers");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("- Crash-free sessions 99.6% (last week 99.5%)")]
    [InlineData("- 崩溃率 0.08%，上周 0.09%")]
    [InlineData("- Budget: $120k spent of $300k, on plan.")]
    public void Extract_MeasureNamedAfterAProblem_IsNoRisk(string line)
    {
        var items = ReportUnits.ExtractLine(line, "Metrics");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("- 处理：已临时回滚该开关，待索引优化后再上")]
    [InlineData("- 上周提到的导出白屏问题，定位是缓存配置，3/2 已修好。")]
    [InlineData("- 分组和指标口径都和数据组对齐了，这块没问题。")]
    [InlineData("- 3 号仓扫码枪故障，周二已更换，目前运行正常")]
    [InlineData("- 导出超时问题已纳入发布检查单：大表导出必须走异步任务")]
    [InlineData("- Canary checks now block promotion on latency regressions, not just crash loops.")]
    [InlineData("- Regression suite: 480 / 500 passing (96%)")]
    [InlineData("- 7 of 12 goals on track, 3 at risk, 2 off track.")]
    public void Extract_FixResolvedOrTallyLine_IsNoRisk(string line)
    {
        var items = ReportUnits.ExtractLine(line, "本周进展");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    [Theory]
    [InlineData("- Forecast overspend is ~$30k unless the storage issue is fixed this week, and the budget has no contingency line.")]
    [InlineData("- Staffing is the common root cause of the two missed key results.")]
    public void Extract_ProblemWithAConditionalFixOrNamedAsTheCause_IsARisk(string line)
    {
        var items = ReportUnits.ExtractLine(line, "Summary");

        Assert.Contains(items, i => i.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Extract_CauseLabelledStepOfATimeline_IsARiskAndTheIncidentStaysOne()
    {
        var items = ReportUnits.Extract("""
            ### 事故复盘：下单接口大面积失败（6/18）

            10:02 下单接口开始报错，告警触发。
            10:30 连接池扩容，下单恢复。
            直接原因：09:55 配置推送把连接池上限改成 20，流量一上来就打满。
            """);

        Assert.Contains(items, i => i.Kind == ItemKind.Risk && i.Quote.Contains("配置推送", StringComparison.Ordinal));
        Assert.Single(items, i => i.Kind == ItemKind.Incident);
    }

    [Fact]
    public void Extract_RootCauseThatWasNeverClosed_IsARisk()
    {
        var items = ReportUnits.ExtractLine("Root cause: SSO was not enforced for the contractor group (an exception that was never closed).", "Incident: mailbox compromise");

        Assert.Contains(items, i => i.Kind == ItemKind.Risk && i.Quote.Contains("SSO", StringComparison.Ordinal));
    }

    // ---- a line labelled as a cause is the problem

    [Theory]
    [InlineData("故障复盘", "根因：缓存预热脚本漏掉了新建的分区，冷启动请求全部打到主库。", "预热脚本")]
    [InlineData("故障复盘", "做得不好的：告警在 09:12 已经触发，但被维护窗口的静默规则吞掉。", "静默规则")]
    [InlineData("Incident: export outage", "Root cause: the retry budget was shared across tenants, so one tenant starved the rest.", "retry budget")]
    [InlineData("Weekly update", "What hurt: nobody could find the runbook for the queue failover.", "runbook")]
    public void Extract_LineLabelledAsACause_IsARisk(string heading, string line, string words)
    {
        var items = ReportUnits.ExtractLine(line, heading);

        Assert.Contains(items, i => i.Kind == ItemKind.Risk && i.Quote.Contains(words, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_LabelThatSaysWhatWentWell_IsNoRisk()
    {
        var items = ReportUnits.ExtractLine("做得好的：作战室 10 分钟内拉起，回切没有二次故障。", "故障复盘");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }

    // ---- incidents told without an incident word

    [Fact]
    public async Task Extract_LostConnectionBetweenTwoTimes_IsAnIncidentOfThatLength()
    {
        var text = """
            ## Priya
            - 🔥 Sat morning the Lisbon scanners lost their connection to the warehouse system 07:10–07:55 WET; picking paused.
            """;

        var incident = Assert.Single(await ReportUnits.PublishedAsync(text), i => i.Kind == ItemKind.Incident);
        Assert.Equal(45, incident.Incident!.DurationMinutes);
    }

    [Fact]
    public async Task Extract_TimedLineUnderAnEventsHeading_IsAnIncident()
    {
        var text = """
            ## 3. 事件

            - 6月19日 09:05–09:50，外包客服把含客户地址的表格误发到外部群，涉及约 800 条记录，45 分钟后撤回。
            """;

        var incident = Assert.Single(await ReportUnits.PublishedAsync(text), i => i.Kind == ItemKind.Incident);
        Assert.Equal(45, incident.Incident!.DurationMinutes);
    }
}
