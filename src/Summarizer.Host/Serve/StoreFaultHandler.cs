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
