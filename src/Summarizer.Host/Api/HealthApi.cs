using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary>
/// <c>/healthz</c>: writes a heartbeat to the store; 200 when it could, 503 with a one-line reason when the store is
/// missing, read-only, full, corrupt or unreachable. No token needed.
/// </summary>
public static class HealthApi
{
    public static IEndpointConventionBuilder MapHealthApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/healthz", Check).AllowAnonymous().WithTags("Health");

    public static async Task<Results<Ok<HealthStatus>, JsonHttpResult<HealthStatus>>> Check(IDigestStore store, CancellationToken ct)
    {
        var health = await store.CheckHealthAsync(ct);
        return health.IsHealthy
            ? TypedResults.Ok(new HealthStatus("ok", true))
            : TypedResults.Json(new HealthStatus("unavailable", false, health.Problem), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

/// <summary>What <c>/healthz</c> answers; <paramref name="Reason"/> names the store and its fault when unavailable.</summary>
public sealed record HealthStatus(string Status, bool Store, string? Reason = null);
