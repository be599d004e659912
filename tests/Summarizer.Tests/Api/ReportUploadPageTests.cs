using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Summarizer.Gather.Sources;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Api;

/// <summary>The upload form on <c>/review/{team}</c> over HTTP: files, refusals, antiforgery, encoding.</summary>
public sealed class ReportUploadPageTests : IAsyncLifetime
{
    private const string Page = "/review/alpha?week=2026-W48";
    private ServeHost _host = null!;

    public async Task InitializeAsync() => _host = await ServeHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private IReportSubmissionStore Submissions => _host.App.Services.GetRequiredService<IReportSubmissionStore>();

    [Fact]
    public async Task UploadForm_DocxFile_IsStoredAndPreviewedOnThePage()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        var docx = await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Samples, "2024-W25", "data-platform.docx"));

        using var response = await session.PostFileAsync(Page, "/review/alpha/report", "file", "数据平台.docx", docx, ("week", "2026-W48"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Matches("data-file=\"upload:[0-9TZ-]+/alpha.docx\"", html);
        Assert.Contains("<mark>", html);
        var stored = Assert.Single(await Submissions.ListLatestAsync(IsoWeek.Parse("2026-W48")));
        Assert.Equal(("数据平台.docx", docx.Length), (stored.FileName, stored.Content.Length));
        Assert.StartsWith("team:alpha", stored.Provenance.Sender);
    }

    [Fact]
    public async Task UploadForm_PastedMarkup_IsEncodedInThePreview()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.PostFormAsync(Page, "/review/alpha/report", ("week", "2026-W48"),
            ("text", "# Risks\n- Risk: <script>alert(1)</script> the vendor API timed out twice.\n"));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
    }

    [Fact]
    public async Task UploadForm_UnreadableFile_ShowsTheReasonAndStoresNothing()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.PostFileAsync(Page, "/review/alpha/report", "file", "report.pdf", "%PDF-1.7"u8.ToArray(), ("week", "2026-W48"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("&#x27;report.pdf&#x27; is not a report format (&#x27;.pdf&#x27;); send text/markdown", await response.Content.ReadAsStringAsync());
        Assert.Empty(await Submissions.ListLatestAsync(IsoWeek.Parse("2026-W48")));
    }

    [Fact]
    public async Task UploadForm_OtherTeamsPage_IsRefused()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.PostFormAsync(Page, "/review/beta/report", ("week", "2026-W48"), ("text", "# Beta\n- fine"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("This token is for team 'alpha', not 'beta'; it may review and submit only that team's reports. Ask the analyst",
            System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Empty(await Submissions.ListLatestAsync(IsoWeek.Parse("2026-W48")));
    }

    [Fact]
    public async Task UploadForm_WithoutAntiforgeryToken_Is400AndStoresNothing()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.PostFormWithoutTokenAsync("/review/alpha/report", ("week", "2026-W48"), ("text", "# Alpha\n- fine"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await Submissions.ListLatestAsync(IsoWeek.Parse("2026-W48")));
    }
}
