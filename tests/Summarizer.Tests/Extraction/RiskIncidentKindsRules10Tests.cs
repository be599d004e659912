namespace Summarizer.Tests.Extraction;

/// <summary>
/// Kinds of writing that rules-9 read wrongly in risks, incidents and headings on an outside writer's reports (rules-10),
/// each pinned with invented examples (both languages where the convention exists in both) and what a careful reader
/// lists: plain-text titles, status and pointer lines that flag nothing, problems said without risk words, and an
/// incident titled by its heading and told in steps.
/// </summary>
public sealed class RiskIncidentKindsRules10Tests
{
    // ---- headings in plain text

    [Fact]
    public void Extract_SquareMarkedNumberedHeadings_SetTheRoleOfTheLinesUnderThem()
    {
        var items = ReportUnits.Extract("""
            【运营周报】第26周

            ■ 二、存在问题
            1. 新版收银台在低端机型上首屏白屏
            2. 门店网络改造排期仍未确定

            ■ 三、下周计划
            1. 完成收银台低端机型兼容修复
            """);

        var risks = items.Where(i => i.Kind == ItemKind.Risk).Select(i => i.Quote).ToList();
        Assert.Equal(2, risks.Count);
        Assert.Contains(risks, q => q.Contains("首屏白屏", StringComparison.Ordinal));
        Assert.Contains(risks, q => q.Contains("排期仍未确定", StringComparison.Ordinal));
        Assert.Contains(items, i => i.Kind == ItemKind.Plan && i.Quote.Contains("兼容修复", StringComparison.Ordinal));
        Assert.DoesNotContain(items, i => i.Quote.Contains('■'));
    }

    [Fact]
    public void Extract_BareTitleOverAnIndentedList_IsAProblemHeadingThatEndsAtTheNextUnindentedParagraph()
    {
        var text = """
            Release notes draft

            Open problems
              * The nightly export sometimes writes an empty file when the disk quota is closed out by
                the cleanup job. Seen twice on the EU cluster.
              * Docs build takes 14 min now, up from 6 min.

            Moved to the next release: bulk import, audit log export.
            """;
        var items = ReportUnits.Extract(text);

        var risks = items.Where(i => i.Kind == ItemKind.Risk).ToList();
        Assert.Equal(2, risks.Count); // the wrapped second line belongs to its item
        Assert.Contains(risks, r => r.Quote.Contains("empty file", StringComparison.Ordinal));
        Assert.Contains(risks, r => r.Quote.Contains("Docs build takes 14 min", StringComparison.Ordinal));
        var last = ReportUnits.Units(text).Single(u => u.OwnText().Contains("Moved to the next release", StringComparison.Ordinal));
        Assert.NotEqual("Open problems", last.Title);
    }

    // ---- lines that flag nothing

    [Theory]
    [InlineData("Status: At risk (was On track)")]
    [InlineData("**Overall status:** AMBER (was GREEN)")]
    [InlineData("Status: 🟡 At risk")]
    [InlineData("整体状态：🟡 黄（上周 🟢）")]
    [InlineData("本周状态由🟢转🟡，原因见“四、问题与风险”")]
    [InlineData("Schedule moved to amber; see section 4 for the blockers.")]
    [InlineData("本周发生P3级故障1起（详见【事件回顾】）")]
    [InlineData("咨询量环比上涨 25%，主要为周二短信网关故障引起的重复咨询")]
    [InlineData("Tickets rose 30%, mainly due to the Tuesday login outage.")]
    [InlineData("本周无P0/P1缺陷，无 S1/S2 事故")]
    [InlineData("No Sev1 incidents and no SLA breaches this week.")]
    [InlineData("其余告警均为误报，已自动处置")]
    [InlineData("Remaining alerts were false positives.")]
    [InlineData("【低】测试域名暴露调试端口，已统一关闭调试端口")]
    [InlineData("外包新增 3 人，费用在框架合同范围内，无需追加预算")]
    [InlineData("Done ......... 42 issues")]
    [InlineData("召开缺陷评审会 2 次")]
    public void Extract_StatusPointerZeroFixedOrNoAskLine_IsNoRisk(string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Risk);

    [Theory]
    [InlineData("| 负责人 | 报告日期 | 报告周期 | 整体状态 |", "| 林涛 | 2024/06/28 | 06/24–06/28 | 🔴 红 |")]
    [InlineData("| Owner | Report date | Status |", "| Maya Ortiz | 28 Jun 2024 | 🟡 Amber |")]
    public void Extract_RowOfTheReportsOwnLabels_IsNoItem(string header, string row) =>
        Assert.Empty(ReportUnits.Extract($"# 周报\n\n{header}\n|---|---|---|---|\n{row}\n"));

