using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Summarizer.Host.Api;

namespace Summarizer.Host.Pages;

/// <summary>
/// <c>/login</c>: the token is entered once and the session lives in an HttpOnly, SameSite=Strict cookie
/// (Secure over https). <c>/logout</c> ends it; <c>/denied</c> explains a refusal.
/// </summary>
internal static class LoginPage
{
    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", Show).AllowAnonymous();
        // Forms check their antiforgery token themselves (PageContext.IsFormValidAsync), so a missing token gets this
        // page with a reason instead of the middleware's JSON problem.
        app.MapPost("/login", SignIn).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(Serve.RequestRateLimits.LoginPolicy);
        app.MapPost("/logout", SignOut).AllowAnonymous().DisableAntiforgery();
        app.MapGet("/denied", (Func<HttpContext, Task<ContentHttpResult>>)Denied); // a handler, not a RequestDelegate: its page is written
        return app;
    }

    public static Task<ContentHttpResult> Show(HttpContext http, string? returnUrl) =>
        ReturnUrlError(returnUrl) is { } error
            ? Form(new PageContext(http), null, error, StatusCodes.Status400BadRequest)
            : Form(new PageContext(http), returnUrl, null);

    public static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignIn(
        HttpContext http, [FromForm] string? token, [FromForm] string? returnUrl, AccessTokens tokens, ILogger<AccessTokens> logger)
    {
        var page = new PageContext(http);
        if (!await PageContext.IsFormValidAsync(http)) return await Form(page, returnUrl, "The form expired; please try again.", StatusCodes.Status400BadRequest);
        if (ReturnUrlError(returnUrl) is { } returnError) return await Form(page, null, returnError, StatusCodes.Status400BadRequest);
        var grant = tokens.Find(token?.Trim());
        if (grant is null)
        {
            logger.LogWarning("Page login with an unknown token from {Remote}", http.Connection.RemoteIpAddress);
            return await Form(page, returnUrl, "That token is not valid.", StatusCodes.Status401Unauthorized);
        }
        await LoginSessions.SignInAsync(http, grant);
        logger.LogInformation("{Role} ({TokenId}) signed in to the pages", grant.Role, grant.TokenId);
        return TypedResults.LocalRedirect(string.IsNullOrEmpty(returnUrl) ? HomeOf(grant) : returnUrl);
    }

    public static async Task<Results<RedirectHttpResult, ContentHttpResult>> SignOut(HttpContext http, [FromForm] string? returnUrl)
    {
        if (!await PageContext.IsFormValidAsync(http))
            return await PageLayout.MessageAsync(new PageContext(http), StatusCodes.Status400BadRequest, "Not signed out", "The form expired; reload the page and try again.", "/", "Home");
        await LoginSessions.SignOutAsync(http);
        return TypedResults.LocalRedirect("/login");
    }

    public static Task<ContentHttpResult> Denied(HttpContext http)
    {
        var page = new PageContext(http);
        var home = page.User is { } u ? HomeOf(u) : "/login";
        return PageLayout.MessageAsync(page, StatusCodes.Status403Forbidden, "Not for this login",
            $"Signed in as {page.User?.Role ?? "nobody"}, you cannot open that page. Team logins see their own team's review page.", home, "Go to your page");
    }

    /// <summary>Where a login lands when no return address was given: a team's review page, or the overview.</summary>
    public static string HomeOf(AccessGrant grant) => grant.Team is { } team ? $"/review/{Uri.EscapeDataString(team)}" : "/";

    /// <summary>
    /// Why a return address is refused, or null for none or a path of this site. Browsers drop tabs and newlines and
    /// read a backslash as a slash, so <c>/\t/evil.example</c> and <c>/\\evil.example</c> would leave the site.
    /// </summary>
    public static string? ReturnUrlError(string? url)
    {
        if (string.IsNullOrEmpty(url)) return null;
        var local = url[0] == '/' && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.Any(c => c == '\\' || char.IsControl(c) || char.IsWhiteSpace(c)) && url.Length <= 2048;
        return local ? null : $"The return address '{EchoedValue.Show(url)}' is not a page of this site; sign in here instead.";
    }

    private static Task<ContentHttpResult> Form(PageContext page, string? returnUrl, string? error, int status = StatusCodes.Status200OK) =>
        PageLayout.PageAsync<LoginView>(page, "Sign in", new Dictionary<string, object?>
        {
            [nameof(LoginView.Token)] = page.Token(),
            [nameof(LoginView.ReturnUrl)] = ReturnUrlError(returnUrl) is null ? returnUrl : null,
            [nameof(LoginView.Error)] = error,
        }, status);
}
