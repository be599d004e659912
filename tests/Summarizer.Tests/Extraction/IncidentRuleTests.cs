namespace Summarizer.Tests.Extraction;

public sealed class IncidentRuleTests
{
    [Theory]
    [InlineData("06/24 05:20  清洁算结算记账请求账户系统超时，导致记账失败，影响217结算记账。09:56手动补偿记账成功。",
        "2024-06-24 05:20", "2024-06-24 09:56", 276, "影响217结算记账", Severity.High)]
    [InlineData("06/27 17:27  24日结算记账凭证记账失败，导致实收凭证未生成。18:05营收系统完成修数处理。",
        "2024-06-27 17:27", "2024-06-27 18:05", 38, "实收凭证未生成", Severity.Medium)]
    [InlineData("06/26 12:00  营销系统新增字段未设置默认值，导致营销立减活动交易失败。12:35完成刷数。",
        "2024-06-26 12:00", "2024-06-26 12:35", 35, "营销立减活动交易失败", Severity.High)]
    [InlineData("- Jun 25 09:00–09:20 UTC: config push to the router, causing duplicate refund emails.",
        "2024-06-25 09:00", "2024-06-25 09:20", 20, "duplicate refund emails", Severity.High)]
    [InlineData("06/27 21:22  平安银行发版导致31笔出金请求失败，期间有客询发生，后续通过系统重试已处理成功。",
        "2024-06-27 21:22", null, null, "31笔出金请求失败", Severity.High)]
    [InlineData("- 2024-06-24 23:50 支付宝渠道超时，次日00:35恢复，影响交易1,234笔。",
        "2024-06-24 23:50", "2024-06-25 00:35", 45, "影响交易1,234笔", Severity.High)]
    [InlineData("- 6月25日 10:00-10:20 短信通道异常，影响验证码发送。",
        "2024-06-25 10:00", "2024-06-25 10:20", 20, "影响验证码发送", Severity.Medium)]
    [InlineData("- Jun 24 14:05–14:47 UTC: Checkout API returned 5xx, affecting 3% of users.",
        "2024-06-24 14:05", "2024-06-24 14:47", 42, "affecting 3% of users", Severity.Medium)]
    [InlineData("- 2024-06-26 23:40 – 2024-06-27 01:10 settlement job failed, 1,200 transactions delayed.",
        "2024-06-26 23:40", "2024-06-27 01:10", 90, "1,200 transactions delayed", Severity.High)]
    [InlineData("- 06/28 22:10 – 06/30 08:10 对账文件缺失",
        "2024-06-28 22:10", "2024-06-30 08:10", 2040, null, Severity.High)]
    [InlineData("- 【低】06/26 09:00 监控告警误报，09:05 关闭",
        "2024-06-26 09:00", "2024-06-26 09:05", 5, null, Severity.Low)]
    public void Match_IncidentLine_FillsIncidentFacts(string line, string start, string? end, int? minutes, string? impact, Severity severity)
    {
        var incident = Assert.Single(ReportUnits.ExtractLine(line, "【生产事件】"));

        Assert.Equal(ItemKind.Incident, incident.Kind);
        Assert.Equal(new IncidentFacts(start, end, minutes, impact), incident.Incident);
        Assert.Equal(severity, incident.Severity);
    }

    [Theory]
    [InlineData("Incidents")]
    [InlineData("生产事件")]
    [InlineData("线上故障")]
    [InlineData("Outages")]
    public void Match_IncidentHeadings_AreRecognised(string heading)
    {
        Assert.Equal(ItemKind.Incident, Assert.Single(ReportUnits.ExtractLine("06/22 11:10 到账通知缺失，12:17恢复。", heading)).Kind);
    }

    [Fact]
    public void Match_EndBeforeStartWithoutEndDate_CrossesMidnight()
    {
        var incident = Assert.Single(ReportUnits.ExtractLine("06/27 23:30 批量代付超时，01:15 恢复", "生产事件"));
        Assert.Equal(new IncidentFacts("2024-06-27 23:30", "2024-06-28 01:15", 105, null), incident.Incident);
    }

    [Fact]
    public void Match_WeekUnknown_KeepsTheWrittenDate()
    {
        var incident = Assert.Single(ReportUnits.ExtractLine("06/22 11:10 到账通知缺失，12:17恢复。", "生产事件", week: null));
        Assert.Equal(new IncidentFacts("06/22 11:10", "06/22 12:17", 67, null), incident.Incident);
    }

    [Fact]
    public void Match_IncidentSectionLineWithoutTime_IsSkipped()
    {
        Assert.Empty(ReportUnits.ExtractLine("详细记录：[https://wiki.example.com/display/QA/2024.6](https://wiki.example.com/display/QA/2024.6)", "生产事件"));
    }

    [Fact]
    public void Match_IncidentWordWithTimeOutsideIncidentSection_IsIncident()
    {
        var incident = Assert.Single(ReportUnits.ExtractLine("- P2 incident Jun 25 10:00-10:30: webhook retries piled up"));
        Assert.Equal(ItemKind.Incident, incident.Kind);
        Assert.Equal(30, incident.Incident!.DurationMinutes);
    }

    // "Sev2：11月24日": the tag's digit, the full-width colon and the month are no clock time "2:11".
    [Theory]
    [InlineData("- Sev2：11月24日 10:00-10:30 官网首页白屏，影响约5000名访客，已恢复。", "2024-11-24 10:00", "2024-11-24 10:30", 30, "官网首页白屏")]
    [InlineData("- P1：11月25日 14:00-14:20 订单服务超时", "2024-11-25 14:00", "2024-11-25 14:20", 20, "订单服务超时")]
    [InlineData("- Sev2: 11/24 10:00-10:30 homepage blank for visitors", "2024-11-24 10:00", "2024-11-24 10:30", 30, "homepage blank")]
    [InlineData("- P0：2024-11-24 10:00~10:30 支付失败", "2024-11-24 10:00", "2024-11-24 10:30", 30, "支付失败")]
    public void Match_SeverityTagBeforeDate_KeepsDateAndTimes(string line, string start, string end, int minutes, string event_)
    {
        var incident = Assert.Single(ReportUnits.ExtractLine(line, "生产事件", week: "2024-W48"));
        Assert.Equal((start, end, minutes), (incident.Incident!.Start, incident.Incident.End, incident.Incident.DurationMinutes));
        Assert.Contains(event_, incident.Summary);
        Assert.DoesNotMatch(@"^月|^\d{1,2}日", incident.Summary);
    }

    [Fact]
    public void Match_IncidentLine_SummaryIsTheEventWithoutTimestamp()
    {
        var incident = Assert.Single(ReportUnits.ExtractLine("06/25 15:09  大数据字段映射错误，导致成本中心应付手续费总额翻倍。19:41完成映射关系修复。", "生产事件"));
        Assert.Equal("大数据字段映射错误，导致成本中心应付手续费总额翻倍", incident.Summary);
    }

    [Theory]
    [InlineData("06/26 03:15  日终批处理账务汇总步骤数据库锁等待超时，批处理中断。04:40重启后完成，当日对账延迟85分钟。", "当日对账延迟85分钟")]
    [InlineData("- Jun 26 02:00-02:45 UTC: nightly ledger batch stalled on a lock; settlement files delayed by 50 minutes.", "settlement files delayed by 50 minutes")]
    public void Match_IncidentStatingOnlyLateness_ImpactIsTheLateness(string line, string impact)
    {
        var incident = Assert.Single(ReportUnits.ExtractLine(line, "生产事件"));
        Assert.Equal(impact, incident.Incident!.Impact);
    }
}
