using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Summarizer.Digest;
using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Host.Pages;

/// <summary>
/// <c>/weeks/{week}</c> (analysts): the digest as it reads now (reviews applied), links to each team's review page,
/// the week's runs and a "Run again" button whose progress the page follows live.
/// </summary>
internal static class WeekPage
{
    /// <summary>The digest is a complete page of its own: shown in a sandboxed frame, no scripts, styles inline only.</summary>
    private const string DigestPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    public static IEndpointRouteBuilder MapWeekPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/weeks/{week}", Show).RequireAuthorization(SummarizerAuth.AnalystPolicy);
        app.MapGet("/weeks/{week}/digest.html", DigestFrame).RequireAuthorization(SummarizerAuth.AnalystPolicy);
        app.MapPost("/weeks/{week}/runs", RunAgain).RequireAuthorization(SummarizerAuth.AnalystPolicy)
            .DisableAntiforgery(); // checked in RunAgain, answered as a page
        return app;
    }

    public static async Task<ContentHttpResult> Show(
        string week, string? run, HttpContext http, IDigestStore store, CancellationToken ct)
    {
        var page = new PageContext(http);
        if (!IsoWeek.TryParse(week, out var w))
            return PageLayout.Message(page, StatusCodes.Status404NotFound, "No such week", $"'{EchoedValue.Show(week)}' is not a week like 2024-W26.", "/", "All weeks");
        var name = w.ToString();
        var snapshot = await store.GetWeekAsync(name, ct);
        var runs = await store.ListRunsAsync(name, 10, ct);

        var m = new Markup().Raw("<h1>Week ").Text(name).Raw("</h1>");
        if (run is not null && runs.Any(r => r.RunId == run))
            m.Raw($"<div id=\"run-progress\" data-run-id=\"{Markup.E(run)}\" aria-live=\"polite\">Run <code>").Text(run)
                .Raw("</code>: <span class=\"state\">queued</span></div>");

        m.Raw($"<form method=\"post\" action=\"/weeks/{Markup.Seg(name)}/runs\" class=\"inline\">").Raw(page.AntiforgeryField())
            .Raw("<label class=\"inline\">Engine <select name=\"engine\">");
        var lastEngine = runs.FirstOrDefault()?.Engine;
        foreach (var e in RunStarter.Engines)
            m.Raw($"<option value=\"{e}\"{(e == lastEngine ? " selected" : "")}>{e}</option>");
        m.Raw("</select></label> <button type=\"submit\" id=\"run-again\">Run again</button></form>");

        if (snapshot is null)
        {
            m.Raw("<p>No digest is stored for this week yet.</p>");
        }
        else
        {
            m.Raw("<p class=\"muted\">Review pages: ");
            foreach (var team in snapshot.Reports.Select(r => r.Team).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal))
                m.Raw($"<a href=\"/review/{Markup.Seg(team)}?week={Markup.E(name)}\">").Text(team).Raw("</a> ");
            m.Raw("</p>");
            var src = $"/weeks/{Markup.Seg(name)}/digest.html";
            m.Raw($"<iframe id=\"digest\" class=\"digest\" title=\"Digest {Markup.E(name)}\" sandbox=\"allow-same-origin\" src=\"{src}\" data-src=\"{src}\"></iframe>");
        }
        m.Raw("<h2>Runs of this week</h2>");
        HomePage.RunsTable(m, runs);
        return PageLayout.Page(page, $"Week {name}", m, script: "week.js");
    }

    public static async Task<Results<ContentHttpResult, NotFound>> DigestFrame(
        string week, HttpContext http, WeekDigestRenderer renderer, CancellationToken ct)
    {
        if (!IsoWeek.TryParse(week, out var w) || await renderer.RenderAsync(w.ToString(), ct: ct) is not { } digest)
            return TypedResults.NotFound();
        http.Response.Headers.ContentSecurityPolicy = DigestPolicy;
        http.Response.Headers.CacheControl = "no-store";
        // The page shows the full digest: every list whole, the pictures inline; the mail is its short form.
        return TypedResults.Content(digest.FullHtml, PageLayout.HtmlContentType);
    }

    public static async Task<Results<RedirectHttpResult, ContentHttpResult>> RunAgain(
        string week, [FromForm] string? engine, HttpContext http, IDigestStore store, RunStarter starter, CancellationToken ct)
    {
        var page = new PageContext(http);
        if (!await PageContext.IsFormValidAsync(http))
            return PageLayout.Message(page, StatusCodes.Status400BadRequest, "Not started", "The form expired; reload the page and try again.");
        var normalized = IsoWeek.TryParse(week, out var w) ? w.ToString() : week;
        var last = (await store.ListRunsAsync(normalized, 1, ct)).FirstOrDefault();
        var (run, errors) = await starter.StartAsync(new StartRunBody(normalized, last?.Input, engine), page.User?.Reviewer ?? "?", ct);
        if (run is null)
            return PageLayout.Message(page, StatusCodes.Status400BadRequest, "Run not started",
                string.Join(" ", errors.SelectMany(e => e.Value)), $"/weeks/{Uri.EscapeDataString(normalized)}", "Back to the week");
        return TypedResults.LocalRedirect($"/weeks/{Uri.EscapeDataString(run.Week)}?run={Uri.EscapeDataString(run.RunId)}");
    }
}
