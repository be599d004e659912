using Summarizer.Digest;
using Summarizer.Digest.Sections;
using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Digest;

/// <summary>The downtime-per-week picture: a stored week without incidents is a week of 0 minutes, not a missing point.</summary>
public class DowntimeStripTests
{
    private static readonly ExtractedItem Outage = Items.Make(ItemKind.Incident, "支付网关故障101分钟", severity: Severity.High,
        incident: new IncidentFacts(null, null, 101, null));

    private static WeekSnapshot Stored(string week, params ExtractedItem[] items) => Items.Week(items) with { Week = week };

    private static DigestDocument Compose(params WeekSnapshot[] history) =>
        new DigestComposer().Compose(Items.Week(Outage), [], history);

    [Fact]
    public void Compose_TwoQuietStoredWeeksThenAnOutage_DrawsZeroZero101()
    {
        var d = Compose(Stored("2024-W24", Items.Make(ItemKind.Risk, "供应商接口不稳定")), Stored("2024-W25"));

        Assert.Equal([(new IsoWeek(2024, 24), 0), (new IsoWeek(2024, 25), 0), (new IsoWeek(2024, 26), 101)], d.DowntimeByWeek);
        Assert.Single(WentWrongSection.Build(d, DigestLabels.English, null, full: true).Charts);
    }

    [Fact]
    public void Compose_OneStoredWeek_DrawsNothing()
    {
        var d = Compose(Stored("2024-W25"));

        Assert.Empty(WentWrongSection.Build(d, DigestLabels.English, null, full: true).Charts);
    }

    [Fact]
    public void Compose_EarlierIncidentWithoutDuration_IsLeftOutNotCountedAsZero()
    {
        var unknown = Items.Make(ItemKind.Incident, "短信通道中断", incident: new IncidentFacts(null, null, null, null));
        var d = Compose(Stored("2024-W24"), Stored("2024-W25", unknown));

        Assert.Equal([new IsoWeek(2024, 24), new IsoWeek(2024, 26)], d.DowntimeByWeek.Select(w => w.Week));
    }
}
