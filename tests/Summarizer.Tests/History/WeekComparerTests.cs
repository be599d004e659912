using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Summarizer.History;
using Summarizer.Store;
using Summarizer.Tests.Store;
using static Summarizer.Tests.Store.StoreTestData;

namespace Summarizer.Tests.History;

/// <summary>Three stored weeks (2024-W24..W26) in a real SQLite file, compared with 2024-W27.</summary>
public sealed class WeekComparerTests : IDisposable
{
    private static readonly IsoWeek Current = new(2024, 27);
    private readonly TempDb _db = new();
    private readonly SqliteDigestStore _store;

    public WeekComparerTests() => _store = new SqliteDigestStore(_db.ConnectionString);

    private WeekComparer Comparer(int weeks = 4) =>
        new(_store, Options.Create(new HistoryOptions { Weeks = weeks }),
            new DigestLanguageChoice(_store, Options.Create(new DigestLanguageOptions())), NullLogger<WeekComparer>.Instance);

    private static ExtractedItem Metric(string id, string team, string name, double value, string? unit = "%", double? previous = null) =>
        Item(id, team, ItemKind.Metric, $"{name} {value}{unit}", metric: new MetricFacts(name, value, unit, previous));

    private async Task StoreChineseHistory()
    {
        await _store.SaveWeekAsync(Week("2024-W24",
            Metric("w24-m", "支付组", "可用性", 99.1),
            Item("w24-p", "支付组", ItemKind.Plan, "上线新支付网关 7月1日", delay: new DelayFacts("上线新支付网关", null, "2024-07-01", null)),
            Item("w24-i", "基础架构", ItemKind.Plan, "机房迁移准备")));
        await _store.SaveWeekAsync(Week("2024-W25",
            Metric("w25-m", "支付组", "可用性", 99.3),
            Item("w25-p", "支付组", ItemKind.Plan, "上线新支付网关 7月1日", delay: new DelayFacts("上线新支付网关", null, "2024-07-01", null)),
            Item("w25-r", "搜索组", ItemKind.Risk, "供应商接口不稳定"),
            Item("w25-i", "基础架构", ItemKind.Plan, "机房迁移")));
        await _store.SaveWeekAsync(Week("2024-W26",
            Metric("w26-m", "支付组", "可用性", 99.4),
            Item("w26-d", "支付组", ItemKind.Delay, "新支付网关上线推迟到7月10日", delay: new DelayFacts("新支付网关上线", "2024-07-01", "2024-07-10", "联调")),
            Item("w26-r", "搜索组", ItemKind.Risk, "供应商接口不稳定，偶发超时"),
            Metric("w26-x", "搜索组", "延迟", 300, "ms")));
        // A dismissed item is no history.
        await _store.SaveReviewAsync(new ItemReview("w26-x", "lead", ReviewStatus.Dismissed, null, null, "wrong number", DateTimeOffset.UnixEpoch));
    }

    [Fact]
    public async Task CompareAsync_ThreeStoredWeeks_FindsDeltaSlipsRecurrenceAndMissingTeamInChinese()
    {
        await StoreChineseHistory();
        ExtractedItem[] items =
        [
            Metric("m", "支付组", "可 用 性", 99.5),
            Item("d", "支付组", ItemKind.Delay, "新支付网关上线再次推迟", delay: new DelayFacts("新支付网关上线", "2024-07-10", "2024-07-20", "证书")),
            Item("r", "搜索组", ItemKind.Risk, "供应商 接口不稳定！"),
            Metric("x", "搜索组", "延迟", 250, "ms"),
        ];

        var result = await Comparer().CompareAsync(Current, items, ["支付组", "搜索组"]);

        var metric = result.Items.Single(i => i.Id == "m").Metric!;
        Assert.Equal(99.4, metric.Previous);
        var m = Assert.Single(result.Changes, c => c.Kind == ItemKind.Metric);
        Assert.Equal(("支付组", 99.4, 99.5), (m.Team, m.From, m.To));
        Assert.Equal("可 用 性：99.4% → 99.5%（+0.1%，近4周上升）", m.Summary);
        Assert.Null(result.Items.Single(i => i.Id == "x").Metric!.Previous); // its only history was dismissed

        var slip = Assert.Single(result.Changes, c => c.Kind == ItemKind.Delay);
        Assert.Equal(("2024-07-10", "2024-07-20"), (slip.From, slip.To)); // this week's move: from last week's date
        Assert.Equal("里程碑“新支付网关上线”从 2024-07-10 推迟到 2024-07-20（原因：证书；最初计划 2024-07-01，已推迟2次）", slip.Summary);

        var recurring = Assert.Single(result.Changes, c => c.Kind == ItemKind.Risk && c.Team == "搜索组");
        Assert.Equal(("2024-W25", 3), (recurring.From, recurring.To));
        Assert.Equal("连续3周出现的风险：供应商 接口不稳定！", recurring.Summary);

        var missing = Assert.Single(result.Changes, c => c.Team == "基础架构");
        Assert.Equal("基础架构 本周未提交周报（最近一次：2024-W25）", missing.Summary);
    }

