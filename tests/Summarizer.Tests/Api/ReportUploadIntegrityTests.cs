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

/// <summary>
/// What a careless or hostile uploader tries on <c>PUT /api/weeks/{week}/reports/{team}</c> and the review page, through
/// the real host: team names that are paths or hide characters, another team's spelling, another week's report, a
/// declared charset, programs instead of reports, and refusals that must say why.
/// </summary>
public sealed class ReportUploadIntegrityTests : IAsyncLifetime
{
    private const string Week = "2026-W48"; // Monday 2026-11-23 to Sunday 2026-11-29; "now" is Friday 2026-11-27
    private const string RuleStart = "a team name is 1 to 80 letters, digits, spaces (not at the start or end)";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero));
    private ServeHost _host = null!;

    private const string Report = """
        # Alpha weekly report

        ## Risks
        - The payment vendor API timed out twice; failover untested.
        """;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync(s => s.AddSingleton<TimeProvider>(_time));

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IReportSubmissionStore Submissions => _host.App.Services.GetRequiredService<IReportSubmissionStore>();

    private async Task<HttpResponseMessage> PutAsync(string token, string path, byte[] body, string contentType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return await _host.Client(token).PutAsync(path, content);
    }

    private Task<HttpResponseMessage> PutTextAsync(string token, string team, string text) =>
        PutAsync(token, $"/api/weeks/{Week}/reports/{team}", Encoding.UTF8.GetBytes(text), "text/markdown; charset=utf-8");

    private static async Task<string> DetailAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;

    private static async Task<ReportUploadAnswer> AnswerAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ReportUploadAnswer>(SummarizerJson.Options))!;
    }

    [Theory]
    [InlineData("a%2F..%2F..%2Fx", "'..'")]  // a path, percent-encoded so routing keeps it one segment
    [InlineData("a%5C..%5Cx", "'..'")]
    [InlineData("%E2%80%AEstnemyap", "U+202E")]       // right-to-left override: reads as "payments"
    [InlineData("pay%E2%80%8Bments", "U+200B")]       // zero-width space
    [InlineData("%20alpha", "starts or ends with a space")]
    [InlineData("alpha%20", "starts or ends with a space")]
    [InlineData("a..b", "'..'")]
    [InlineData("a%09b", "control character (U+0009)")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "longer than 80 characters")]
    public async Task Put_InvalidTeamNameWithoutDirectory_Is400SayingWhichCharactersAreAllowed(string team, string why)
    {
        using var response = await PutTextAsync(ServeHost.AnalystToken, team, Report);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var detail = await DetailAsync(response);
        Assert.StartsWith("Team name '", detail);
        Assert.True(detail.Contains(why, StringComparison.Ordinal), detail);
        Assert.Contains(RuleStart, detail);
        Assert.DoesNotContain('\u202E', detail);
        Assert.Empty(await Submissions.ListLatestAsync(IsoWeek.Parse(Week)));
    }

    [Fact]
    public async Task Put_TeamTokenUnderOtherCapitalisation_KeepsTheTokensSpelling()
    {
        var answer = await AnswerAsync(await PutTextAsync(ServeHost.AlphaToken, "ALPHA", Report));

        Assert.Equal("alpha", answer.Team);
        Assert.EndsWith("/alpha.md", answer.File);
        Assert.Equal("alpha", Assert.Single(await Submissions.ListLatestAsync(IsoWeek.Parse(Week))).Team);
    }

    [Fact]
    public async Task Put_WithEarlierWeeks_UsesTheirSpellingAndNamesANewTeam()
    {
        // Week 47 was run with a report of "Payments"; no team directory is configured.
        _host.WriteReport("2026-W47/Payments.md", "# Payments weekly report\n\n## Risks\n- The card issuer API timed out twice; no failover yet.\n");
        await _host.RunWeekAsync("2026-W47");

        var known = await AnswerAsync(await PutTextAsync(ServeHost.AnalystToken, "payments", "# Payments\n\n## Risks\n- The card issuer API timed out again.\n"));
        var fresh = await AnswerAsync(await PutTextAsync(ServeHost.AnalystToken, "Gamma Ops", "# Gamma\n\n## Risks\n- The build farm is slow.\n"));

        Assert.Equal(("Payments", 0), (known.Team, known.Warnings.Count));
        Assert.Equal("Gamma Ops", fresh.Team);
        Assert.StartsWith("Team 'Gamma Ops' is a new team: no report of it was seen in the earlier weeks.", Assert.Single(fresh.Warnings));
    }

    [Fact]
    public async Task Put_ANameCloseToATeamThatAlreadyReported_WarnsEvenInAFirstWeek()
    {
        var first = await AnswerAsync(await PutTextAsync(ServeHost.AnalystToken, "payments", "# Payments\n\n## Risks\n- The card issuer API timed out again.\n"));
        var typo = await AnswerAsync(await PutTextAsync(ServeHost.AnalystToken, "payment", "# Payments\n\n## Risks\n- The card issuer API timed out again.\n"));
        var other = await AnswerAsync(await PutTextAsync(ServeHost.AnalystToken, "platform", "# Platform\n\n## Risks\n- The build farm is slow.\n"));

        Assert.Empty(first.Warnings);
        Assert.StartsWith("Team 'payment' looks like a misspelling of 'payments'", Assert.Single(typo.Warnings));
        Assert.Empty(other.Warnings);
    }

    [Theory]
    [InlineData("# Alpha weekly report 2026-W47\n\n## Risks\n- The payment vendor API timed out twice.\n")]
    [InlineData("---\nweek: 2026-W47\n---\n# Alpha\n\n## Risks\n- The payment vendor API timed out twice.\n")]
    [InlineData("# 支付组周报 第47周\n\n## 风险\n- 支付供应商接口两次超时。\n")]
    [InlineData("# Alpha weekly report 2026-11-16 ~ 2026-11-20\n\n## Risks\n- The payment vendor API timed out twice.\n")]
    [InlineData("# Alpha weekly report (11/16 - 11/20)\n\n## Risks\n- The payment vendor API timed out twice.\n")]
    public async Task Put_ReportWhoseTextNamesAnotherWeek_IsStoredWithAWarning(string text)
    {
        var answer = await AnswerAsync(await PutTextAsync(ServeHost.AlphaToken, "alpha", text));

        Assert.Equal(Week, answer.Week);
        Assert.Equal("This report's text says week 2026-W47; it is filed under 2026-W48. Upload it under /api/weeks/2026-W47/reports/alpha " +
            "(or choose week 2026-W47 on the review page) if that is its week.", Assert.Single(answer.Warnings));
        Assert.Single(await Submissions.ListLatestAsync(IsoWeek.Parse(Week)));
    }

    [Theory]
    [InlineData("# Alpha weekly report 2026-W48\n\n## Risks\n- The payment vendor API timed out twice.\n")]
    [InlineData("# Alpha weekly report\n\n## Plan\n- Launch moved from 11/16 to 11/20 after the vendor review.\n")]
    public async Task Put_ReportOfItsOwnWeekOrDatesInTheBody_HasNoWarning(string text)
    {
        var answer = await AnswerAsync(await PutTextAsync(ServeHost.AlphaToken, "alpha", text));
        Assert.Empty(answer.Warnings);
    }

    [Fact]
    public async Task UploadForm_ReportOfAnotherWeek_ShowsTheWarningOnThePage()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);

        using var response = await session.PostFormAsync($"/review/alpha?week={Week}", "/review/alpha/report", ("week", Week),
            ("text", "# Alpha 第47周\n\n## Risks\n- The payment vendor API timed out twice.\n"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"warning\" role=\"alert\">This report's text says week 2026-W47; it is filed under 2026-W48.", text);
    }

    [Fact]
    public async Task Put_DeclaredLatin1_IsDecodedAsLatin1()
    {
        const string text = "# Alpha\n\n## Risks\n- Café délai: the payment vendor API timed out twice.\n";
        var latin1 = Encoding.Latin1.GetBytes(text);

        var answer = await AnswerAsync(await PutAsync(ServeHost.AlphaToken, $"/api/weeks/{Week}/reports/alpha", latin1, "text/plain; charset=iso-8859-1"));

        Assert.Contains(answer.Items, i => i.Source.Quote.Contains("Café délai", StringComparison.Ordinal));
        Assert.Equal(text, Encoding.UTF8.GetString(Assert.Single(await Submissions.ListLatestAsync(IsoWeek.Parse(Week))).Content));
    }

    [Fact]
    public async Task Put_DeclaredCharsetThatDoesNotFit_Is422AndUnknownCharsetIs415()
    {
        var gbk = CodePagesEncoding("GBK").GetBytes("# 周报\n\n## 风险\n- 支付供应商接口两次超时。\n");

        using var wrong = await PutAsync(ServeHost.AlphaToken, $"/api/weeks/{Week}/reports/alpha", gbk, "text/plain; charset=utf-8");
        using var unknown = await PutAsync(ServeHost.AlphaToken, $"/api/weeks/{Week}/reports/alpha", gbk, "text/plain; charset=x-klingon");
        using var utf7 = await PutAsync(ServeHost.AlphaToken, $"/api/weeks/{Week}/reports/alpha", "# Alpha\n- risk +AFw-\n"u8.ToArray(), "text/plain; charset=utf-7");
        var refusedBefore = await Submissions.ListRefusedAsync(IsoWeek.Parse(Week));
        using var declared = await PutAsync(ServeHost.AlphaToken, $"/api/weeks/{Week}/reports/alpha", gbk, "text/plain; charset=gbk");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.StartsWith("The report is not valid utf-8 text, the charset it was declared in", await DetailAsync(wrong));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, unknown.StatusCode);
        Assert.StartsWith("The report declares the charset 'x-klingon', which Summarizer does not know; send it as UTF-8", await DetailAsync(unknown));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, utf7.StatusCode); // .NET refuses UTF-7: it was a 500
        // The refusals are listed for the analyst (the team and token were settled), newest first.
        Assert.Equal(3, refusedBefore.Count(r => r.Team == "alpha" && r.Provenance.Source == "upload"));
        Assert.Contains(refusedBefore, r => r.Reason.Contains("'utf-7'", StringComparison.Ordinal));
        Assert.Contains(await AnswerAsync(declared) is { } a ? a.Items : [], i => i.Source.Quote.Contains("支付供应商接口两次超时", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/plain; charset=", 415, "The report declares a charset without a name (charset=)")]
    [InlineData("text/plain; charset=\"", 415, "The report declares a charset without a name (charset=)")]
    [InlineData("text/plain; charset=utf-16", 422, "The report declares utf-16, but its bytes are 8-bit text")]
    [InlineData("text/plain; charset=iso-8859-1", 422, "The report declares iso-8859-1, but its bytes are UTF-8 text")]
    public async Task Put_EmptyOrMojibakeCharset_IsRefused_AndThePreviousReportStays(string contentType, int status, string detailStart)
    {
        await PutTextAsync(ServeHost.AlphaToken, "alpha", "# Alpha\n\n## Risks\n- The payment vendor API timed out twice.\n");
        var content = new ByteArrayContent("# Alpha\n\n## Risks\n- The card issuer API timed out again — 风险：银行接口可能延期。\n"u8.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _host.Client(ServeHost.AlphaToken).PutAsync($"/api/weeks/{Week}/reports/alpha", content);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.StartsWith(detailStart, await DetailAsync(response));
        var kept = Encoding.UTF8.GetString(Assert.Single(await Submissions.ListLatestAsync(IsoWeek.Parse(Week))).Content);
        Assert.Contains("payment vendor API timed out twice", kept);
    }

    [Fact]
    public async Task Put_ReportWithNothingRecognised_IsStoredWithAWarningThatItReplacesTheEarlierOne()
    {
        var answer = await AnswerAsync(await PutTextAsync(ServeHost.AlphaToken, "alpha", "# Alpha\n\nSee attachment.\n"));

        Assert.Empty(answer.Items);
        Assert.Contains(answer.Warnings, w => w.StartsWith("Nothing was found in this report", StringComparison.Ordinal)
            && w.Contains("replaces the team's earlier upload", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadForm_FilePartCharset_IsHonoured()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        var bytes = CodePagesEncoding("windows-1252").GetBytes("# Alpha\n\n## Risks\n- Café délai — the payment vendor API timed out twice.\n");

        using var response = await session.PostFileAsync($"/review/alpha?week={Week}", "/review/alpha/report", "file", "report.txt", bytes,
            "text/plain; charset=windows-1252", ("week", Week));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Café délai — the payment vendor", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("?name=x.exe", "application/octet-stream", "'x.exe' is not a report format ('.exe'); send text/markdown")]
    [InlineData("", "application/x-msdownload", "Content-Type 'application/x-msdownload' is not a report format; send text/markdown")]
    [InlineData("?name=report.md", "application/x-msdownload", "Content-Type 'application/x-msdownload' is not a report format; send text/markdown")]
    [InlineData("?name=report.md", "text/markdown", "The upload is a Windows program (an .exe or .dll), not a report; send text/markdown")]
    [InlineData("", "multipart/form-data; boundary=x", "The body is a multipart form, not a report; send the report itself as the body")]
    public async Task Put_ProgramInsteadOfReport_Is415ListingTheAcceptedTypes(string query, string contentType, string detailStart)
    {
        byte[] program = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0];

        using var response = await PutAsync(ServeHost.AlphaToken, $"/api/weeks/{Week}/reports/alpha{query}", program, contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var detail = await DetailAsync(response);
        Assert.StartsWith(detailStart, detail);
        Assert.Contains(".md, .markdown, .txt, .html, .htm or .docx", detail);
        Assert.Empty(await Submissions.ListLatestAsync(IsoWeek.Parse(Week)));
    }

    [Fact]
    public async Task Put_FrontMatterNamingAnotherTeam_IsRefusedInAPlainSentence()
    {
        using var response = await PutTextAsync(ServeHost.AlphaToken, "alpha", "---\nteam: beta\n---\n# Beta\n- fine\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("The report names team 'beta' in its front matter, but it was sent for team 'alpha'; fix 'team:', or send it for team 'beta'. " +
            "Nothing was stored; the team's previous report stays in use.", await DetailAsync(response));
    }

    [Fact]
    public async Task GetItems_OfAnotherTeam_Is403WithAReason()
    {
        using var response = await _host.Client(ServeHost.AlphaToken).GetAsync($"/api/weeks/{Week}/items?team=beta");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("This token is for team 'alpha', not 'beta'; it may read only that team's items. " +
            "Ask the analyst for team 'beta''s token (or an analyst token) to work with another team.", await DetailAsync(response));
    }

    [Fact]
    public async Task ReviewPage_InvalidTeamName_Is400WithTheRuleAndNeverEchoesTheBidiCharacter()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AnalystToken);

        using var response = await session.GetAsync("/review/%E2%80%AEstnemyap");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("contains an invisible or text-direction character (U+202E)", text);
        Assert.Contains(RuleStart, text);
        Assert.DoesNotContain('\u202E', text);
    }

    [Fact]
    public async Task ReviewPage_TeamOutsideTheDirectory_Is404NamingTheKnownTeams()
    {
        await using var host = await ServeHost.StartAsync(settings: ["--Summarizer:Teams:alpha:Addresses:0=alpha-lead@example.test"]);
        using var session = new PageSession(host);
        await session.LoginAsync(ServeHost.AnalystToken);

        using var typo = await session.GetAsync("/review/aplha");
        using var known = await session.GetAsync("/review/Alpha");

        Assert.Equal(HttpStatusCode.NotFound, typo.StatusCode);
        Assert.Contains("Team 'aplha' is not in the team directory (Summarizer:Teams); known teams: alpha.", WebUtility.HtmlDecode(await typo.Content.ReadAsStringAsync()));
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Fact]
    public async Task ReviewPage_TeamNameIsIsolatedAndThePlaceholderIsALineBreak()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.ChineseTeamToken);

        var html = await (await session.GetAsync($"/review/{Uri.EscapeDataString(ServeHost.ChineseTeam)}?week={Week}")).Content.ReadAsStringAsync();

        Assert.Contains($"<bdi dir=\"auto\">{ServeHost.ChineseTeam}</bdi>", html);
        Assert.DoesNotContain("&amp;#10;", html);
        Assert.Contains("placeholder=\"# Weekly report&#xA;## Risks&#xA;", html);
    }

    private static Encoding CodePagesEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }
}
