using Summarizer.Store;

namespace Summarizer.Tests.Api;

/// <summary>A seeded week 2024-W26: two alpha items and one beta item, with the report files they cite.</summary>
internal static class ApiTestData
{
    public const string Week = "2024-W26";
    public const string AlphaRiskId = "2024-W26-alpha-risk-1";
    public const string AlphaMetricId = "2024-W26-alpha-metric-1";
    public const string BetaRiskId = "2024-W26-beta-risk-1";

    public const string AlphaReport = """
        # Alpha weekly report

        ## Risks
        - The payment vendor API timed out twice; failover untested.
        - Hiring is on track.

        ## Metrics
        - Availability 99.2%, target 99.9%.
        """;

    public const string BetaReport = """
        # Beta weekly report

        ## Risks
        - Data centre move may slip to July.
        """;

    public static async Task SeedAsync(ServeHost host, string alphaRiskSummary = "Payment vendor API timeouts; failover untested")
    {
        host.WriteReport($"{Week}/alpha.md", AlphaReport);
        host.WriteReport($"{Week}/beta.md", BetaReport);
        ExtractedItem[] items =
        [
            Item(AlphaRiskId, "alpha", ItemKind.Risk, alphaRiskSummary, Severity.High, "alpha.md", 4, "payment vendor API timed out twice"),
            Item(AlphaMetricId, "alpha", ItemKind.Metric, "Availability 99.2% below the 99.9% target", Severity.Medium, "alpha.md", 8, "Availability 99.2%")
                with { Metric = new MetricFacts("Availability", 99.2, "%", Target: "99.9%") },
            Item(BetaRiskId, "beta", ItemKind.Risk, "Data centre move may slip to July", Severity.Medium, "beta.md", 4, "Data centre move may slip to July"),
        ];
        await host.Store.SaveWeekAsync(new WeekSnapshot(
            Week, "offline",
            [new ReportInfo("alpha", $"{Week}/alpha.md", 3, "utf-8"), new ReportInfo("beta", $"{Week}/beta.md", 2, "utf-8")],
            [], items, [], []));
    }

    private static ExtractedItem Item(string id, string team, ItemKind kind, string summary, Severity severity, string file, int line, string quote) => new()
    {
        Id = id,
        Kind = kind,
        Team = team,
        Section = kind == ItemKind.Metric ? "Metrics" : "Risks",
        Summary = summary,
        Severity = severity,
        Source = new SourceRef($"{Week}/{file}", line, line, quote),
        Engine = "offline",
    };
}
