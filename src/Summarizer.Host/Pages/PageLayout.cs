using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Digest.Html;

namespace Summarizer.Host.Pages;

/// <summary>
/// Renders a page: its body component inside <see cref="PageShell"/> (the shared layout: title, who is signed in,
/// sign-out, script), with <see cref="ComponentHtml"/>, so every value is encoded by the template engine.
/// </summary>
internal static class PageLayout
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    /// <summary>The page whose body is <typeparamref name="TBody"/> with <paramref name="body"/> as its parameters.</summary>
    public static Task<ContentHttpResult> PageAsync<TBody>(PageContext page, string title, IReadOnlyDictionary<string, object?> body,
        int status = StatusCodes.Status200OK, string? script = null) where TBody : IComponent =>
        RenderAsync(page, title, b =>
        {
            b.OpenComponent<TBody>(0);
            foreach (var (name, value) in body) b.AddComponentParameter(1, name, value);
            b.CloseComponent();
        }, status, script);

    /// <summary>A short page that explains a refusal or a missing thing and links somewhere useful.</summary>
    public static Task<ContentHttpResult> MessageAsync(PageContext page, int status, string title, string text, string? linkHref = null, string? linkText = null) =>
        PageAsync<MessageView>(page, title, new Dictionary<string, object?>
        {
            [nameof(MessageView.Title)] = title, [nameof(MessageView.Text)] = text,
            [nameof(MessageView.LinkHref)] = linkHref, [nameof(MessageView.LinkText)] = linkText,
        }, status);

    /// <summary>
    /// For the review page until it moves to a component: the body as markup it built itself. Synchronous because its
    /// handlers are; components without asynchronous work render to completion at once, so nothing blocks.
    /// </summary>
    public static ContentHttpResult Page(PageContext page, string title, Markup body, int status = StatusCodes.Status200OK, string? script = null) =>
        RenderAsync(page, title, b => b.AddMarkupContent(0, body.ToString()), status, script).GetAwaiter().GetResult();

    /// <summary>As <see cref="MessageAsync"/>, for the review page's synchronous handlers.</summary>
    public static ContentHttpResult Message(PageContext page, int status, string title, string text, string? linkHref = null, string? linkText = null) =>
        MessageAsync(page, status, title, text, linkHref, linkText).GetAwaiter().GetResult();

    private static async Task<ContentHttpResult> RenderAsync(PageContext page, string title, RenderFragment body, int status, string? script)
    {
        var html = await ComponentHtml.RenderAsync<PageShell>(new Dictionary<string, object?>
        {
            [nameof(PageShell.Title)] = title,
            [nameof(PageShell.User)] = page.User,
            [nameof(PageShell.Token)] = page.User is null ? null : page.Token(),
            [nameof(PageShell.Script)] = script,
            [nameof(PageShell.ChildContent)] = body,
        });
        return TypedResults.Content(html, HtmlContentType, statusCode: status);
    }
}
