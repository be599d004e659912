using Microsoft.Playwright;
using Summarizer.Tests.Api;
using static Microsoft.Playwright.Assertions;

namespace Summarizer.Tests.Pages;

/// <summary>The review and week pages in a real headless Chromium against the real host.</summary>
[Trait("Category", "browser")]
public sealed class ReviewPageBrowserTests : IAsyncLifetime
{
    public const string Screenshot = "/tmp/summarizer-review-page.png";
    private ServeInChromium _ui = null!;
    private ServeHost _host => _ui.Host;
    private IBrowser _browser => _ui.Browser;

    public async Task InitializeAsync() => _ui = await ServeInChromium.StartAsync(host => ApiTestData.SeedAsync(host));

    public async Task DisposeAsync() => await _ui.DisposeAsync();

    [Fact]
    public async Task TeamDismissesItemOnReviewPage_ItemLeavesTheWeeksDigest()
    {
        var week = $"/weeks/{ApiTestData.Week}";
        var analyst = await ChromiumBrowser.SignedInPageAsync(_browser, _host.BaseAddress, ServeHost.AnalystToken, week);
        var digest = analyst.FrameLocator("#digest").Locator("body");
        await Expect(digest).ToContainTextAsync("Payment vendor API timeouts");

        var team = await ChromiumBrowser.SignedInPageAsync(_browser, _host.BaseAddress, ServeHost.AlphaToken, $"/review/alpha?week={ApiTestData.Week}");
        var item = team.Locator($"article[data-item-id='{ApiTestData.AlphaRiskId}']");
        await Expect(item.Locator("mark")).ToHaveTextAsync("payment vendor API timed out twice");
        await team.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot, FullPage = true });

        await item.Locator("input[name=note]").First.FillAsync("fixed on Thursday");
        await item.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();

        await Expect(item).ToHaveAttributeAsync("data-status", "dismissed");
        await item.Locator("details.history summary").ClickAsync();
        await Expect(item.Locator("details.history")).ToContainTextAsync("fixed on Thursday");
        await analyst.ReloadAsync();
        await Expect(digest).ToContainTextAsync("Data centre move may slip to July");
        await Expect(digest).Not.ToContainTextAsync("Payment vendor API timeouts");
    }

    [Fact]
    public async Task AnalystClicksRunAgain_PageFollowsTheRunUntilItSucceeds()
    {
        _host.WriteReport($"{ApiTestData.Week}/alpha.md", ApiTestData.AlphaReport);
        _host.WriteReport($"{ApiTestData.Week}/beta.md", ApiTestData.BetaReport);
        var analyst = await ChromiumBrowser.SignedInPageAsync(_browser, _host.BaseAddress, ServeHost.AnalystToken, $"/weeks/{ApiTestData.Week}");

        await analyst.SelectOptionAsync("select[name=engine]", "offline");
        await analyst.ClickAsync("#run-again");

        await Expect(analyst.Locator("#run-progress")).ToHaveAttributeAsync("data-state", "succeeded", new() { Timeout = 60_000 });
        await Expect(analyst.Locator("#run-progress .state")).ToContainTextAsync("succeeded");
    }
}
