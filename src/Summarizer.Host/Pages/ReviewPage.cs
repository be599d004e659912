using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Host.Pages;

/// <summary>
/// <c>/review/{team}?week=</c>: a team checks what was extracted from its report (each item with the source lines
/// around its quote), confirms, dismisses or corrects it, and sees who changed what. Analysts may open every team's page.
/// </summary>
internal static class ReviewPage
{
    public static IEndpointRouteBuilder MapReviewPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/review/{team}", Show);
        app.MapPost("/review/{team}/items/{id}", Review).DisableAntiforgery(); // checked in Review, answered as a page
        return app;
    }

    public static async Task<ContentHttpResult> Show(
        string team, string? week, string? saved, HttpContext http, IDigestStore store, SourceExcerptReader sources, CancellationToken ct) =>
        await RenderAsync(new PageContext(http), team, week, saved, null, store, sources, ct);

    public static async Task<Results<RedirectHttpResult, ContentHttpResult>> Review(
        string team, string id, [FromForm] string? status, [FromForm] string? note, [FromForm] string? summary, [FromForm] string? severity,
        [FromForm] string? week, HttpContext http, ReviewRecorder recorder, IDigestStore store, SourceExcerptReader sources, CancellationToken ct)
    {
        var page = new PageContext(http);
        if (!await PageContext.IsFormValidAsync(http))
            return PageLayout.Message(page, StatusCodes.Status400BadRequest, "Not saved", "The form expired; reload the page and try again.");
        if (page.User is not { } caller)
            return PageLayout.Message(page, StatusCodes.Status401Unauthorized, "Not signed in", "Sign in again.", "/login", "Sign in");

        switch (await recorder.RecordAsync(caller, id, new ReviewInput(status, note, summary, severity), ct))
        {
            case ReviewOutcome.Recorded r:
                var w = week is not null && IsoWeek.TryParse(week, out var pw) ? pw.ToString() : null;
                var back = $"/review/{Uri.EscapeDataString(r.Item.Team)}?{(w is null ? "" : $"week={Uri.EscapeDataString(w)}&")}saved={Uri.EscapeDataString(r.Item.Id)}#item-{Uri.EscapeDataString(r.Item.Id)}";
                return TypedResults.LocalRedirect(back);
            case ReviewOutcome.UnknownItem or ReviewOutcome.Forbidden: // another team's id reads as unknown
                return PageLayout.Message(page, StatusCodes.Status404NotFound, "No such item", "The item may belong to a run that was replaced; reload the review page.",
                    $"/review/{Uri.EscapeDataString(team)}", "Back to the review page");
            case ReviewOutcome.Invalid r:
                return await RenderAsync(page, team, week, null, string.Join(" ", EchoedValue.Shorten(r.Errors, status, severity, summary, note).SelectMany(e => e.Value)), store, sources, ct, StatusCodes.Status400BadRequest);
            default:
                return Refused(page);
        }
    }

    private static async Task<ContentHttpResult> RenderAsync(PageContext page, string team, string? week, string? saved, string? error,
        IDigestStore store, SourceExcerptReader sources, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        if (page.User is not { } caller || !caller.MayAccessTeam(team)) return Refused(page);
        var weeks = (await store.ListWeeksAsync(ct)).OrderByDescending(w => w, StringComparer.Ordinal).ToList();
        string? current = week is null ? weeks.FirstOrDefault() : IsoWeek.TryParse(week, out var parsed) ? parsed.ToString() : null;
        if (current is null || !weeks.Contains(current))
            return PageLayout.Message(page, StatusCodes.Status404NotFound, "No such week",
                week is null ? "No week has been run yet." : $"No digest is stored for '{EchoedValue.Show(week)}'.", "/", "All weeks");

        var items = (await store.GetItemsAsync(new ItemQuery(current, team), ct))
            .OrderBy(i => i.Status == ReviewStatus.Dismissed).ThenBy(i => i.Severity ?? Severity.Low).ThenBy(i => i.Kind).ToList();
        var m = new Markup().Raw("<h1>Review: ").Text(team).Raw(" · ").Text(current).Raw("</h1>");
        m.Raw("<p class=\"muted\">Weeks: ");
        foreach (var w in weeks.Take(12))
            m.Raw(w == current ? "<strong>" : $"<a href=\"/review/{Markup.Seg(team)}?week={Markup.E(w)}\">").Text(w).Raw(w == current ? "</strong> " : "</a> ");
        m.Raw("</p>");
        if (error is not null) m.Raw("<p class=\"error\" role=\"alert\">").Text(error).Raw("</p>");
        m.Raw("<p>").Text($"{items.Count} items: {items.Count(i => i.Status == ReviewStatus.Open)} open, " +
            $"{items.Count(i => i.Status == ReviewStatus.Confirmed)} confirmed, {items.Count(i => i.Status == ReviewStatus.Dismissed)} dismissed. " +
            "A dismissed item leaves the week's digest at once.").Raw("</p>");
        if (items.Count == 0) m.Raw("<p>Nothing was extracted for this team this week.</p>");

        var folder = await sources.InputFolderAsync(current, ct);
        var cache = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var excerpt = await sources.ReadAsync(folder, item.Source, cache, ct);
            var history = await store.GetReviewsAsync(item.Id, ct);
            ReviewItemView.Render(m, page, team, current, item, excerpt, history, item.Id == saved);
        }
        return PageLayout.Page(page, $"Review {team} {current}", m, status);
    }

    private static ContentHttpResult Refused(PageContext page) =>
        PageLayout.Message(page, StatusCodes.Status403Forbidden, "Not your team",
            "This login may only review its own team's items.", page.User is { } u ? LoginPage.HomeOf(u) : "/login", "Go to your review page");
}
