namespace Summarizer.Tests.Extraction;

/// <summary>
/// Status-table rows read by their header's meaning (rules-11): a row whose status is amber, red, blocked or failed
/// (🟡 🟠 🔴 ❌ ⛔, Amber, Red, Blocked, 受阻) and whose problem is written in a notes, comment or issue cell, in a
/// progress cell in words, or after the status mark itself, is a risk summarised by the row's item and its problem and
/// graded by the status. Green, done and on-track rows, amber rows that only name a state ("🟡 测试中"), and rows whose
/// only problem cell is empty, "-", "无" or "none" are no risk. All tables are invented, in the shapes of outside
/// writers' reports (HR post table, FinOps tracker, change-window results, RAID dependencies, RAG by dimension).
/// </summary>
public sealed class StatusTableRules11Tests
{
    private static List<ItemCandidate> Risks(string text) => [.. ReportUnits.Extract(text).Where(i => i.Kind == ItemKind.Risk)];

    [Fact]
    public void Extract_AmberStatusCellThatStatesAProblem_IsTheRowsRisk()
    {
        var risks = Risks("""
            ## 重点岗位进展

            | 岗位 | 需求部门 | HC | 已入职 | 状态 |
            |---|---|---|---|---|
            | 测试开发工程师 | 质量部 | 4 | 4 | 🟢 全部到岗 |
            | 数据架构师 | 数据中台 | 1 | 0 | 🟡 候选人要价高出薪资带宽 22%，等待总监审批 |
            | 前端工程师 | 研发中心 | 3 | 1 | 🟡 面试中 |
            """);

        var risk = Assert.Single(risks);
        Assert.Equal("数据架构师：候选人要价高出薪资带宽 22%，等待总监审批", risk.Summary);
        Assert.Equal(Severity.Medium, risk.Severity);
    }

    [Fact]
    public void Extract_ProgressCellInWordsOnAnAmberRow_IsTheRowsProblem()
    {
        var risks = Risks("""
            ## Savings tracker

            | Initiative | Est. monthly saving | Progress | Status |
            |---|---|---|---|
            | Spot instances for batch ETL | $12k | 40% of jobs moved | 🟢 |
            | Log retention cut to 30 days | $6k | stalled, legal wants 90 days for audit | 🟠 |
            | Reserved capacity review | $3k | not started | ⚪ |
            """);

        var risk = Assert.Single(risks);
        Assert.Equal("Log retention cut to 30 days: stalled, legal wants 90 days for audit", risk.Summary);
        Assert.Equal(Severity.Medium, risk.Severity);
    }

    [Fact]
    public void Extract_ResultColumnMarkedFailed_IsARedRisk()
    {
        var risks = Risks("""
            ### 投产清单

            | 序号 | 系统 | 变更内容 | 窗口 | 结果 |
            |---|---|---|---|---|
            | 1 | 网银系统 | 转账限额参数调整 | 5/12 | ✅ 成功 |
            | 2 | 清算系统 | 日终批处理拆分 | 5/12 | ❌ 回退 |
            """);

        var risk = Assert.Single(risks);
        Assert.Contains("清算系统", risk.Summary, StringComparison.Ordinal);
        Assert.Contains("回退", risk.Summary, StringComparison.Ordinal);
        Assert.Equal(Severity.High, risk.Severity);
    }

    [Fact]
    public void Extract_RagWordPerPeriodWithAComment_IsGradedByTheWord()
    {
        var risks = Risks("""
            ## Health by dimension

            | Dimension | This period | Last period | Comment |
            |---|---|---|---|
            | Scope | Green | Green | No change requests |
            | Cost | Red | Amber | Vendor quote 30% above the approved envelope |
            | Staffing | Amber | Amber | - |
            """);

        var risk = Assert.Single(risks);
        Assert.Equal("Cost: Vendor quote 30% above the approved envelope", risk.Summary);
        Assert.Equal(Severity.High, risk.Severity);
    }

    [Fact]
    public void Extract_StatusCellWithTheProblemAfterItsMark_IsTheRowsRisk()
    {
        var risks = Risks("""
            **Dependencies**

            | ID | Dependency | Direction | Need-by | Status |
            |---|---|---|---|---|
            | D-07 | Firewall change for the new SFTP host | Inbound, Network | 2 May | 🟠 Change board only meets on 28 Apr |
            | D-08 | HR data feed in new format | Inbound | 9 May | 🟢 On track |
            | D-09 | Label printer drivers | Inbound | 12 May | 🟠 Open |
            """);

        var risk = Assert.Single(risks);
        Assert.Equal("Firewall change for the new SFTP host: Change board only meets on 28 Apr", risk.Summary);
        Assert.Contains("D-07", risk.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("| 账单中心 | 🔴 红 | - |")]
    [InlineData("| 账单中心 | 🟡 黄 | 无 |")]
    [InlineData("| 账单中心 | Amber | none |")]
    [InlineData("| 账单中心 | 🟢 正常 | 接口超时已修复 |")]
    public void Extract_RowWithoutAStatedProblemOrGreen_IsNoRisk(string row)
    {
        var risks = Risks($"""
            ## 项目状态

            | 项目 | 状态 | 备注 |
            |---|---|---|
            {row}
            """);

        Assert.Empty(risks);
    }

    [Fact]
    public void Extract_SpaceAlignedTextTable_ReadsStatusAndNotesColumns()
    {
        var risks = Risks("""
            项目进展

            模块          状态          备注
            支付网关      🟠 风险        证书续签等待供应商回复
            报表中心      🟢 正常        无
            """);

        var risk = Assert.Single(risks);
        Assert.Equal("支付网关：证书续签等待供应商回复", risk.Summary);
        Assert.Equal(Severity.Medium, risk.Severity);
    }

    [Fact]
    public void Extract_SpaceAlignedEnglishTable_BlockedRowWithANoteIsARisk()
    {
        var risks = Risks("""
            STATUS

            Workstream       Status        Notes
            Data import      Blocked       vendor keys not issued
            Reporting        On track      -
            Training         Amber         -
            """);

        var risk = Assert.Single(risks);
        Assert.Equal("Data import: vendor keys not issued", risk.Summary);
    }
}
