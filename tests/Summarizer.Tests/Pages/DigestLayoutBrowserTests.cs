using System.Text.Json;
using Microsoft.Playwright;
using Summarizer.Tests.Digest;

namespace Summarizer.Tests.Pages;

/// <summary>
/// The mail's digest and the full digest of a 20-team week with history in headless Chromium, at desktop (1280 px)
/// and phone (375 px) width: no date, duration, amount or figure wraps (in tables and in running text), and the page
/// never scrolls sideways. Set SUMMARIZER_SCREENSHOTS to a folder to keep the screenshots.
/// </summary>
[Trait("Category", "browser")]
public sealed class DigestLayoutBrowserTests(TwentyTeamWeeks weeks) : IClassFixture<TwentyTeamWeeks>, IAsyncLifetime
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await ChromiumBrowser.LaunchAsync(_playwright);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    // Every element that must stay on one line, and whether its text's line boxes sit at more than one height.
    private const string Measure = """
        () => {
          const keep = [...document.querySelectorAll('.nw, .due, .num, .cite, .sev')];
          const wrapped = keep.filter(el => {
            const range = document.createRange();
            range.selectNodeContents(el);
            const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
            return tops.size > 1;
          }).map(el => el.textContent.trim());
          const dates = [...document.querySelectorAll('td')].filter(td => /^\d{4}-\d{2}-\d{2}/.test(td.textContent.trim())).length;
          return JSON.stringify({ scroll: document.documentElement.scrollWidth, width: window.innerWidth, kept: keep.length, dates, wrapped,
            images: [...document.images].filter(i => i.complete && i.naturalWidth > 0).length });
        }
        """;

    [Theory]
    [InlineData("digest.html", 1280)]
    [InlineData("digest.html", 375)]
    [InlineData("digest-full.html", 1280)]
    [InlineData("digest-full.html", 375)]
    public async Task Digest_AtDesktopAndPhoneWidth_NoWrappedDateAndNoSidewaysScroll(string file, int width)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(weeks.File(file)).AbsoluteUri);

        using var m = JsonDocument.Parse(await page.EvaluateAsync<string>(Measure));
        var r = m.RootElement;
        if (Environment.GetEnvironmentVariable("SUMMARIZER_SCREENSHOTS") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(file)}-{width}.png"), FullPage = true });
        }
        await context.CloseAsync();

        Assert.True(r.GetProperty("scroll").GetInt32() <= width, $"page is {r.GetProperty("scroll").GetInt32()} px wide in a {width} px window");
        Assert.True(r.GetProperty("kept").GetInt32() > 20 && r.GetProperty("dates").GetInt32() > 5, r.ToString());
        Assert.Empty(r.GetProperty("wrapped").EnumerateArray().Select(e => e.GetString()));
        Assert.True(r.GetProperty("images").GetInt32() >= 3, "the downtime strip and the sparklines are drawn");
    }
}
