namespace Summarizer.Tests.Extraction;

public sealed class RiskRuleTests
{
    [Theory]
    [InlineData("- 交行: 跨行方案存在问题，优先推进本行对接，已获取接口。", "交行: 跨行方案存在问题", Severity.Medium)]
    [InlineData("风控平台：存在延期风险，依赖数据组接口。", "风控平台：存在延期风险，依赖数据组接口", Severity.Medium)]
    [InlineData("渠道网关：【高】招行专线断供，影响招行代扣。", "渠道网关：【高】招行专线断供", Severity.High)]
    [InlineData("- 【中】清算文件偶发超时", "【中】清算文件偶发超时", Severity.Medium)]
    [InlineData("- 【低】测试环境资源紧张", "【低】测试环境资源紧张", Severity.Low)]
    [InlineData("核心交易：依赖银行排期，风险可控。", "核心交易：依赖银行排期", Severity.Low)]
    [InlineData("- 🔴 Single point of failure in the settlement batch host", "🔴 Single point of failure in the settlement batch host", Severity.High)]
    [InlineData("- 🟡 第三方证书6月30日到期，续期流程未完成", "🟡 第三方证书6月30日到期，续期流程未完成", Severity.Medium)]
    [InlineData("- Vendor KYC API blocked by contract renewal.", "Vendor KYC API blocked by contract renewal", Severity.Medium)]
    [InlineData("- Card vault is a single point of failure (High)", "Card vault is a single point of failure (High)", Severity.High)]
    [InlineData("- Mobile release at risk: app store review pending", "Mobile release at risk: app store review pending", Severity.Medium)]
    [InlineData("- Status: Amber — vendor contract unsigned", "Status: Amber — vendor contract unsigned", Severity.Medium)]
    [InlineData("- 对账任务超时告警3次，严重影响日终", "对账任务超时告警3次", Severity.High)]
    [InlineData("- 联调卡点：银行测试环境不稳定", "联调卡点：银行测试环境不稳定", Severity.Medium)]
    [InlineData("- 商户进件被风控规则阻塞", "商户进件被风控规则阻塞", Severity.Medium)]
    [InlineData("- 代扣批量任务失败率上升", "代扣批量任务失败率上升", Severity.Medium)]
    [InlineData("- 对账文件格式异常，待银行确认", "对账文件格式异常", Severity.Medium)]
    [InlineData("- Ledger: Red — vendor late on HSM delivery", "Ledger: Red — vendor late on HSM delivery", Severity.High)]
    [InlineData("- Critical dependency on the bank's sandbox", "Critical dependency on the bank's sandbox", Severity.High)]
    public void Match_RiskStatement_IsRiskWithSeverity(string line, string summary, Severity severity)
    {
        var risk = Assert.Single(ReportUnits.ExtractLine(line), c => c.Kind == ItemKind.Risk);

        Assert.Equal(summary, risk.Summary);
        Assert.Equal(severity, risk.Severity);
    }

    [Theory]
    [InlineData("- 省心租北京业务切量后，交易运行稳定。")]
    [InlineData("- 存量租房合同导入过程中，触发银行子账户开立限制，当前已协调解决。")]
    [InlineData("3. ark国密过检：国密通讯GMTLS问题解决，整体进度80%，预计下周二确认。")]
    [InlineData("问题已解决，无风险。")]
    [InlineData("账务系统：风险可控。")]
    [InlineData("- 上线完成，数据无异常")]
    [InlineData("- All green this week 🟢")]
    [InlineData("- Data warehouse migration is on track, no risk.")]
    [InlineData("- The timeout issue with the bank gateway was resolved on Tuesday.")]
    [InlineData("- No blockers.")]
    [InlineData("2. 支付端到端安全治理项目：出金链路系统风险盘点完毕，测试用例梳理中。")]
    [InlineData("- 其他银行: 6月份完成P0和P1银行意向确认。")]
    [InlineData("项目未延期，按期推进。")]
    [InlineData("- 无障碍改造：完成，已通过验收。")]
    [InlineData("- 收银台v3.2已上线，支付页首屏耗时由820ms降至540ms。")]
    [InlineData("4. 退款中心：退款时效由T+1提升至实时，日均处理1.2万笔，运行稳定。")]
    [InlineData("- The API gateway migration finished and latency dropped.")]
    public void Match_GoodNewsResolvedOrNegated_IsNoRisk(string line)
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), c => c.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Match_UnderRiskHeading_EveryOpenLineIsRiskButNoneAndResolvedAreNot()
    {
        var items = ReportUnits.Extract("# 周报\n\n## 风险与问题\n\n- 第三方证书下月到期\n- 网关扩容已完成，问题已解决\n- 无\n");

        var risk = Assert.Single(items);
        Assert.Equal(ItemKind.Risk, risk.Kind);
        Assert.Equal("第三方证书下月到期", risk.Quote);
    }

    [Theory]
    [InlineData("- 所有项目均已按时完成。")]
    [InlineData("- 支付通道扩容已如期上线，问题已解决。")]
    [InlineData("- All milestones completed on time.")]
    public void Match_GoodNewsUnderRiskHeading_IsNoRisk(string line)
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine(line, "风险"), c => c.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Match_LabelAnnouncingProblems_IsNotItselfRiskButScopesItsItems()
    {
        var items = ReportUnits.Extract("""
            # 周报

            - 【贝易转】
                - 省心租北京业务切量后，交易运行稳定。试点问题：
                    - 存量租房合同导入过程中，触发银行子账户开立限制，当前已协调解决。
                    - 银行账户开户限流方案正在细化
            """);

        var risk = Assert.Single(items);
        Assert.Equal("银行账户开户限流方案正在细化", risk.Quote);
    }

    // The team's own work is no ask for a decision; an ask names an approval, a decision, budget, support or an escalation.
    [Theory]
    [InlineData("- 风险：官网CMS版本较老，需升级【低】。", false)]
    [InlineData("- 支付SDK存在已知漏洞，需要修复", false)]
    [InlineData("- The CMS is old and needs an upgrade", false)]
    [InlineData("- 需升级到v3.2版本以支持新协议", false)]
    [InlineData("- 专线故障反复，需升级至CTO协调运营商", true)]
    [InlineData("- 机房扩容需升级至总监", true)]
    [InlineData("- 待审批：外部审计机构合同（¥48万）", true)]
    public void IsApproval_OwnWorkIsNoAsk(string line, bool ask)
    {
        Assert.Equal(ask, Summarizer.Extraction.Offline.AskRule.IsApproval(line));
    }

    [Fact]
    public void Match_OwnUpgradeRisk_StaysALowRisk()
    {
        var risk = Assert.Single(ReportUnits.ExtractLine("- 风险：官网CMS版本较老，需升级【低】。"));
        Assert.Equal((ItemKind.Risk, Severity.Low), (risk.Kind, risk.Severity));
    }
}
