using Microsoft.AspNetCore.Diagnostics;
using Summarizer.Host.Pages;
using Summarizer.Store;

namespace Summarizer.Host.Serve;

/// <summary>
/// A missing, read-only, full, corrupt or unreachable store answers 503 with its one-line reason (a problem for the
/// API, a page for the pages) instead of a bare 500; anything else is left to the default handler.
/// </summary>
internal sealed class StoreFaultHandler(IDigestStore store, IProblemDetailsService problems, ILogger<StoreFaultHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (store.DescribeFault(exception) is not { } fault) return false;
        logger.LogError("Request {Method} {Path} failed: {Fault}", http.Request.Method, http.Request.Path.Value, fault);
        logger.LogDebug(exception, "Store fault");
        http.Response.Headers.RetryAfter = "30";
        return await FaultAnswer.WriteAsync(http, problems, StatusCodes.Status503ServiceUnavailable, "Store unavailable", fault);
    }
}

/// <summary>
/// A request the server cannot read (body over <c>Summarizer:Http:MaxBodyBytes</c>, a malformed form) answers its own
/// 4xx with a short reason instead of 500.
/// </summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, reason) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "The request body is larger than this server accepts (Summarizer:Http:MaxBodyBytes)."),
            BadHttpRequestException e => (e.StatusCode, "The request could not be read: " + EchoedReason(e.Message)),
            InvalidDataException e => (StatusCodes.Status400BadRequest, "The form could not be read: " + EchoedReason(e.Message)),
            _ => (0, ""),
        };
        if (status == 0) return false;
        return await FaultAnswer.WriteAsync(http, problems, status, "Bad request", reason);
    }

    private static string EchoedReason(string message) => Api.EchoedValue.Show(message);
}

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
