using Microsoft.Playwright;
using Summarizer.Tests.Api;
using static Microsoft.Playwright.Assertions;

namespace Summarizer.Tests.Pages;

/// <summary>A team pastes its report on its review page in headless Chromium and sees what the digest will say.</summary>
[Trait("Category", "browser")]
public sealed class ReportUploadBrowserTests : IAsyncLifetime
{
    private ServeHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _host = await ServeHost.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumBrowser.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
    }

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
    }

    [Fact]
    public async Task TeamSubmitsNothing_IsToldWhatToDo()
    {
        var page = await ChromiumBrowser.SignedInPageAsync(_browser, _host.BaseAddress, ServeHost.AlphaToken, "/review/alpha?week=2026-W48");
        await page.FillAsync("textarea[name=text]", "   ");
        await page.ClickAsync("#submit-report");
        await Expect(page.Locator("p.error")).ToHaveTextAsync("Paste the report into the box or choose a file, then submit.");
    }
}
