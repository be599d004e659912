namespace Summarizer.Tests.Extraction;

/// <summary>
/// Incidents told over several lines (rules-12, round 4), pinned with invented reports and what a careful reader lists:
/// a recovery time is the incident's end, never a start; a paragraph that opens an incident, names its steps and then
/// says when it recovered and how long it lasted is one incident; an intro line over timed steps under an incident
/// heading is that incident's name, not a second incident, and a stated length under it no third one.
/// </summary>
public sealed class IncidentRound4Rules12Tests
{
    [Fact]
    public void Extract_RecoveryTimeWithItsLength_IsTheEndNotAStart()
    {
        var items = ReportUnits.Extract("""
            ## Incidents

            Checkout was back to normal by 10:40 UTC. Total impact was 58 minutes.
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident).Incident!;
        Assert.Equal(58, incident.DurationMinutes);
        Assert.EndsWith("10:40", incident.End, StringComparison.Ordinal);
        Assert.DoesNotContain("10:40", incident.Start ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("11:38", incident.End, StringComparison.Ordinal); // no end made up from a recovery time
    }

    [Fact]
    public void Extract_EnglishIncidentToldOverAParagraph_IsOneIncidentFromStartToRecovery()
    {
        var items = ReportUnits.Extract("""
            ## Incidents

            On Wednesday Jun 26 at 14:12 UTC a schema migration locked the orders table
            and checkout requests timed out for most users.
            The on-call engineer was paged at 14:20 and killed the migration at 14:51.
            Checkout was fully back to normal by 15:03 UTC. Total impact was 51 minutes. We rated it Sev2.
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal("2024-06-26 14:12", incident.Incident!.Start);
        Assert.Equal("2024-06-26 15:03", incident.Incident.End);
        Assert.Equal(51, incident.Incident.DurationMinutes);
        Assert.Contains("15:03", incident.Quote, StringComparison.Ordinal); // the end is grounded in the quote
    }

    [Fact]
    public void Extract_ChineseIncidentToldOverAParagraph_IsOneIncidentFromStartToRecovery()
    {
        var items = ReportUnits.Extract("""
            ## 故障

            6月26日 14:12 订单库迁移锁表，结算接口大面积超时，
            值班同学 14:20 收到告警，14:51 终止迁移。
            15:03 全部恢复，本次故障持续 51 分钟，定级 P2。
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal("2024-06-26 14:12", incident.Incident!.Start);
        Assert.Equal("2024-06-26 15:03", incident.Incident.End);
        Assert.Equal(51, incident.Incident.DurationMinutes);
    }

    [Fact]
    public void Extract_SeparateIncidentsListedUnderOneHeading_StayTwo()
    {
        var items = ReportUnits.Extract("""
            ## Incidents

            - Jun 25 09:10 UTC the search cluster lost a node; search was slow
            - Jun 26 14:05–14:47 UTC payment timeouts, 42 min
            """);

        Assert.Equal(2, items.Count(i => i.Kind == ItemKind.Incident));
    }

    [Fact]
    public void Extract_ChineseIntroOverTimedSteps_IsOneIncidentWithStartEndAndLength()
    {
        var items = ReportUnits.Extract("""
            ## 二、故障说明

            6月26日（周三）晚上发生了一次缓存集群雪崩事故，经过如下：
            20:05 监控发现缓存命中率骤降，商品详情页超时率上升；
            20:12 值班 SRE 介入，确认热点 key 同时过期；
            20:30 扩容并预热缓存，详情页恢复正常。
            本次故障持续约 25 分钟，影响浏览约 1.2 万次，定级为 P2。
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal("2024-06-26 20:05", incident.Incident!.Start);
        Assert.Equal("2024-06-26 20:30", incident.Incident.End);
        Assert.Equal(25, incident.Incident.DurationMinutes);
        Assert.Contains("雪崩事故", incident.Quote, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_EnglishIntroOverTimedSteps_IsOneIncidentWithStartEndAndLength()
    {
        var items = ReportUnits.Extract("""
            ## Incidents

            On Jun 26 we had a search outage, here is what happened:
            20:05 Alerts fired on search latency.
            20:12 On-call found a bad index rollout.
            20:30 Index rolled back and search recovered.
            Total impact was about 25 minutes.
            """);

        var incident = Assert.Single(items, i => i.Kind == ItemKind.Incident);
        Assert.Equal("2024-06-26 20:05", incident.Incident!.Start);
        Assert.Equal("2024-06-26 20:30", incident.Incident.End);
        Assert.Equal(25, incident.Incident.DurationMinutes);
    }
}