    [Theory]
    [InlineData("Severity: high — vendor patch for the HSM is late", "Recurring risk, 3 weeks in a row: vendor patch for the HSM is late")]
    [InlineData("Vendor patch for the HSM is late (Severity: medium)", "Recurring risk, 3 weeks in a row: Vendor patch for the HSM is late")]
    [InlineData("【高】黑产攻击持续增加", "连续3周出现的风险：黑产攻击持续增加")]
    [InlineData("短信供应商通道不稳定【中】", "连续3周出现的风险：短信供应商通道不稳定")]
    public async Task CompareAsync_RecurringRiskWithSeverityMarker_IsWordedWithoutTheMarker(string summary, string expected)
    {
        await _store.SaveWeekAsync(Week("2024-W25", Item("w25-r", "sec", ItemKind.Risk, summary)));
        await _store.SaveWeekAsync(Week("2024-W26", Item("w26-r", "sec", ItemKind.Risk, summary)));

        var result = await Comparer().CompareAsync(Current, [Item("r", "sec", ItemKind.Risk, summary)], ["sec"]);

        Assert.Equal(expected, Assert.Single(result.Changes, c => c.Kind == ItemKind.Risk).Summary);
    }

    [Theory]
    [InlineData("Cloud spend", 41200, 44800, "$", "Cloud spend: $41,200 → $44,800 (+$3,600)")]
    [InlineData("Card revenue", 96, 88, "¥万", "Card revenue: ¥96万 → ¥88万 (-¥8万)")]
    [InlineData("Payouts", 12500, 13000, "笔", "Payouts: 12500笔 → 13000笔 (+500笔)")]
    public async Task CompareAsync_Amounts_AreWrittenAsTheKeyMetricsTableWritesThem(string name, double before, double now, string unit, string expected)
    {
        await _store.SaveWeekAsync(Week("2024-W26", Metric("w26-c", "web", name, before, unit)));

        var result = await Comparer().CompareAsync(Current, [Metric("c", "web", name, now, unit)], ["web"]);

        Assert.Equal(expected, Assert.Single(result.Changes, c => c.Kind == ItemKind.Metric).Summary);
    }

    [Theory]
    [InlineData("MTTR", "MTTR: 18 min", 18, "MTTR: 15 min", 15, "min", "18 min → 15 min")]
    [InlineData("Error rate", "Error rate 0.10%", 0.1, "Error rate 0.12%", 0.12, "%", "0.10% → 0.12%")]
    [InlineData("Availability", "Availability 99.90%", 99.9, "Availability 99.95%", 99.95, "%", "99.90% → 99.95%")]
    [InlineData("Txns", "Txns 2080万笔", 2080, "Txns 2150万笔", 2150, "万笔", "2080万笔 → 2150万笔")]
    public async Task CompareAsync_MetricMove_ShowsBothFiguresAsTheReportsWroteThem(string name, string before, double was, string now, double value, string unit, string expected)
    {
        await _store.SaveWeekAsync(Week("2024-W26", Item("w26-m", "web", ItemKind.Metric, before, metric: new MetricFacts(name, was, unit, null))));

        var result = await Comparer().CompareAsync(Current, [Item("m", "web", ItemKind.Metric, now, metric: new MetricFacts(name, value, unit, null))], ["web"]);

        Assert.Contains(expected, Assert.Single(result.Changes, c => c.Kind == ItemKind.Metric).Summary);
    }

