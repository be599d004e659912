using Microsoft.Playwright;

namespace Summarizer.Tests.Pages;

/// <summary>Debian's Chromium (installed by <c>.ci/chromium.sh</c>) driven headless by Playwright; no browser download.</summary>
internal static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium not found at {ExecutablePath}: run `bash .ci/run` (installs it), or filter with --filter \"Category!=browser\".");
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>A fresh browser profile at the server, signed in through the login form with <paramref name="token"/>.</summary>
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, Uri server, string token, string path)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = server.ToString(), Locale = "en-US" });
        context.SetDefaultTimeout(60_000); // a 2-core CI machine renders a full digest frame slowly; waits end on the event, not the clock
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);               // redirects to /login?returnUrl=...
        await page.FillAsync("#token", token);
        await page.ClickAsync("form[action='/login'] button[type=submit]");
        // The page's own frames may still load; the tests wait for what they look at.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/login", new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        return page;
    }
}
