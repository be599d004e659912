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
        // Under the full suite on 2 cores a sign-in has now and then stayed on /login (cause not found yet; see the
        // issue notes): one more try, and the page's own words if that fails too. Sign-in itself is pinned by PagesHttpTests.
        for (int attempt = 1; ; attempt++)
        {
            await page.FillAsync("#token", token);
            await page.ClickAsync("form[action='/login'] button[type=submit]");
            try
            {
                await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/login",
                    new() { WaitUntil = WaitUntilState.DOMContentLoaded, Timeout = attempt == 1 ? 20_000 : 60_000 });
                break;
            }
            catch (TimeoutException) when (attempt == 1)
            {
                Console.Error.WriteLine($"Sign-in stayed on /login; the page says: {await page.InnerTextAsync("body")}");
            }
            catch (TimeoutException)
            {
                throw new InvalidOperationException($"Sign-in did not leave /login; the page says: {await page.InnerTextAsync("body")}");
            }
        }
        return page;
    }
}
