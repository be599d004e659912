using System.Text;

namespace Summarizer.Tests.Robustness.Corpus;

/// <summary>An English weekly report: highlights, a status table, metrics, incidents, risks, next week.</summary>
internal static class EnglishReport
{
    private static readonly string[] People = ["Alice Chen", "Bob Smith", "Carol Diaz", "Dan Okafor", "Eve Müller", "Frank Li"];
    private static readonly string[] Workstreams =
    [
        "Checkout redesign", "Ledger migration", "Fraud scoring v2", "Card vault upgrade", "Refund API", "Payout scheduler",
        "Merchant onboarding", "Settlement reports", "3DS2 rollout", "Wallet top-up", "Dispute portal", "KYC refresh",
    ];
    private static readonly string[] Systems = ["checkout API", "payment gateway", "ledger service", "notification worker", "search cluster"];
    private static readonly string[] Reasons = ["vendor API late", "security review pending", "scope grew", "test environment unstable", "key engineer out"];
    private static readonly string[] Risks =
    [
        "Card network certification may slip past the freeze window", "Only one engineer knows the settlement batch code",
        "Vendor SDK reaches end of support next month", "Load test shows the ledger at 85% of capacity", "Data centre move overlaps the release",
    ];

    public static string Write(CorpusPicker p, IsoWeek week, int index)
    {
        var sb = new StringBuilder();
        var streams = p.Some(Workstreams, p.Int(4, 7));
        sb.Append($"# Team {index + 1:D3} weekly report, {week}\n\nOwner: {p.One(People)} · Updated {p.Day(4):yyyy-MM-dd}\n\n");
        sb.Append("## Highlights\n\n");
        sb.Append($"- Shipped {streams[0].ToLowerInvariant()} to {p.Int(5, 100)}% of users.\n");
        sb.Append($"- {streams[1]} is on track for {p.Later(7, 30):yyyy-MM-dd}.\n");
        sb.Append($"- Closed {p.Int(5, 40)} tickets; backlog down to {p.Int(10, 90)}.\n\n");

        sb.Append("## Status\n\n| Workstream | Owner | Status | Progress | Due | Notes |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var stream in streams)
        {
            var status = p.One(["On track", "On track", "At risk", "Delayed", "Done"]);
            var due = p.Later(5, 40);
            var notes = status switch
            {
                "Delayed" => $"was {due.AddDays(-p.Int(7, 21)):yyyy-MM-dd}; {p.One(Reasons)}",
                "At risk" => p.One(Reasons),
                "Done" => "released",
                _ => "",
            };
            int progress = status == "Done" ? 100 : p.Int(10, 95);
            sb.Append($"| {stream} | {p.One(People)} | {status} | {progress}% | {due:yyyy-MM-dd} | {notes} |\n");
        }

        sb.Append("\n## Metrics\n\n");
        sb.Append($"- Availability: 99.9{p.Int(0, 99):D2}% (target 99.95%)\n");
        sb.Append($"- p95 latency: {p.Int(80, 450)} ms\n- Open P1 bugs: {p.Int(0, 6)}\n- Deploys this week: {p.Int(3, 30)}\n");

        sb.Append("\n## Incidents\n\n");
        if (p.Chance(0.3)) sb.Append("- None this week.\n");
        else
            for (int e = 0, events = p.Int(1, 2); e < events; e++)
            {
                int h = p.Int(0, 21), m = p.Int(0, 40);
                sb.Append($"- {p.Day(p.Int(0, 4)):yyyy-MM-dd} {h:D2}:{m:D2}–{h + 1:D2}:{m + p.Int(5, 19):D2} UTC: {p.One(Systems)} returned errors ");
                sb.Append($"for {p.Int(1, 30)}% of requests; rolled back, postmortem scheduled.\n");
            }

        sb.Append("\n## Risks and issues\n\n");
        foreach (var risk in p.Some(Risks, p.Int(1, 3)))
            sb.Append($"- Risk: {risk} (severity: {p.One(["high", "medium", "low"])}).\n");
        if (p.Chance(0.4)) sb.Append($"- Blocker: waiting on {p.One(Reasons)}.\n");

        sb.Append("\n## Next week\n\n");
        foreach (var stream in p.Some(Workstreams, p.Int(2, 4)))
            sb.Append($"- {stream}: {p.One(["finish integration tests", "start canary release", "review design", "load test", "hand over to operations"])}.\n");
        return sb.ToString();
    }
}
