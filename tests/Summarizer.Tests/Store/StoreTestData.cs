using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Store;

/// <summary>Small items and snapshots for store tests.</summary>
internal static class StoreTestData
{
    public static ExtractedItem Item(string id, string team = "Payments", ItemKind kind = ItemKind.Risk, string summary = "Vendor API unstable",
        MetricFacts? metric = null, DelayFacts? delay = null, Severity? severity = Severity.Medium) =>
        Items.Make(kind, summary, team, severity, metric: metric, delay: delay) with { Id = id };

    public static WeekSnapshot Week(string week, params ExtractedItem[] items) => new(
        week, "offline",
        items.Select(i => i.Team).Distinct().Select(t => new ReportInfo(t, $"{week}/{t}.md", 4, "utf-8")).ToList(),
        [new RejectedFile($"{week}/blob.bin", "binary file")],
        items,
        [new WeekChange(ItemKind.Metric, "Payments", "Availability 99.1% → 99.5%", 99.1, 99.5)],
        ["Payments.md#L7"]);
}
