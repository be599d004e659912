namespace Summarizer.Tests.Extraction;

public sealed class DelayRuleTests
{
    [Theory]
    [InlineData("1. 装修存管项目：上线时间由7月9日调整至7月16日，因银行排期延后。", "装修存管项目", "2024-07-09", "2024-07-16", "银行排期延后", "装修存管项目上线由7月9日推迟至7月16日")]
    [InlineData("- 装修存管项目上线从7月9日推迟到7月16日", "装修存管项目上线", "2024-07-09", "2024-07-16", null, "装修存管项目上线由7月9日推迟至7月16日")]
    [InlineData("对账平台：原定6月28日上线，延期至7月5日。", "对账平台", "2024-06-28", "2024-07-05", null, "对账平台由6月28日推迟至7月5日")]
    [InlineData("清算中心迁移顺延至2024年8月1日，由于机房验收未通过", "清算中心迁移", null, "2024-08-01", "机房验收未通过", "清算中心迁移推迟至2024年8月1日")]
    [InlineData("- 刷历史数据进度目前delay，下周跟进。", "刷历史数据", null, null, null, "刷历史数据延期")]
    [InlineData("- 营销中台二期延期上线，受银行联调影响", "营销中台二期", null, null, "银行联调", "营销中台二期延期")]
    [InlineData("- Payments API GA slipped from 2024-06-28 to 2024-07-12 due to vendor certificate renewal.", "Payments API GA", "2024-06-28", "2024-07-12", "vendor certificate renewal", "Payments API GA slipped from 2024-06-28 to 2024-07-12")]
    [InlineData("- Launch moved from Jun 28 to Jul 12", "Launch", "2024-06-28", "2024-07-12", null, "Launch slipped from Jun 28 to Jul 12")]
    [InlineData("- Mobile SDK launch postponed to Jul 20 because of app store review.", "Mobile SDK launch", null, "2024-07-20", "app store review", "Mobile SDK launch delayed to Jul 20")]
    [InlineData("- KYC revamp: pushed to 28 Jul", "KYC revamp", null, "2024-07-28", null, "KYC revamp delayed to 28 Jul")]
    [InlineData("- Ledger cutover delayed", "Ledger cutover", null, null, null, "Ledger cutover delayed")]
    public void Match_DelayStatement_FillsDelayFacts(string line, string? milestone, string? from, string? to, string? reason, string summary)
    {
        var delay = Assert.Single(ReportUnits.ExtractLine(line), c => c.Kind == ItemKind.Delay);

        Assert.Equal(new DelayFacts(milestone, from, to, reason), delay.Delay);
        Assert.Equal(summary, delay.Summary);
        Assert.Equal(Severity.Medium, delay.Severity);
    }

    [Theory]
    [InlineData("- 装修存管项目上线从7月9日推迟到7月16日")]
    [InlineData("- 营销中台二期延期上线，受银行联调影响")]
    [InlineData("- Payments API GA slipped from 2024-06-28 to 2024-07-12")]
    public void Match_DelayLine_IsNotAlsoARisk(string line)
    {
        var items = ReportUnits.ExtractLine(line);
        Assert.Equal(ItemKind.Delay, Assert.Single(items).Kind);
    }

    [Fact]
    public void Match_DelayWithRiskMarker_KeepsTheMarkersSeverity()
    {
        var delay = Assert.Single(ReportUnits.ExtractLine("- 🔴 支付路由项目由7月1日推迟至7月20日"));
        Assert.Equal(ItemKind.Delay, delay.Kind);
        Assert.Equal(Severity.High, delay.Severity);
    }

    [Theory]
    [InlineData("项目未延期，按期推进。")]
    [InlineData("- Ledger cutover on track, no delay.")]
    [InlineData("- 上线时间由7月16日调整至7月9日")]
    [InlineData("- 从7月1日到7月5日进行联调")]
    [InlineData("- 预计7月9日上线")]
    public void Match_NoDelayOrPulledIn_IsNoDelay(string line)
    {
        Assert.DoesNotContain(ReportUnits.ExtractLine(line), c => c.Kind == ItemKind.Delay);
    }

    [Theory]
    [InlineData("- 风控平台可能延期，取决于数据组排期")]
    [InlineData("- Mobile release at risk of slipping to August")]
    public void Match_PossibleDelay_IsRiskNotDelay(string line)
    {
        var item = Assert.Single(ReportUnits.ExtractLine(line));
        Assert.Equal(ItemKind.Risk, item.Kind);
    }

    // A question put to the head is an ask: nothing has slipped yet.
    [Theory]
    [InlineData("- 需决策：是否推迟风控模型v3上线至12月9日（原定12月2日），以完成反欺诈回测。")]
    [InlineData("- 待拍板：要不要将会员系统切换延期一周")]
    [InlineData("- Decision needed: whether to postpone the billing migration to Jan 15")]
    [InlineData("- Should we delay the iOS release by a week? Need your decision by Friday.")]
    public void Match_ProposalToPostpone_IsAnAskNotADelay(string line)
    {
        var items = ReportUnits.ExtractLine(line);
        Assert.DoesNotContain(items, c => c.Kind == ItemKind.Delay);
        Assert.Contains(items, c => c.Kind == ItemKind.Risk);
    }

    [Fact]
    public void Match_WeekUnknown_KeepsDatesAsWritten()
    {
        var delay = Assert.Single(ReportUnits.ExtractLine("- 装修存管项目上线从7月9日推迟到7月16日", week: null));
        Assert.Equal(new DelayFacts("装修存管项目上线", "7月9日", "7月16日", null), delay.Delay);
    }

    [Fact]
    public void Match_WeekAtYearEnd_PutsJanuaryDatesInTheNextYear()
    {
        var delay = Assert.Single(ReportUnits.ExtractLine("- 年终结算由12月30日推迟至1月6日", week: "2024-W52"));
        Assert.Equal(("2024-12-30", "2025-01-06"), (delay.Delay!.From, delay.Delay.To));
    }
}
