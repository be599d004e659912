using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Host.Api;
using Summarizer.Reminders;

namespace Summarizer.Host.Pages;

/// <summary>
/// <c>/missing?week=</c> (analysts): <see cref="MissingTeamsPanel"/> for the week (default: the current week in the
/// schedule's zone), with links to the weeks before and after.
/// </summary>
internal static class MissingTeamsPage
{
    // Encodes markup characters but keeps Chinese team names readable.
    private static readonly IServiceProvider RendererServices = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All)).BuildServiceProvider();

    public static IEndpointRouteBuilder MapMissingTeamsPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/missing", Show).RequireAuthorization(SummarizerAuth.AnalystPolicy);
        return app;
    }

    public static async Task<ContentHttpResult> Show(string? week, HttpContext http, ReminderService reminders, CancellationToken ct)
    {
        var page = new PageContext(http);
        IsoWeek w = reminders.CurrentWeek();
        if (week is not null && !IsoWeek.TryParse(week, out w))
            return PageLayout.Message(page, StatusCodes.Status404NotFound, "No such week", $"'{EchoedValue.Show(week)}' is not a week like 2024-W26.", "/missing", "This week");
        var panel = await RenderAsync(await reminders.ListMissingAsync(w, ct));
        var m = new Markup().Raw(panel)
            .Raw($"<p class=\"weeks\"><a href=\"/missing?week={w.Previous}\">← {w.Previous}</a> · <a href=\"/missing?week={w.Next}\">{w.Next} →</a></p>");
        return PageLayout.Page(page, $"Missing reports {w}", m);
    }

    /// <summary>The panel's HTML; every team name is encoded by the template.</summary>
    public static async Task<string> RenderAsync(MissingWeek missing)
    {
        await using var renderer = new HtmlRenderer(RendererServices, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(MissingTeamsPanel.Missing)] = missing });
            return (await renderer.RenderComponentAsync<MissingTeamsPanel>(parameters)).ToHtmlString();
        });
    }
}