    [Fact]
    public async Task CompareAsync_HistoryWindowOfOneWeek_SeesOnlyThePreviousWeek()
    {
        await StoreChineseHistory();
        ExtractedItem[] items = [Item("r", "搜索组", ItemKind.Risk, "供应商接口不稳定")];

        var result = await Comparer(weeks: 1).CompareAsync(Current, items, ["搜索组", "支付组"]);

        // The streak is counted inside the window only: 2 weeks, below the 3 that make a risk recurring.
        Assert.DoesNotContain(result.Changes, c => c.Team == "搜索组");
        Assert.DoesNotContain(result.Changes, c => c.Team == "基础架构"); // last seen in W25, outside the window
    }

    [Fact]
    public async Task CompareAsync_EnglishItems_WordsChangesInEnglishAndKeepsStatedPrevious()
    {
        await _store.SaveWeekAsync(Week("2024-W25", Metric("a", "Payments", "API Latency", 180, "ms"), Item("p", "Payments", ItemKind.Plan, "Beta launch on 2024-07-01", delay: new DelayFacts("Beta launch", null, "2024-07-01", null))));
        await _store.SaveWeekAsync(Week("2024-W26", Metric("b", "Payments", "api latency", 150, "ms"), Item("q", "Payments", ItemKind.Plan, "Beta launch on 2024-07-01", delay: new DelayFacts("Beta launch", null, "2024-07-01", null))));
        ExtractedItem[] items =
        [
            Metric("c", "payments", "ＡＰＩ　Ｌａｔｅｎｃｙ", 170, "ms", previous: 155),
            Item("d", "Payments", ItemKind.Plan, "Beta launch on 2024-07-08", delay: new DelayFacts("Beta launch", null, "2024-07-08", null)),
        ];

        var result = await Comparer().CompareAsync(Current, items, ["Payments"]);

        Assert.Equal(155, result.Items[0].Metric!.Previous);
        var m = Assert.Single(result.Changes, c => c.Kind == ItemKind.Metric);
        Assert.Equal("ＡＰＩ　Ｌａｔｅｎｃｙ: 150ms → 170ms (+20ms; mixed over 3 weeks)", m.Summary);
        var slip = Assert.Single(result.Changes, c => c.Kind == ItemKind.Delay);
        Assert.Equal("Milestone \"Beta launch\" slipped from 2024-07-01 to 2024-07-08", slip.Summary);
    }

    [Fact]
    public async Task CompareAsync_ValuesInDifferentUnits_AreNoMetricMove()
    {
        // "41200" without a unit last week and "$45,000" now, "99.5%" then "120ms": nothing says these compare.
        await _store.SaveWeekAsync(Week("2024-W26", Metric("a", "Payments", "Cloud spend", 41200, unit: null), Metric("b", "Payments", "Checkout", 99.5, "%")));
        ExtractedItem[] items = [Metric("c", "Payments", "Cloud spend", 45000, "$"), Metric("d", "Payments", "Checkout", 120, "ms")];

        var result = await Comparer().CompareAsync(Current, items, ["Payments"]);

        Assert.DoesNotContain(result.Changes, c => c.Kind == ItemKind.Metric);
        Assert.All(result.Items, i => Assert.Null(i.Metric!.Previous));
    }

    [Fact]
    public async Task CompareAsync_NewMilestoneLikeAnotherStillNamed_IsNoSlipOfThatOne()
    {
        await _store.SaveWeekAsync(Week("2024-W26",
            Item("a", "支付组", ItemKind.Plan, "第一批商户迁移7月10日完成", delay: new DelayFacts("第一批商户迁移完成", null, "2024-07-10", null))));
        ExtractedItem[] items =
        [
            Item("b", "支付组", ItemKind.Plan, "第一批商户迁移7月10日完成", delay: new DelayFacts("第一批商户迁移完成", null, "2024-07-10", null)),
            Item("c", "支付组", ItemKind.Plan, "第二批商户迁移7月18日完成", delay: new DelayFacts("第二批商户迁移完成", null, "2024-07-18", null)),
        ];

        var result = await Comparer().CompareAsync(Current, items, ["支付组"]);

        Assert.DoesNotContain(result.Changes, c => c.Kind == ItemKind.Delay);
    }

    [Fact]
    public async Task CompareAsync_NoHistory_NoChangesAndItemsUntouched()
    {
        ExtractedItem[] items = [Metric("m", "Payments", "Availability", 99.5)];
        var result = await Comparer().CompareAsync(Current, items, ["Payments"]);
        Assert.Empty(result.Changes);
        Assert.Same(items[0], result.Items[0]);
    }

    public void Dispose() => _db.Dispose();
}
