using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Summarizer.Gather.Sources;

namespace Summarizer.Tests.Api;

/// <summary>
/// <c>GET /api/weeks/{week}/refused</c> and the refused list on <c>/missing</c>, on the real host over its SQLite
/// store, holding what the mailbox source records when it refuses a mail: an unknown sender whose subject carries
/// markup, alpha's unreadable attachment, a mail of unknown week, and beta's refusal of another week.
/// </summary>
public sealed class RefusedSubmissionsApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Friday = new(2024, 6, 28, 9, 0, 0, TimeSpan.Zero);
    private ServeHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ServeHost.StartAsync();
        var store = (IReportSubmissionStore)_host.Store;
        await store.AddRefusedAsync(new(new IsoWeek(2024, 26), null,
            new("mailbox", "<m1@evil.test>", Friday, "intruder@evil.test", "<script>alert(1)</script> weekly"),
            "unknown sender intruder@evil.test; no team lists it (nor the list the mail came through): add it to Summarizer:Teams:<team>:Addresses, or ask the team to mail from a listed address"));
        await store.AddRefusedAsync(new(new IsoWeek(2024, 26), "alpha",
            new("mailbox", "<m2@example.test>", Friday.AddHours(1), "alpha@example.test", "alpha 2024-W26"),
            "its attachment report.docx cannot be read: not a Word document (the zip is damaged)"));
        await store.AddRefusedAsync(new(null, null,
            new("mailbox", "<m3@example.test>", Friday.AddHours(2), "someone@example.test", null), "the mail has no report: the body is empty and nothing is attached"));
        await store.AddRefusedAsync(new(new IsoWeek(2024, 25), "beta",
            new("mailbox", "<m4@example.test>", Friday.AddDays(-7), "beta@example.test", "beta"), "two report attachments; send one"));
    }

    [Fact]
    public async Task Analyst_GetsTheWeeksRefusalsAndThoseOfUnknownWeek_NewestFirst_EachWithReasonAndWhatToDo()
    {
        using var client = _host.Client(ServeHost.AnalystToken);
        var answer = await client.GetFromJsonAsync<JsonElement>("/api/weeks/2024-w26/refused");

        Assert.Equal("2024-W26", answer.GetProperty("week").GetString());
        var refused = answer.GetProperty("refused").EnumerateArray().ToList();
        Assert.Equal(["<m3@example.test>", "<m2@example.test>", "<m1@evil.test>"], refused.Select(r => r.GetProperty("reference").GetString()));

        var unknownWeek = refused[0];
        Assert.Equal(JsonValueKind.Null, unknownWeek.GetProperty("week").ValueKind);
        Assert.Equal(JsonValueKind.Null, unknownWeek.GetProperty("subject").ValueKind);

        var alpha = refused[1];
        Assert.Equal("mailbox", alpha.GetProperty("source").GetString());
        Assert.Equal(Friday.AddHours(1), alpha.GetProperty("receivedAt").GetDateTimeOffset());
        Assert.Equal("alpha@example.test", alpha.GetProperty("sender").GetString());
        Assert.Equal("alpha", alpha.GetProperty("team").GetString());
        Assert.Equal("2024-W26", alpha.GetProperty("week").GetString());
        Assert.Equal("mailbox:2024-06-28T10-00-00Z/alpha.mail", alpha.GetProperty("file").GetString()); // as the digest lists it
        Assert.Equal("its attachment report.docx cannot be read: not a Word document (the zip is damaged)", alpha.GetProperty("reason").GetString());
        Assert.Equal("Ask alpha to fix what the reason says and mail the report again; the newer mail is used.", alpha.GetProperty("whatToDo").GetString());

        var intruder = refused[2];
        Assert.Equal(JsonValueKind.Null, intruder.GetProperty("team").ValueKind);
        Assert.Equal("<script>alert(1)</script> weekly", intruder.GetProperty("subject").GetString());
        Assert.StartsWith("If the sender may report for a team, add its address to Summarizer:Teams:<team>:Addresses", intruder.GetProperty("whatToDo").GetString());
    }

    [Fact]
    public async Task TeamToken_IsForbidden_AndABadWeekIsA400NamingTheFormat()
    {
        using var team = _host.Client(ServeHost.AlphaToken);
        Assert.Equal(HttpStatusCode.Forbidden, (await team.GetAsync("/api/weeks/2024-W26/refused")).StatusCode);

        using var analyst = _host.Client(ServeHost.AnalystToken);
        var bad = await analyst.GetAsync("/api/weeks/2024-26/refused");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("YYYY-Www", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MissingPage_ListsTheRefusalsEncoded_WithReasonAndWhatToDo()
    {
        using var client = _host.Client(ServeHost.AnalystToken);
        var page = await client.GetStringAsync("/missing?week=2024-W26");

        Assert.Contains("Refused submissions, 2024-W26", page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; weekly", page);
        Assert.DoesNotContain("<script>alert(1)", page);
        Assert.Contains("its attachment report.docx cannot be read: not a Word document (the zip is damaged)", page);
        Assert.Contains("Ask alpha to fix what the reason says and mail the report again; the newer mail is used.", page);
        Assert.Contains("Summarizer:Teams:&lt;team&gt;:Addresses", page);
        Assert.Contains("(unknown team) · week unknown", page);
        Assert.DoesNotContain("beta@example.test", page); // another week's refusal
        Assert.Contains("Fri 28 Jun 2024 18:00 (Asia/Shanghai)", page); // alpha's mail, in the schedule's zone

        var other = await client.GetStringAsync("/missing?week=2024-W20"); // only the mail of unknown week
        Assert.Contains("someone@example.test", other);
        Assert.DoesNotContain("alpha@example.test", other);
        Assert.DoesNotContain("intruder@evil.test", other);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();
}
