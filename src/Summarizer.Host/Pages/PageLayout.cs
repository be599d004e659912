using Microsoft.AspNetCore.Http.HttpResults;

namespace Summarizer.Host.Pages;

/// <summary>The shell every page shares: title, who is logged in, log-out, and the body.</summary>
internal static class PageLayout
{
    public const string HtmlContentType = "text/html; charset=utf-8";

    public static ContentHttpResult Page(PageContext page, string title, Markup body, int status = StatusCodes.Status200OK, string? script = null)
    {
        var m = new Markup();
        m.Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Raw("<title>").Text(title).Raw(" · Summarizer</title><link rel=\"stylesheet\" href=\"/assets/site.css\"></head><body>")
            .Raw("<header class=\"top\"><a class=\"brand\" href=\"/\">Summarizer</a>");
        if (page.User is { } user)
        {
            m.Raw("<span class=\"who\">Signed in as <strong>").Text(user.Role).Raw("</strong></span>")
                .Raw("<form method=\"post\" action=\"/logout\" class=\"inline\">").Raw(page.AntiforgeryField())
                .Raw("<button type=\"submit\" class=\"link\">Sign out</button></form>");
        }
        m.Raw("</header><main>").Raw(body.ToString()).Raw("</main>");
        if (script is not null) m.Raw($"<script src=\"/assets/{Markup.E(script)}\" defer></script>");
        m.Raw("</body></html>");
        return TypedResults.Content(m.ToString(), HtmlContentType, statusCode: status);
    }

    /// <summary>A short page that explains a refusal or a missing thing and links somewhere useful.</summary>
    public static ContentHttpResult Message(PageContext page, int status, string title, string text, string? linkHref = null, string? linkText = null)
    {
        var body = new Markup().Raw("<h1>").Text(title).Raw("</h1><p>").Text(text).Raw("</p>");
        if (linkHref is not null) body.Raw($"<p><a href=\"{Markup.E(linkHref)}\">").Text(linkText ?? linkHref).Raw("</a></p>");
        return Page(page, title, body, status);
    }
}
