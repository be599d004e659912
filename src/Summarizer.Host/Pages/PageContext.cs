using Microsoft.AspNetCore.Antiforgery;
using Summarizer.Host.Api;

namespace Summarizer.Host.Pages;

/// <summary>The request a page is rendered for: who is logged in and the antiforgery token its forms carry.</summary>
internal sealed class PageContext(HttpContext http)
{
    private AntiforgeryTokenSet? _tokens;

    public HttpContext Http => http;

    public AccessGrant? User { get; } = AccessGrant.From(http.User);

    /// <summary>Hidden antiforgery field for a form of this page.</summary>
    public string AntiforgeryField()
    {
        _tokens ??= http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return $"<input type=\"hidden\" name=\"{Markup.E(_tokens.FormFieldName)}\" value=\"{Markup.E(_tokens.RequestToken)}\">";
    }

    /// <summary>
    /// Validates a posted form's antiforgery token. Every form route calls this first and opts out of the middleware's
    /// check (<c>DisableAntiforgery</c>), so a missing or stale token gets a page saying so, not a JSON problem.
    /// </summary>
    public static Task<bool> IsFormValidAsync(HttpContext http) =>
        http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
}
