using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Digest;
using Summarizer.Gather.Sources;
using Summarizer.Host.Api;

namespace Summarizer.Tests.Api;

/// <summary><c>PUT /api/weeks/{week}/reports/{team}</c>: stored as an upload and answered with the report's preview.</summary>
public sealed class ReportUploadApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private static readonly IsoWeek Week = IsoWeek.Parse("2026-W48");
    private readonly FakeTimeProvider _time = new(Now);
    private ServeHost _host = null!;

    private const string Report = """
        # Alpha weekly report

        ## Risks
        - The payment vendor API timed out twice; failover untested.

        ## Metrics
        - Availability 99.2%, target 99.9%.
        """;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync(s => s.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IReportSubmissionStore Submissions => _host.App.Services.GetRequiredService<IReportSubmissionStore>();

    private async Task<HttpResponseMessage> PutAsync(string token, string path, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await _host.Client(token).PutAsync(path, content);
    }

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;

    [Fact]
    public async Task Put_MarkdownReport_IsStoredAndAnsweredWithItsItemsQuotesAndLines()
    {
        using var response = await PutAsync(ServeHost.AlphaToken, "/api/weeks/2026-w48/reports/alpha", Encoding.UTF8.GetBytes(Report), "text/markdown; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options);
        Assert.Equal(("2026-W48", "alpha", "upload:2026-11-27T10-00-00Z/alpha.md", Now), (answer!.Week, answer.Team, answer.File, answer.ReceivedAt));
        Assert.StartsWith("team:alpha (tok-", answer.Sender);
        var risk = Assert.Single(answer.Items, i => i.Kind == ItemKind.Risk);
        Assert.Equal((4, answer.File), (risk.Source.Line, risk.Source.File));
        Assert.Contains("payment vendor API timed out twice", risk.Source.Quote);
        Assert.NotNull(risk.Severity);
        var metric = Assert.Single(answer.Items, i => i.Kind == ItemKind.Metric);
        Assert.Equal(7, metric.Source.Line);
        Assert.Contains("99.2%", metric.Source.Quote);

        var stored = Assert.Single(await Submissions.ListLatestAsync(Week));
        Assert.Equal(("alpha", "report.md", "upload"), (stored.Team, stored.FileName, stored.Provenance.Source));
        Assert.Equal(Report, Encoding.UTF8.GetString(stored.Content));
    }

    [Fact]
    public async Task Put_DocxNamedInQuery_IsReadAsWord()
    {
        var docx = await File.ReadAllBytesAsync(Directory.EnumerateFiles(TestSupport.RepoPaths.Samples, "*.docx", SearchOption.AllDirectories).First());
        using var response = await PutAsync(ServeHost.AnalystToken, "/api/weeks/2026-W48/reports/beta?name=weekly.docx", docx, "application/octet-stream");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options);
        Assert.Equal("upload:2026-11-27T10-00-00Z/beta.docx", answer!.File);
        Assert.Equal("weekly.docx", Assert.Single(await Submissions.ListLatestAsync(Week)).FileName);
    }

    [Theory]
    [InlineData("alpha-team", "/api/weeks/2026-W48/reports/beta", "text/markdown", "# ok\n- fine", 403, "This token is for team 'alpha'")]
    [InlineData("alpha-team", "/api/weeks/2026-W99/reports/alpha", "text/markdown", "# ok\n- fine", 400, "Week '2026-W99' is not an ISO week")]
    [InlineData("alpha-team", "/api/weeks/2026-W48/reports/alpha", "application/pdf", "%PDF-1.7", 415, "Content-Type 'application/pdf' is not a report format")]
    [InlineData("alpha-team", "/api/weeks/2026-W48/reports/alpha", "text/plain", "", 422, "The report is empty (0 bytes)")]
    [InlineData("alpha-team", "/api/weeks/2026-W48/reports/alpha", "text/plain", " \n\t\n", 422, "The report is empty: it holds only whitespace")]
    [InlineData("alpha-team", "/api/weeks/2026-W48/reports/alpha?name=report.pdf", "text/plain", "%PDF", 415, "'report.pdf' is not a report format ('.pdf'); send text/markdown")]
    [InlineData("analyst", "/api/weeks/2026-W48/reports/..%2Fetc", "text/plain", "# x\n- y", 400, "Team name '..")]
    public async Task Put_BadInput_AnswersOneActionableReasonAndKeepsThePreviousReport(
        string who, string path, string contentType, string body, int status, string reasonStart)
    {
        var token = who == "analyst" ? ServeHost.AnalystToken : ServeHost.AlphaToken;
        using (var first = await PutAsync(ServeHost.AlphaToken, "/api/weeks/2026-W48/reports/alpha", Encoding.UTF8.GetBytes(Report), "text/markdown"))
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        _time.Advance(TimeSpan.FromMinutes(5));

        using var response = await PutAsync(token, path, Encoding.UTF8.GetBytes(body), contentType);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.StartsWith(reasonStart, await DetailAsync(response));
        Assert.Equal(Report, Encoding.UTF8.GetString(Assert.Single(await Submissions.ListLatestAsync(Week)).Content));
    }

    [Fact]
    public async Task Put_LargerThanAnyReport_Is413WithTheLimit()
    {
        // As curl does for a large body: "Expect: 100-continue", so the refusal comes before the upload. The client waits
        // for the answer however slow the machine is (its default gives up after 1 s and sends the body anyway).
        using var client = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromMinutes(2) }) { BaseAddress = _host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ServeHost.AlphaToken);
        client.DefaultRequestHeaders.ExpectContinue = true;
        var content = new ByteArrayContent(new byte[26 * 1024 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        using var response = await client.PutAsync("/api/weeks/2026-W48/reports/alpha", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("The report is larger than 25 MB, the most a report may be; split it or remove embedded content.", await DetailAsync(response));
        Assert.Empty(await Submissions.ListLatestAsync(Week));
    }

    [Fact]
    public async Task Put_TextOverTheTextLimit_IsRefusedWithTheFileReason()
    {
        var body = Encoding.UTF8.GetBytes(new string('x', 6 * 1024 * 1024));
        using var response = await PutAsync(ServeHost.AlphaToken, "/api/weeks/2026-W48/reports/alpha", body, "text/plain");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("The report is too large (6 MB, the limit is 5 MB)", await DetailAsync(response));
    }

    [Fact]
    public async Task Put_ForATeamOutsideTheTeamDirectory_Is404NamingTheKnownTeams()
    {
        await using var host = await ServeHost.StartAsync(settings: ["--Summarizer:Teams:alpha:Addresses:0=alpha-lead@example.test"]);
        var content = new StringContent(Report, Encoding.UTF8, "text/markdown");
        using var typo = await host.Client(ServeHost.AnalystToken).PutAsync("/api/weeks/2026-W48/reports/aplha", content);
        Assert.Equal(HttpStatusCode.NotFound, typo.StatusCode);
        Assert.Equal("Team 'aplha' is not in the team directory (Summarizer:Teams); known teams: alpha.", await DetailAsync(typo));
        using var known = await host.Client(ServeHost.AnalystToken).PutAsync("/api/weeks/2026-W48/reports/Alpha", new StringContent(Report, Encoding.UTF8, "text/markdown"));
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        // Stored under the directory's spelling: a capitalised URL never renames the team in the digest.
        Assert.Equal("alpha", (await known.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!.Team);
    }

    [Fact]
    public async Task Put_WithoutToken_Is401()
    {
        using var response = await new HttpClient { BaseAddress = _host.BaseAddress }
            .PutAsync("/api/weeks/2026-W48/reports/alpha", new StringContent(Report, Encoding.UTF8, "text/markdown"));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
