using Microsoft.Playwright;
using Summarizer.Tests.Api;
using static Microsoft.Playwright.Assertions;

namespace Summarizer.Tests.Pages;

/// <summary>A team pastes its report on its review page in headless Chromium and sees what the digest will say.</summary>
[Trait("Category", "browser")]
public sealed class ReportUploadBrowserTests : IAsyncLifetime
{
    public const string Screenshot = "/tmp/summarizer-upload-preview.png";
    private ServeInChromium _ui = null!;
    private ServeHost _host => _ui.Host;
    private IBrowser _browser => _ui.Browser;

    public async Task InitializeAsync() => _ui = await ServeInChromium.StartAsync();

    public async Task DisposeAsync() => await _ui.DisposeAsync();

    [Fact]
    public async Task TeamPastesReport_SeesItsItemsWithTheQuotesHighlighted()
    {
        var page = await ChromiumBrowser.SignedInPageAsync(_browser, _host.BaseAddress, ServeHost.AlphaToken, "/review/alpha?week=2026-W48");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Review: alpha · 2026-W48");

        await page.FillAsync("textarea[name=text]", """
            # Alpha weekly report

            ## Risks
            - The payment vendor API timed out twice; failover untested.

            ## Metrics
            - Availability 99.2%, target 99.9%.
            """);
        await page.ClickAsync("#submit-report");

        var preview = page.Locator("#preview");
        await Expect(preview).ToHaveAttributeAsync("data-file", new System.Text.RegularExpressions.Regex(@"^upload:\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ/alpha\.md$"));
        var risk = preview.Locator("article[data-kind=risk]");
        await Expect(risk.Locator("mark")).ToContainTextAsync("payment vendor API timed out twice");
        await Expect(risk.Locator("figcaption")).ToContainTextAsync("line 4");
        var metric = preview.Locator("article[data-kind=metric]");
        await Expect(metric.Locator("mark")).ToContainTextAsync("99.2%");
        await Expect(metric.Locator(".cited .ln")).ToHaveTextAsync("7");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot, FullPage = true });
    }

    [Fact]
    public async Task TeamSubmitsNothingOrAnotherTeamsReport_IsToldWhyAndKeepsTheText()
    {
        var page = await ChromiumBrowser.SignedInPageAsync(_browser, _host.BaseAddress, ServeHost.AlphaToken, "/review/alpha?week=2026-W48");
        await page.FillAsync("textarea[name=text]", "   ");
        await page.ClickAsync("#submit-report");
        await Expect(page.Locator("p.error")).ToHaveTextAsync("Paste the report into the box or choose a file, then submit.");

        await page.FillAsync("textarea[name=text]", "---\nteam: beta\n---\n# Beta\n- Risk: the move may slip.\n");
        await page.ClickAsync("#submit-report");
        await Expect(page.Locator("p.error")).ToContainTextAsync("names team 'beta' in its front matter, but it was sent for team 'alpha'");
        await Expect(page.Locator("textarea[name=text]")).ToHaveValueAsync("---\nteam: beta\n---\n# Beta\n- Risk: the move may slip.\n");
    }
}
