using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Extraction;

/// <summary>
/// The bundled samples through the real pipeline: dates committed in 2024-W25 ("计划7月9日上线", a Due column) and
/// moved in 2024-W26 show up as week-over-week slips.
/// </summary>
public sealed class SampleMilestoneSlipTests
{
    [Fact]
    public async Task Run_W25ThenW26Samples_ReportsEachCommittedDateThatMoved()
    {
        await using var h = new PipelineHarness();
        await h.RunAsync("2024-W25");
        var o = await h.RunAsync("2024-W26");

        var slips = o.Snapshot.Changes.Where(c => c.Kind == ItemKind.Delay)
            .Select(c => (c.Team, From: c.From?.ToString(), To: c.To?.ToString())).ToList();
        Assert.Contains(("payments", "2024-07-09", "2024-07-16"), slips); // 建行 对公代发专线
        Assert.Contains(("payments", "2024-06-28", "2024-07-05"), slips); // 数据库升级
        Assert.Contains(("mobile-app", "2024-06-26", "2024-07-03"), slips); // 小程序支付改造
        Assert.Contains(("platform-sre", "2024-06-28", "2024-07-12"), slips); // Kafka 3.7 upgrade
        Assert.Contains(("clearing", "2024-06-28", "2024-07-15"), slips); // 第三方渠道对账文件格式改造
        Assert.Contains(("data-platform", "2024-07-03", "2024-07-17"), slips); // 离线集群扩容
        Assert.Contains(("payments", "2024-07-03", "2024-07-10"), slips); // 分账平台: 预计7月3日 then 预计7月10日, never called a delay
        Assert.Equal(7, slips.Count); // 招行 stays on 7月8日; no other milestone moved
        Assert.Contains(o.Snapshot.Changes, c => c.Kind == ItemKind.Delay && c.Summary.Contains("建行", StringComparison.Ordinal));
        Assert.Contains(o.Snapshot.Changes, c => c.Kind == ItemKind.Delay && c.Summary.Contains("Kafka 3.7 upgrade", StringComparison.Ordinal));
    }
}