    [Fact]
    public void Extract_RegisterRowClosedInItsResponseCell_IsNoRisk()
    {
        var items = ReportUnits.Extract("""
            ## 风险与问题

            | 编号 | 描述 | 等级 | 应对 |
            |---|---|---|---|
            | R-3 | 压测环境与生产机型不一致 | 低 | 已借调同型号机器，已关闭 |
            | R-4 | 短信供应商合同 7 月到期未续签 | 高 | 法务跟进 |
            """);

        var risk = Assert.Single(items, i => i.Kind == ItemKind.Risk);
        Assert.Contains("R-4", risk.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Things that helped", "Pairing on the login bug found the root issue in an hour.")]
    [InlineData("附件", "附件2：第三轮缺陷清单（截至6/28）")]
    public void Extract_LineUnderAHelpedOrAttachmentsHeading_IsNoRisk(string heading, string line) =>
        Assert.DoesNotContain(ReportUnits.ExtractLine($"- {line}", heading), i => i.Kind == ItemKind.Risk);

    // ---- problems said without risk words

    [Theory]
    [InlineData("获客成本连续三周上涨，主要是新渠道出价偏高")]
    [InlineData("单均配送成本连续两周超目标")]
    [InlineData("供应商合同法务审核已超过 8 个工作日，影响备货")]
    [InlineData("品牌词被竞品截流，需要平台申诉")]
    [InlineData("客户投诉退款到账延迟一周")]
    [InlineData("磁盘告急的节点由 5 台增至 11 台")]
    [InlineData("The search API missed its availability SLO for the third week running: 99.82% against 99.9%.")]
    [InlineData("Error budget for Payments is exhausted; deploys are frozen.")]
    [InlineData("The data migration is still waiting on a DBA review.")]
    [InlineData("The EU rollout can't start until the DPA is signed.")]
    [InlineData("Launch stays on 12 Aug only if the vendor certifies the SDK in July.")]
    [InlineData("Forecast shows an overrun of $80k (9%) against the approved budget.")]
    public void Extract_TrendWaitConditionOverrunOrCompetitorLine_IsARisk(string line) =>
        Assert.Contains(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Risk);

    [Fact]
    public void Extract_ProblemThatHappensWhenSomethingIsClosed_IsStillARisk() =>
        Assert.Contains(ReportUnits.ExtractLine("- The cache can serve stale prices when the upstream connection is closed by the proxy.", "Problems"),
            i => i.Kind == ItemKind.Risk);

    // ---- incidents titled by their heading

    [Theory]
    [InlineData("""
        ## 故障

        **P1｜6月25日（周二）订单服务写入超时**

        - 10:05 监控发现订单写入 p99 超过 3s
        - 10:12 值班确认为主库锁等待，疑似 09:58 的批量任务
        - 10:30 停止批量任务，写入逐步恢复
        - 10:41 指标回落，故障恢复
        - 影响：约 900 笔订单提交失败，故障持续 36 分钟
        """, "订单服务写入超时", 36)]
    [InlineData("""
        ## Incidents

        ### Sev2 — Webhook delivery failures (Wed Jun 26)
        - 08:02 UTC — Alert: webhook 5xx above 3%
        - 08:09 UTC — On-call acknowledges; suspects the 07:50 deploy
        - 08:20 UTC — Deploy rolled back; error rate starts dropping
        - 08:31 UTC — Error rate under 0.1%; incident resolved
        """, "Webhook delivery failures", 29)]
    [InlineData("""
        ## 安全事件

        **【P2】6月26日 预发环境日志桶公开访问**

        - 09:10 外部研究员报告日志桶可匿名列目录
        - 09:25 关闭公开访问策略，暴露窗口结束
        - 15:00 完成访问日志排查
        """, "预发环境日志桶公开访问", 15)]
    public async Task Publish_HeadingThatNamesAnIncidentOverItsSteps_IsOneIncidentOnTheHeading(string text, string name, int minutes)
    {
        var incident = Assert.Single(await ReportUnits.PublishedAsync(text), i => i.Kind == ItemKind.Incident);
        Assert.Contains(name, incident.Source.Quote, StringComparison.Ordinal);
        Assert.Contains(name, incident.Summary, StringComparison.Ordinal);
        Assert.Equal(minutes, incident.Incident!.DurationMinutes);
        Assert.StartsWith("2024-06-2", incident.Incident.Start, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_DateOnlyRowsOfAPostmortemsFieldTable_AreNoIncidents()
    {
        var items = ReportUnits.Extract("""
            # Postmortem: Delayed invoices (INC-88)

            | Field | Value |
            |---|---|
            | Date | 26 Jun 2024 (Wednesday) |
            | Reviewed | Ops review, 28 Jun 2024 |
            """);

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Incident);
    }

    // ---- earlier sessions' leftovers and waits

    [Theory]
    [InlineData("风险：核心交换机维保合同下月到期，续签未启动", "核心交换机维保合同下月到期")]
    [InlineData("Risk: the only DBA who knows the billing schema is on leave in July", "the only DBA who knows the billing schema")]
    public void Extract_RiskLabelLeadingTheLine_StaysOutOfTheSummary(string line, string text)
    {
        var risk = Assert.Single(ReportUnits.ExtractLine(line), i => i.Kind == ItemKind.Risk);
        Assert.StartsWith(text, risk.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- Nightly backup verification skips encrypted volumes. Sev: high.", Severity.High)]
    [InlineData("- Nightly backup verification skips encrypted volumes, high.", Severity.High)]
    public void Extract_TrailingGradeOnAProblemLine_IsItsSeverity(string line, Severity severity) =>
        Assert.Equal(severity, Assert.Single(ReportUnits.ExtractLine(line, "Problems"), i => i.Kind == ItemKind.Risk).Severity);

    [Fact]
    public void Extract_OpenRiskStatedUnderAnIncidentHeading_IsARisk() =>
        Assert.Contains(ReportUnits.ExtractLine("- 结论：日志已脱敏，但脱敏规则只遮盖部分字段，仍存在还原风险。", "安全事件"), i => i.Kind == ItemKind.Risk);

    [Fact]
    public void Extract_WaitThatIsTheReasonOfASlip_IsTheDelayOnly()
    {
        var items = ReportUnits.ExtractLine("Invoice export slipped from Jun 21 to Jun 28, still waiting on the tax team's sign-off.");
        Assert.Contains(items, i => i.Kind == ItemKind.Delay);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk);
    }
}
