using System.Net;
using Summarizer.Store;

namespace Summarizer.Tests.Api;

/// <summary>The pages over plain HTTP: login cookie, antiforgery, team limits, escaping of report text, source excerpts.</summary>
public sealed partial class PagesHttpTests : IAsyncLifetime
{
    private const string Hostile = "<script>alert('x')</script> & \"vendor\" <img src=x onerror=alert(1)>";
    private ServeHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await ServeHost.StartAsync();
        await ApiTestData.SeedAsync(_host, alphaRiskSummary: Hostile);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private static string ReviewPath(string team) => $"/review/{team}?week={ApiTestData.Week}";

    [Fact]
    public async Task Login_ValidToken_SetsHttpOnlySameSiteStrictCookieAndRedirectsTeamToItsPage()
    {
        using var session = new PageSession(_host);
        using var response = await session.LoginAsync(ServeHost.AlphaToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/review/alpha", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("summarizer.login=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(ServeHost.AlphaToken, cookie);
    }

    [Fact]
    public async Task Login_UnknownToken_Returns401AndNoCookie()
    {
        using var session = new PageSession(_host);
        using var response = await session.LoginAsync("wrong-token-wrong-token-1234");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(session.Cookies.GetAllCookies(), c => c.Name == "summarizer.login");
    }

    [Fact]
    public async Task ReviewPage_WithoutLogin_RedirectsToLogin()
    {
        using var session = new PageSession(_host);
        using var response = await session.GetAsync(ReviewPath("alpha"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ReviewPage_ReportTextWithMarkup_IsHtmlEncoded()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.GetAsync(ReviewPath("alpha"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;vendor&quot; &lt;img src=x onerror=alert(1)&gt;", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task ReviewPage_Item_ShowsSourceLinesAroundQuoteWithQuoteHighlighted()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        var html = await (await session.GetAsync(ReviewPath("alpha"))).Content.ReadAsStringAsync();

        Assert.Contains("- The <mark>payment vendor API timed out twice</mark>; failover untested.", html);
        Assert.Contains("<span class=\"ln\">2</span>", html);   // two lines of context above line 4
        Assert.Contains("- Hiring is on track.", html);          // and below
        Assert.Contains("2024-W26/alpha.md, line 4", html);
    }

    [Fact]
    public async Task ReviewPage_TeamLoginOnOtherTeam_Returns403()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.GetAsync(ReviewPath("beta"));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("Data centre move", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReviewForm_Dismiss_RecordsReviewAndRedirectsBackToTheItem()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.PostFormAsync(ReviewPath("alpha"), $"/review/alpha/items/{ApiTestData.AlphaRiskId}",
            ("status", "dismissed"), ("note", "duplicate"), ("week", ApiTestData.Week));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.EndsWith($"#item-{ApiTestData.AlphaRiskId}", response.Headers.Location!.OriginalString);
        var review = Assert.Single(await _host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId));
        Assert.Equal(ReviewStatus.Dismissed, review.Status);
        Assert.Equal("duplicate", review.Note);
        Assert.StartsWith("team:alpha", review.Reviewer);
    }

    [Fact]
    public async Task ReviewForm_WithoutAntiforgeryToken_Returns400AndRecordsNothing()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.PostFormWithoutTokenAsync($"/review/alpha/items/{ApiTestData.AlphaRiskId}", ("status", "dismissed"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await _host.Store.GetReviewsAsync(ApiTestData.AlphaRiskId));
    }

    [Fact]
    public async Task ApiPost_WithLoginCookieOnly_Returns401()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AnalystToken);
        using var response = await session.PostJsonAsync("/api/runs", $"{{\"week\":\"{ApiTestData.Week}\"}}");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await _host.Store.ListRunsAsync());
    }

    [Fact]
    public async Task WeekPage_TeamLogin_IsRefused()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AlphaToken);
        using var response = await session.GetAsync($"/weeks/{ApiTestData.Week}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/denied", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task WeekPage_Analyst_EmbedsSandboxedDigestWithEscapedText()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AnalystToken);
        var page = await (await session.GetAsync($"/weeks/{ApiTestData.Week}")).Content.ReadAsStringAsync();
        using var frame = await session.GetAsync($"/weeks/{ApiTestData.Week}/digest.html");
        var digest = await frame.Content.ReadAsStringAsync();

        Assert.Contains("sandbox=\"allow-same-origin\"", page);
        Assert.Contains("id=\"run-again\"", page);
        Assert.Contains("default-src 'none'", frame.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Contains("&lt;script&gt;", digest);
        Assert.DoesNotContain("<script>alert", digest);
    }

