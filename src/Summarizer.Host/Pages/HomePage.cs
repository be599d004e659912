using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Host.Pages;

/// <summary><c>/</c>: the stored weeks and the latest runs (analysts); a team sees links to its review pages.</summary>
internal static class HomePage
{
    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", Show);
        return app;
    }

    public static async Task<ContentHttpResult> Show(HttpContext http, IDigestStore store, CancellationToken ct)
    {
        var page = new PageContext(http);
        var weeks = (await store.ListWeeksAsync(ct)).OrderByDescending(w => w, StringComparer.Ordinal).ToList();
        var team = page.User?.Team;
        return await PageLayout.PageAsync<HomeView>(page, "Weekly digests", new Dictionary<string, object?>
        {
            [nameof(HomeView.Weeks)] = weeks,
            [nameof(HomeView.Team)] = team,
            [nameof(HomeView.Runs)] = team is null ? await store.ListRunsAsync(null, 20, ct) : [],
        });
    }

    /// <summary>A moment as the pages show it: "2024-06-24 14:05 UTC".</summary>
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
