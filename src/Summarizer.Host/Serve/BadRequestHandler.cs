using Microsoft.AspNetCore.Diagnostics;

namespace Summarizer.Host.Serve;

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