    [Fact]
    public async Task RunAgainForm_Analyst_QueuesRunAndShowsItsProgressPanel()
    {
        _host.WriteReport($"{ApiTestData.Week}/alpha.md", ApiTestData.AlphaReport);
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AnalystToken);
        using var response = await session.PostFormAsync($"/weeks/{ApiTestData.Week}", $"/weeks/{ApiTestData.Week}/runs", ("engine", "offline"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var run = Assert.Single(await _host.Store.ListRunsAsync(ApiTestData.Week));
        Assert.Equal($"/weeks/{ApiTestData.Week}?run={run.RunId}", response.Headers.Location!.OriginalString);
        var page = await (await session.GetAsync(response.Headers.Location.OriginalString)).Content.ReadAsStringAsync();
        Assert.Contains($"data-run-id=\"{run.RunId}\"", page);
    }

    [Fact]
    public async Task ReviewPage_ChineseTeamWithGbkReport_ShowsDecodedExcerpt()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        const string week = "2024-W27", file = "2024-W27/支付组.txt";
        _host.WriteReport(file, "支付组周报\n\n风险：\n- 支付通道超时两次，切换演练未做。\n", System.Text.Encoding.GetEncoding("GBK"));
        var item = new ExtractedItem
        {
            Id = "2024-W27-zhifu-1", Kind = ItemKind.Risk, Team = ServeHost.ChineseTeam, Section = "风险", Summary = "支付通道超时",
            Severity = Severity.High, Source = new SourceRef(file, 4, 4, "支付通道超时两次"), Engine = "offline",
        };
        await _host.Store.SaveWeekAsync(new WeekSnapshot(week, "offline", [new ReportInfo(ServeHost.ChineseTeam, file, 1, "gb18030")], [], [item], [], []));

        using var session = new PageSession(_host);
        using var login = await session.LoginAsync(ServeHost.ChineseTeamToken);
        using var response = await session.GetAsync(login.Headers.Location!.OriginalString + $"?week={week}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"/review/{Uri.EscapeDataString(ServeHost.ChineseTeam)}", login.Headers.Location.OriginalString);
        Assert.Contains("- <mark>支付通道超时两次</mark>，切换演练未做。", html);
        Assert.Contains("Review: <bdi dir=\"auto\">支付组</bdi>", html);
    }

    [Fact]
    public async Task HomePage_Analyst_ListsWeeksAndRuns()
    {
        await _host.Store.CreateRunAsync(ApiTestData.Week, "offline", _host.InputDir);
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AnalystToken);
        var html = await (await session.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Contains($"<a href=\"/weeks/{ApiTestData.Week}\">{ApiTestData.Week}</a>", html);
        Assert.Contains("<td>queued</td>", html);
    }

    [Fact]
    public async Task HomeAndWeekPages_RunErrorWithMarkup_IsEncodedByTheTemplates_AndTheLayoutKeepsItsHeaders()
    {
        var run = await _host.Store.CreateRunAsync(ApiTestData.Week, "offline", _host.InputDir);
        await _host.Store.UpdateRunAsync(run with { State = RunState.Failed, Error = Hostile });
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.AnalystToken);

        foreach (var path in new[] { "/", $"/weeks/{ApiTestData.Week}" })
        {
            using var response = await session.GetAsync(path);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;vendor&quot; &lt;img src=x onerror=alert(1)&gt;", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains("Signed in as <strong>analyst</strong>", html);      // the shared layout (PageShell)
            Assert.True(LogoutForm().IsMatch(html), html);
            Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        }
    }

    [Fact]
    public async Task LoginPage_HostileReturnAddress_IsRefusedAndEchoedEncoded()
    {
        using var session = new PageSession(_host);
        using var response = await session.GetAsync("/login?returnUrl=" + Uri.EscapeDataString("//evil.example/\"><script>x</script>"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<p class=\"error\" role=\"alert\">", html);
        Assert.DoesNotContain("<script>x", html);
        Assert.True(html.Contains("<input type=\"hidden\" name=\"returnUrl\" value=\"\"", StringComparison.Ordinal), html); // a refused address is not carried on
    }

    [Fact]
    public async Task HomePage_Team_LinksOnlyItsOwnReviewPages()
    {
        using var session = new PageSession(_host);
        await session.LoginAsync(ServeHost.BetaToken);
        var html = await (await session.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.Contains($"href=\"/review/beta?week={ApiTestData.Week}\"", html);
        Assert.DoesNotContain("/weeks/", html);
        Assert.DoesNotContain("/review/alpha", html);
    }

    [System.Text.RegularExpressions.GeneratedRegex("<form method=\"post\" action=\"/logout\" class=\"inline\"><input type=\"hidden\" name=\"__antiforgery\" value=\"[^\"]+\"")]
    private static partial System.Text.RegularExpressions.Regex LogoutForm();
}
