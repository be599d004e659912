using System.Net.Http.Json;
using System.Text.Json;
using Summarizer.Tests.Api;

namespace Summarizer.Tests.Reminders;

/// <summary>
/// The reminder state of a long-past week (2024-W26, on today's clock) when nothing could have reminded: no SMTP host,
/// or no deadline at all. Real host and SQLite store; alpha has an address, gamma has none, beta reported.
/// </summary>
public sealed class MissingStateServeTests
{
    private static readonly string[] Directory =
    [
        "--Summarizer:Teams:alpha:Addresses:0=alpha@example.test",
        "--Summarizer:Teams:beta:Addresses:0=beta@example.test",
        "--Summarizer:Teams:gamma=",
    ];

    private static async Task<List<(string Team, string State)>> States(params string[] settings)
    {
        await using var host = await ServeHost.StartAsync(settings: [.. Directory, .. settings]);
        host.WriteReport("2024-W26/beta.md", "# beta weekly report\n\n## Progress\n- Shipped the refund flow to 20% of users.\n");
        using var client = host.Client(ServeHost.AnalystToken);
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/weeks/2024-W26/missing");
        return answer.GetProperty("missing").EnumerateArray().Select(t => (t.GetProperty("team").GetString()!, t.GetProperty("state").GetString()!)).ToList();
    }

    [Fact]
    public async Task DeadlinePassed_WithoutSmtpHost_IsListedOnly_NotNotYet() =>
        Assert.Equal([("alpha", "noRelay"), ("gamma", "noAddress")], await States("--Summarizer:Schedule:SubmissionDeadline=Friday 18:00"));

    [Fact]
    public async Task WithoutDeadline_NobodyIsDue() =>
        Assert.Equal([("alpha", "noDeadline"), ("gamma", "noDeadline")], await States());
}
