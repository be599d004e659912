using Microsoft.Playwright;
using Summarizer.Tests.Api;

namespace Summarizer.Tests.Pages;

/// <summary>The real host (<see cref="ServeHost"/>) and a headless Chromium, started and stopped together for page tests.</summary>
internal sealed class ServeInChromium : IAsyncDisposable
{
    private readonly IPlaywright _playwright;

    private ServeInChromium(ServeHost host, IPlaywright playwright, IBrowser browser) => (Host, _playwright, Browser) = (host, playwright, browser);

    public ServeHost Host { get; }
    public IBrowser Browser { get; }

    /// <param name="seed">Data to put into the host before the browser starts, e.g. <see cref="ApiTestData.SeedAsync"/>.</param>
    public static async Task<ServeInChromium> StartAsync(Func<ServeHost, Task>? seed = null)
    {
        var host = await ServeHost.StartAsync();
        if (seed is not null) await seed(host);
        var playwright = await Playwright.CreateAsync();
        return new ServeInChromium(host, playwright, await ChromiumBrowser.LaunchAsync(playwright));
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Host.DisposeAsync();
    }
}
