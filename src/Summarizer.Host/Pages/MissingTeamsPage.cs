using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Digest.Html;
using Summarizer.Gather.Sources;
using Summarizer.Host.Api;
using Summarizer.Reminders;

namespace Summarizer.Host.Pages;

/// <summary>
/// <c>/missing?week=</c> (analysts): what came in and what is missing for the week (default: the current week in the
/// schedule's zone) — <see cref="MissingTeamsPanel"/> and <see cref="RefusedSubmissionsPanel"/> — with links to the
/// weeks before and after.
/// </summary>
internal static class MissingTeamsPage
{
    public static IEndpointRouteBuilder MapMissingTeamsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/missing", Show).RequireAuthorization(SummarizerAuth.AnalystPolicy);
        return app;
    }

    public static async Task<ContentHttpResult> Show(string? week, HttpContext http, ReminderService reminders, IReportSubmissionStore submissions, CancellationToken ct)
    {
        var page = new PageContext(http);
        IsoWeek w = reminders.CurrentWeek();
        if (week is not null && !IsoWeek.TryParse(week, out w))
            return PageLayout.Message(page, StatusCodes.Status404NotFound, "No such week", $"'{EchoedValue.Show(week)}' is not a week like 2024-W26.", "/missing", "This week");
        var missing = await RenderAsync(await reminders.ListMissingAsync(w, ct));
        var refused = await ComponentHtml.RenderAsync<RefusedSubmissionsPanel>(new Dictionary<string, object?>
        {
            [nameof(RefusedSubmissionsPanel.Week)] = w,
            [nameof(RefusedSubmissionsPanel.Refused)] = RefusedSubmissionsApi.Of(await submissions.ListRefusedAsync(w, ct)),
            [nameof(RefusedSubmissionsPanel.Zone)] = reminders.Zone,
        });
        var m = new Markup().Raw(missing).Raw(refused)
            .Raw($"<p class=\"weeks\"><a href=\"/missing?week={w.Previous}\">← {w.Previous}</a> · <a href=\"/missing?week={w.Next}\">{w.Next} →</a></p>");
        return PageLayout.Page(page, $"Missing reports {w}", m);
    }

    /// <summary>The panel's HTML; every team name is encoded by the template.</summary>
    public static Task<string> RenderAsync(MissingWeek missing) =>
        ComponentHtml.RenderAsync<MissingTeamsPanel>(new Dictionary<string, object?> { [nameof(MissingTeamsPanel.Missing)] = missing });
}
