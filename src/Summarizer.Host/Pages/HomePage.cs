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
        var m = new Markup().Raw("<h1>Weekly digests</h1>");
        if (weeks.Count == 0) m.Raw("<p>No week has been run yet.</p>");

        if (page.User is { Team: { } team })
        {
            m.Raw("<ul class=\"weeks\">");
            foreach (var w in weeks)
                m.Raw($"<li><a href=\"/review/{Markup.Seg(team)}?week={Markup.E(w)}\">").Text($"{w}: review {team}'s items").Raw("</a></li>");
            return PageLayout.Page(page, "Weekly digests", m.Raw("</ul>"));
        }

        m.Raw("<ul class=\"weeks\">");
        foreach (var w in weeks) m.Raw($"<li><a href=\"/weeks/{Markup.Seg(w)}\">").Text(w).Raw("</a></li>");
        m.Raw("</ul><h2>Latest runs</h2>");
        RunsTable(m, await store.ListRunsAsync(null, 20, ct));
        return PageLayout.Page(page, "Weekly digests", m);
    }

    public static void RunsTable(Markup m, IReadOnlyList<RunRecord> runs)
    {
        if (runs.Count == 0)
        {
            m.Raw("<p class=\"muted\">No runs yet.</p>");
            return;
        }
        m.Raw("<table><thead><tr><th>Run</th><th>Week</th><th>Engine</th><th>State</th><th>Sections</th><th>Started</th><th>Finished</th><th>Error</th></tr></thead><tbody>");
        foreach (var r in runs)
        {
            m.Raw("<tr><td><code>").Text(r.RunId).Raw($"</code></td><td><a href=\"/weeks/{Markup.Seg(r.Week)}\">").Text(r.Week).Raw("</a></td><td>")
                .Text(r.Engine).Raw("</td><td>").Text(r.State.ToString().ToLowerInvariant()).Raw("</td><td>")
                .Text(r.SectionsTotal > 0 ? $"{r.SectionsDone}/{r.SectionsTotal}" : "").Raw("</td><td>").Text(When(r.CreatedAt))
                .Raw("</td><td>").Text(r.FinishedAt is { } f ? When(f) : "").Raw("</td><td>").Text(r.Error).Raw("</td></tr>");
        }
        m.Raw("</tbody></table>");
    }

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
