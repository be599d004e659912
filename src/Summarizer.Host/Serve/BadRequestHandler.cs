using Microsoft.AspNetCore.Diagnostics;

namespace Summarizer.Host.Serve;

/// <summary>
/// A request the server cannot read (body over <c>Summarizer:Http:MaxBodyBytes</c>, a malformed form, JSON that does not
/// parse or does not fit the call, a parameter that does not bind) answers its own 4xx with a short reason instead of 500
/// or an empty 400 (minimal APIs throw these because <c>RouteHandlerOptions.ThrowOnBadRequest</c> is on).
/// </summary>
internal sealed partial class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        var (status, reason) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                (StatusCodes.Status413PayloadTooLarge, "The request body is larger than this server accepts (Summarizer:Http:MaxBodyBytes)."),
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } e =>
                (e.StatusCode, "The request body is not valid JSON for this call: " + EchoedReason(Text.JsonErrorText.Describe(json))),
            BadHttpRequestException e => (e.StatusCode, "The request could not be read: " + EchoedReason(Parameter().Replace(e.Message, "'$1'"))),
            InvalidDataException e => (StatusCodes.Status400BadRequest, "The form could not be read: " + EchoedReason(e.Message)),
            _ => (0, ""),
        };
        if (status == 0) return false;
        return await FaultAnswer.WriteAsync(http, problems, status, "Bad request", reason);
    }

    // Minimal APIs name a parameter with its C# type ("Failed to bind parameter \"int limit\" …"); the caller knows only the name.
    [System.Text.RegularExpressions.GeneratedRegex(@"""[\w.<>?,\[\] ]+ (\w+)""")]
    private static partial System.Text.RegularExpressions.Regex Parameter();

    private static string EchoedReason(string message) => Api.EchoedValue.Show(message);
}
