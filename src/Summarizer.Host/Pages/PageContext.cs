using Microsoft.AspNetCore.Antiforgery;
using Summarizer.Host.Api;

namespace Summarizer.Host.Pages;

/// <summary>The request a page is rendered for: who is logged in and the antiforgery token its forms carry.</summary>
internal sealed class PageContext(HttpContext http)
{
    private AntiforgeryTokenSet? _tokens;

    public HttpContext Http => http;

    public AccessGrant? User { get; } = AccessGrant.From(http.User);

    /// <summary>The antiforgery field of this page's forms (one token set per request).</summary>
    public FormToken Token()
    {
        _tokens ??= http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http);
        return new FormToken(_tokens.FormFieldName, _tokens.RequestToken ?? "");
    }

    /// <summary>Hidden antiforgery field for a form built with <see cref="Markup"/> (the review page's).</summary>
    public string AntiforgeryField()
    {
        var token = Token();
        return $"<input type=\"hidden\" name=\"{Markup.E(token.Name)}\" value=\"{Markup.E(token.Value)}\">";
    }

    /// <summary>
    /// Validates a posted form's antiforgery token. Every form route calls this first and opts out of the middleware's
    /// check (<c>DisableAntiforgery</c>), so a missing or stale token gets a page saying so, not a JSON problem.
    /// </summary>
    public static Task<bool> IsFormValidAsync(HttpContext http) =>
        http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http);
}
