using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary><c>/healthz</c>: 200 when the store answers, 503 otherwise. No token needed.</summary>
public static class HealthApi
{
    public static IEndpointConventionBuilder MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", Check).AllowAnonymous().WithTags("Health");

    public static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> Check(
        IDigestStore store, ILoggerFactory loggers, CancellationToken ct)
    {
        bool up;
        try { up = await store.PingAsync(ct); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(HealthApi)).LogWarning(ex, "Store ping failed");
            up = false;
        }
        return up
            ? TypedResults.Ok(new HealthStatus("ok", true))
            : TypedResults.Json(new HealthStatus("unavailable", false), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

public sealed record HealthStatus(string Status, bool Store);
