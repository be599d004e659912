using Summarizer.Host.Pages;

namespace Summarizer.Host.Serve;

/// <summary>How the edge answers an error: a problem (RFC 9457) for the API and <c>/healthz</c>, a page otherwise.</summary>
internal static class FaultAnswer
{
    public static async Task<bool> WriteAsync(HttpContext http, IProblemDetailsService problems, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        if (http.Request.Path.StartsWithSegments("/api") || http.Request.Path.StartsWithSegments("/healthz"))
            return await problems.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = { Status = status, Title = title, Detail = detail },
            });
        // Rendered as for nobody: the signed-in header's form token needs the key ring, which may be in the failing store.
        http.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        var page = PageLayout.Message(new PageContext(http), status, title, detail, "/", "Home");
        await page.ExecuteAsync(http);
        return true;
    }
}
