using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Gather;
using Summarizer.Host.Api;
using Summarizer.Host.Pages.Review;
using Summarizer.Store;

namespace Summarizer.Host.Pages;

/// <summary>
/// <c>/review/{team}?week=</c>: a team checks what was extracted from its report (each item with the source lines
/// around its quote), confirms, dismisses or corrects it, and sees who changed what; it also submits the week's report
/// (paste or file) and sees at once what the digest will say from it. Analysts may open every team's page. Rendered by
/// <see cref="ReviewPageView"/> with <see cref="HtmlRenderer"/>, which encodes every piece of report text.
/// </summary>
internal static class ReviewPage
{
    private static readonly IServiceProvider RendererServices = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)) // CJK stays readable in the source
        .BuildServiceProvider();

    public static IEndpointRouteBuilder MapReviewPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/review/{team}", Show);
        app.MapPost("/review/{team}/items/{id}", Review).DisableAntiforgery(); // checked in Review, answered as a page
        app.MapPost("/review/{team}/report", Submit).DisableAntiforgery();     // checked in Submit, answered as a page
        return app;
    }

    public static async Task<ContentHttpResult> Show(
        string team, string? week, string? saved, HttpContext http, IDigestStore store, SourceExcerptReader sources, TimeProvider time, CancellationToken ct) =>
        await RenderAsync(new PageContext(http), team, week, saved, null, null, store, sources, time, ct);

    public static async Task<Results<RedirectHttpResult, ContentHttpResult>> Review(
        string team, string id, [FromForm] string? status, [FromForm] string? note, [FromForm] string? summary, [FromForm] string? severity,
        [FromForm] string? week, HttpContext http, ReviewRecorder recorder, IDigestStore store, SourceExcerptReader sources, TimeProvider time, CancellationToken ct)
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
                var error = string.Join(" ", EchoedValue.Shorten(r.Errors, status, severity, summary, note).SelectMany(e => e.Value));
                return await RenderAsync(page, team, week, null, error, null, store, sources, time, ct, StatusCodes.Status400BadRequest);
            default:
                return Refused(page, team);
        }
    }

    /// <summary>The upload form: pasted text (read as Markdown) or a file; stored and previewed like <c>PUT /api/weeks/{week}/reports/{team}</c>.</summary>
    public static async Task<ContentHttpResult> Submit(string team, HttpContext http, ReportUploads uploads, IDigestStore store,
        SourceExcerptReader sources, TimeProvider time, CancellationToken ct)
    {
        var page = new PageContext(http);
        uploads.AllowReportSizedBody(http); // before the form is read
        IFormCollection form;
        try { form = await http.Request.ReadFormAsync(ct); }
        catch (InvalidDataException e) // a value the form reader refuses (a NUL, over FormOptions' limits)
        {
            return PageLayout.Message(page, StatusCodes.Status400BadRequest, "Not submitted", $"The form could not be read: {EchoedValue.Show(e.Message)}");
        }
        if (!await PageContext.IsFormValidAsync(http))
            return PageLayout.Message(page, StatusCodes.Status400BadRequest, "Not submitted", "The form expired; reload the page and try again.");
        if (page.User is not { } caller) return PageLayout.Message(page, StatusCodes.Status401Unauthorized, "Not signed in", "Sign in again.", "/login", "Sign in");
        if (BadTeamName(page, team) is { } bad) return bad;
        if (!caller.MayAccessTeam(team)) return Refused(page, team);
        var week = form["week"].ToString();
        var pasted = form["text"].ToString();
        var (fileName, contentType, bytes, problem) = await ReadSubmissionAsync(form, uploads, ct);
        if (problem is not null)
            return await RenderAsync(page, team, week, null, problem, null, store, sources, time, ct, StatusCodes.Status400BadRequest, pasted);
        return await uploads.SubmitAsync(caller, week, team, fileName!, contentType, bytes!, ct) switch
        {
            UploadOutcome.Stored s => await RenderAsync(page, s.Submission.Team, s.Submission.Week.ToString(), null, null,
                UploadPreviewModel.From(s.Preview, s.Submission.Provenance.ReceivedAt, s.Warnings), store, sources, time, ct, pastedText: pasted),
            UploadOutcome.Refused r => await RenderAsync(page, team, week, null, r.Reason, null, store, sources, time, ct, r.Status, pasted),
            _ => throw new InvalidOperationException("unknown upload outcome"),
        };
    }

    /// <summary>The pasted text (UTF-8 Markdown) or the file with its part's Content-Type (whose charset decodes it), or what is missing.</summary>
    private static async Task<(string? FileName, string? ContentType, byte[]? Bytes, string? Problem)> ReadSubmissionAsync(
        IFormCollection form, ReportUploads uploads, CancellationToken ct)
    {
        var text = form["text"].ToString();
        if (!string.IsNullOrWhiteSpace(text)) return ("pasted.md", "text/markdown; charset=utf-8", System.Text.Encoding.UTF8.GetBytes(text), null);
        if (form.Files.GetFile("file") is not { Length: > 0 } file) return (null, null, null, "Paste the report into the box or choose a file, then submit.");
        if (file.Length > uploads.MaxBodyBytes) return (null, null, null, uploads.TooLargeReason);
        await using var stream = file.OpenReadStream();
        var bytes = new byte[file.Length];
        await stream.ReadExactlyAsync(bytes, ct);
        return (Path.GetFileName(file.FileName), file.ContentType, bytes, null);
    }

    /// <summary>
    /// A 400 page saying why <paramref name="team"/> cannot be a team (the rule of <see cref="TeamName"/>: no path
    /// characters, no invisible or text-direction characters, …), or null when the name is usable.
    /// </summary>
    private static ContentHttpResult? BadTeamName(PageContext page, string team) =>
        TeamName.Problem(team) is { } problem
            ? PageLayout.Message(page, StatusCodes.Status400BadRequest, "No such team",
                $"Team name '{EchoedValue.Show(team)}' {problem}; {TeamName.Allowed}.", page.User is { } u ? LoginPage.HomeOf(u) : "/login", "Go to your review page")
            : null;

    private static async Task<ContentHttpResult> RenderAsync(PageContext page, string team, string? week, string? saved, string? error,
        UploadPreviewModel? preview, IDigestStore store, SourceExcerptReader sources, TimeProvider time, CancellationToken ct, int status = StatusCodes.Status200OK,
        string? pastedText = null)
    {
        if (BadTeamName(page, team) is { } bad) return bad;
        if (page.User is not { } caller || !caller.MayAccessTeam(team)) return Refused(page, team);
        if (caller.Team is { } own) team = own; // "/review/ALPHA" is the page of the token's "alpha"
        else if (page.Http.RequestServices.GetRequiredService<ReportUploads>().NotInDirectory(team) is { } unknown)
            return PageLayout.Message(page, StatusCodes.Status404NotFound, "No such team", unknown, "/", "All weeks");
        var weeks = (await store.ListWeeksAsync(ct)).OrderByDescending(w => w, StringComparer.Ordinal).ToList();
        // A team submits before the week is run: without a week, the newest run week or else this week.
        string? current = string.IsNullOrEmpty(week) ? weeks.FirstOrDefault() ?? IsoWeek.FromDate(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime)).ToString()
            : IsoWeek.TryParse(week, out var parsed) ? parsed.ToString() : null;
        if (current is null)
            return PageLayout.Message(page, StatusCodes.Status404NotFound, "No such week", $"'{EchoedValue.Show(week)}' is not an ISO week; write it as YYYY-Www.", "/", "All weeks");

        var reviewed = new List<ReviewedItem>();
        if (weeks.Contains(current))
        {
            var items = (await store.GetItemsAsync(new ItemQuery(current, team), ct))
                .OrderBy(i => i.Status == ReviewStatus.Dismissed).ThenBy(i => i.Severity ?? Severity.Low).ThenBy(i => i.Kind).ToList();
            var folder = await sources.InputFolderAsync(current, ct);
            var cache = new Dictionary<string, IReadOnlyList<string>?>(StringComparer.Ordinal);
            foreach (var item in items)
                reviewed.Add(new ReviewedItem(item, await sources.ReadAsync(folder, current, item.Source, cache, ct), await store.GetReviewsAsync(item.Id, ct)));
        }
        var tokens = page.Http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(page.Http);
        var model = new ReviewPageModel(team, current, weeks, weeks.Contains(current), reviewed, saved, error,
            new FormToken(tokens.FormFieldName, tokens.RequestToken!), caller, preview) { PastedText = pastedText };
        return TypedResults.Content(await RenderViewAsync(model), PageLayout.HtmlContentType, statusCode: status);
    }

    private static async Task<string> RenderViewAsync(ReviewPageModel model)
    {
        await using var renderer = new HtmlRenderer(RendererServices, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ReviewPageView.Model)] = model });
            return (await renderer.RenderComponentAsync<ReviewPageView>(parameters)).ToHtmlString();
        });
    }

    private static ContentHttpResult Refused(PageContext page, string team) =>
        PageLayout.Message(page, StatusCodes.Status403Forbidden, "Not your team",
            page.User is { IsAnalyst: false } grant ? grant.OtherTeamReason(team, "review and submit only that team's reports")
                : "This login may only review its own team's items.",
            page.User is { } u ? LoginPage.HomeOf(u) : "/login", "Go to your review page");
}
