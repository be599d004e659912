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
            return await PageLayout.MessageAsync(page, StatusCodes.Status404NotFound, "No such week", $"'{EchoedValue.Show(week)}' is not a week like 2024-W26.", "/", "All weeks");
        var name = w.ToString();
        var snapshot = await store.GetWeekAsync(name, ct);
        var runs = await store.ListRunsAsync(name, 10, ct);

        return await PageLayout.PageAsync<WeekView>(page, $"Week {name}", new Dictionary<string, object?>
        {
            [nameof(WeekView.Week)] = name,
            [nameof(WeekView.Run)] = run is not null && runs.Any(r => r.RunId == run) ? run : null,
            [nameof(WeekView.Token)] = page.Token(),
            [nameof(WeekView.Engines)] = RunStarter.Engines,
            [nameof(WeekView.LastEngine)] = runs.FirstOrDefault()?.Engine,
            [nameof(WeekView.Teams)] = snapshot?.Reports.Select(r => r.Team).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList(),
            [nameof(WeekView.Runs)] = runs,
        }, script: "week.js");
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
            return await PageLayout.MessageAsync(page, StatusCodes.Status400BadRequest, "Not started", "The form expired; reload the page and try again.");
        var normalized = IsoWeek.TryParse(week, out var w) ? w.ToString() : week;
        var last = (await store.ListRunsAsync(normalized, 1, ct)).FirstOrDefault();
        var (run, errors) = await starter.StartAsync(new StartRunBody(normalized, last?.Input, engine), page.User?.Reviewer ?? "?", ct);
        if (run is null)
            return await PageLayout.MessageAsync(page, StatusCodes.Status400BadRequest, "Run not started",
                string.Join(" ", errors.SelectMany(e => e.Value)), $"/weeks/{Uri.EscapeDataString(normalized)}", "Back to the week");
        return TypedResults.LocalRedirect($"/weeks/{Uri.EscapeDataString(run.Week)}?run={Uri.EscapeDataString(run.RunId)}");
    }
}
