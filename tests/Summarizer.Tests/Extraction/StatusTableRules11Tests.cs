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

    // An HR post table: the status cell states the problem after its mark; "🟢 全部到岗" and "🟡 面试中" are states.
    private const string PostTable = """
        ## 重点岗位进展

        | 岗位 | 需求部门 | HC | 已入职 | 状态 |
        |---|---|---|---|---|
        | 测试开发工程师 | 质量部 | 4 | 4 | 🟢 全部到岗 |
        | 数据架构师 | 数据中台 | 1 | 0 | 🟡 候选人要价高出薪资带宽 22%，等待总监审批 |
        | 前端工程师 | 研发中心 | 3 | 1 | 🟡 面试中 |
        """;

    // A savings tracker: the problem is the progress cell in words; a share done or "not started" is none.
    private const string SavingsTracker = """
        ## Savings tracker

        | Initiative | Est. monthly saving | Progress | Status |
        |---|---|---|---|
        | Spot instances for batch ETL | $12k | 40% of jobs moved | 🟢 |
        | Log retention cut to 30 days | $6k | stalled, legal wants 90 days for audit | 🟠 |
        | Reserved capacity review | $3k | not started | ⚪ |
        """;

    // Change-window results: the result column's mark is the status, ❌ a failed change.
    private const string ChangeResults = """
        ### 投产清单

        | 序号 | 系统 | 变更内容 | 窗口 | 结果 |
        |---|---|---|---|---|
        | 1 | 网银系统 | 转账限额参数调整 | 5/12 | ✅ 成功 |
        | 2 | 清算系统 | 日终批处理拆分 | 5/12 | ❌ 回退 |
        """;

    // RAG per dimension and period: the latest period's word is the status, the comment the problem.
    private const string HealthByDimension = """
        ## Health by dimension

        | Dimension | This period | Last period | Comment |
        |---|---|---|---|
        | Scope | Green | Green | No change requests |
        | Cost | Red | Amber | Vendor quote 30% above the approved envelope |
        | Staffing | Amber | Amber | - |
        """;

    // A RAID dependency log: the row code names no item, the cell after it does; "🟠 Open" states no problem.
    private const string Dependencies = """
        **Dependencies**

        | ID | Dependency | Direction | Need-by | Status |
        |---|---|---|---|---|
        | D-07 | Firewall change for the new SFTP host | Inbound, Network | 2 May | 🟠 Change board only meets on 28 Apr |
        | D-08 | HR data feed in new format | Inbound | 9 May | 🟢 On track |
        | D-09 | Label printer drivers | Inbound | 12 May | 🟠 Open |
        """;

    // Space-aligned plain-text tables, zh and en.
    private const string AlignedZh = """
        项目进展

        模块          状态          备注
        支付网关      🟠 风险        证书续签等待供应商回复
        报表中心      🟢 正常        无
        """;

    private const string AlignedEn = """
        STATUS

        Workstream       Status        Notes
        Data import      Blocked       vendor keys not issued
        Reporting        On track      -
        Training         Amber         -
        """;

    [Theory]
    [InlineData(PostTable, "数据架构师：候选人要价高出薪资带宽 22%，等待总监审批", Severity.Medium)]
    [InlineData(SavingsTracker, "Log retention cut to 30 days: stalled, legal wants 90 days for audit", Severity.Medium)]
    [InlineData(ChangeResults, "清算系统：回退", Severity.High)]
    [InlineData(HealthByDimension, "Cost: Vendor quote 30% above the approved envelope", Severity.High)]
    [InlineData(Dependencies, "Firewall change for the new SFTP host: Change board only meets on 28 Apr", Severity.Medium)]
    [InlineData(AlignedZh, "支付网关：证书续签等待供应商回复", Severity.Medium)]
    [InlineData(AlignedEn, "Data import: vendor keys not issued", Severity.Medium)]
    public void Extract_FlaggedRowThatStatesItsProblem_IsOneRiskOfItemAndProblem(string table, string summary, Severity severity)
    {
        var risk = Assert.Single(Risks(table));

        Assert.Equal((summary, (Severity?)severity), (risk.Summary, risk.Severity));
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
}
