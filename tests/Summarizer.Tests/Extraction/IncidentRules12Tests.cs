namespace Summarizer.Tests.Extraction;

/// <summary>
/// Ways real write-ups tell an incident that rules-11 missed or told twice (rules-12), pinned with invented examples in
/// both languages and what a careful reader lists: 12-hour and Chinese 点 times, lengths said as impact or downtime, a
/// chat thread or an untimed intro line over timed steps, a fix or a postmortem pointer beside the incident, and a later
/// detail line of an incident already stated.
/// </summary>
public sealed class IncidentRules12Tests
{
    [Theory]
    [InlineData("- Between 2am and 4am PT the billing export job failed for every tenant.", 120)]
    [InlineData("- Checkout outage from 11:30pm to 12:45am ET, card payments declined.", 75)]
    [InlineData("- Clearinghouse outage 6/10 from 1:15pm to 3:05pm CT, claims queued until the evening.", 110)]
    [InlineData("- 4/8 凌晨 1 点半左右消息队列宕机，早上 6 点才恢复。", 270)]
    [InlineData("- 周四下午3点至4点20分 报表服务不可用，财务月结被迫暂停。", 80)]
    public void Extract_TwelveHourOrDianTimes_GiveTheIncidentsLength(string line, int minutes)
    {
        var items = ReportUnits.ExtractLine(line, "Notes");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(minutes, incident.Incident!.DurationMinutes);
    }

    [Fact]
    public async Task Extract_TwelveHourIncident_IsPublishedWithItsTimesOnTheTwentyFourHourClock()
    {
        var items = await ReportUnits.PublishedAsync("## Notes\n\n- Clearinghouse outage 6/10 from 1:15pm to 3:05pm CT, claims queued.\n", "2025-W24");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal("2025-06-10 13:15", incident.Incident!.Start);
        Assert.Equal(110, incident.Incident.DurationMinutes);
    }

    [Theory]
    [InlineData("- Duration of customer impact: 92 minutes (08:41–10:13 ET)", 92)]
    [InlineData("- Writes fully recovered at 15:09 UTC. Total impact 57 minutes, about 18% of writes failing.", 57)]
    [InlineData("- 影响时长约40分钟，期间约 1,200 笔退款重复提交", 40)]
    public void Extract_LengthSaidAsImpact_IsTheIncidentsLength(string line, int minutes)
    {
        var items = ReportUnits.ExtractLine(line, "Impact");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(minutes, incident.Incident!.DurationMinutes);
    }

    [Fact]
    public void Extract_ChatThreadUnderAnUntimedIntro_IsOneIncidentUntilItsStatedLength()
    {
        var text = """
            ## Standup digest

            - @ana: shipped the invoice preview
            > 🧵 **thread — invoice email outage (Tue)**
            > @raj 14:02 CET: customers not getting invoice emails, looking
            > @raj 14:15: SMTP relay rejecting us, quota hit after the bulk resend
            > @mei 14:31: quota raised, queue flushing
            > @raj 14:40: queue empty, all invoices delivered. incident closed, ~38 min customer impact
            """;
        var items = ReportUnits.Extract(text);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(38, incident.Incident!.DurationMinutes);
        Assert.Contains("invoice email outage", incident.Quote, StringComparison.Ordinal);
        Assert.Contains("14:02", incident.Quote, StringComparison.Ordinal);
        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Risk && i.Quote.Contains("invoice email outage", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ProseTimelineAfterAnUntimedIntro_IsOneIncidentFromTheIntroToRecovery()
    {
        var text = """
            ## 本周工作

            周二下午支付回调出现一次较严重的故障，经过如下：
            14:05 告警触发，值班介入。
            14:20 定位为回调证书过期。
            14:50 证书更新，服务恢复。
            """;
        var items = ReportUnits.Extract(text);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(45, incident.Incident!.DurationMinutes);
        Assert.StartsWith("周二下午支付回调出现", incident.Quote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## 故障\n\n- 3/12 10:05-10:40 结算服务超时，约 900 笔结算延迟\n- 处置：回滚连接池配置，10:40 恢复；当晚 21:00 补跑\n- 复盘会 3/14 已开，故障报告见 wiki\n")]
    [InlineData("## Incidents\n\n- Mar 12 10:05-10:40 UTC settlement API timed out for 900 payouts\n- Resolution: rolled back the pool config at 10:31 UTC; queues drained by 10:40\n- Postmortem doc is linked in #inc-0312\n")]
    public void Extract_FixAndPostmortemLinesBesideTheIncident_StayQuiet(string text)
    {
        var items = ReportUnits.Extract(text, "2025-W11");

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(35, incident.Incident!.DurationMinutes);
    }

    [Fact]
    public void Extract_LaterDetailOfAStatedOutage_IsNoSecondIncident()
    {
        var text = """
            THE OUTAGE
            Checkout was down Tuesday from 17:05 to 18:50 - the card processor kept timing out.
            We only put the outage banner up at 17:40, which was too late.
            """;
        var items = ReportUnits.Extract(text);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal(105, incident.Incident!.DurationMinutes);
    }

    [Theory]
    [InlineData("- 本次整理了 3点建议，见附件")]
    [InlineData("- 以下 2 点需要各组确认")]
    [InlineData("- The team shipped 4 features and closed 12 tickets")]
    public void Extract_CountsThatLookLikeTimes_AreNoIncident(string line)
    {
        var items = ReportUnits.ExtractLine(line, "本周工作");

        Assert.DoesNotContain(items, i => i.Kind == ItemKind.Incident);
    }

    [Theory]
    [InlineData("凌晨 2 点左右", 2, 0)]
    [InlineData("下午3点半", 15, 30)]
    [InlineData("晚上 8 点 20 分", 20, 20)]
    [InlineData("around 11 a.m. ET", 11, 0)]
    [InlineData("at 12:40am", 0, 40)]
    [InlineData("at 9:05 PM", 21, 5)]
    public void ClockTime_ReadsTwelveHourAndDianTimes(string text, int hour, int minute)
    {
        var time = Assert.Single(Summarizer.Text.ClockTime.Find(text));

        Assert.Equal((hour, minute), (time.Hour, time.Minute));
    }
}
