namespace Summarizer.Tests.TestSupport;

/// <summary>Verified items written by hand, for tests of the steps after verification.</summary>
public static class Items
{
    public static ExtractedItem Make(ItemKind kind, string summary, string team = "payments", Severity? severity = null,
        string? quote = null, int line = 3, MetricFacts? metric = null, IncidentFacts? incident = null, DelayFacts? delay = null,
        ReviewStatus status = ReviewStatus.Open) => new()
    {
        Id = $"{team}-{kind}-{line}".ToLowerInvariant(),
        Kind = kind,
        Team = team,
        Section = "周报 > 本周进展",
        Summary = summary,
        Severity = severity,
        Metric = metric,
        Incident = incident,
        Delay = delay,
        Source = new SourceRef($"2024-W26/{team}.md", line, line, quote ?? summary),
        Engine = "offline",
        Status = status,
    };

    public static Summarizer.Store.WeekSnapshot Week(params ExtractedItem[] items) => new(
        "2024-W26", "offline",
        items.Select(i => i.Team).Distinct().Select(t => new Summarizer.Store.ReportInfo(t, $"2024-W26/{t}.md", 3, "utf-8")).ToList(),
        [new RejectedFile("2024-W26/broken.bin", "binary file (NUL bytes): export the report as Markdown or text")],
        items, [], []);
}
