using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Summarizer.Host.Api;

namespace Summarizer.Host.Serve;

/// <summary>
/// ASP.NET Core's rate limiter, per client address (after <c>X-Forwarded-For</c> from a known proxy): sign-in attempts
/// on <c>POST /login</c>, and requests carrying an unknown bearer token (a valid token is never slowed down). Past a
/// limit the answer is 429 with <c>Retry-After</c> in seconds.
/// </summary>
internal static class RequestRateLimits
{
    /// <summary>Policy name of the sign-in form.</summary>
    public const string LoginPolicy = "login";

    public static IServiceCollection AddRequestRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<HttpEdgeOptions>>((o, edge) =>
        {
            var limits = edge.Value;
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = Reject;
            o.AddPolicy(LoginPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
                "login " + ClientAddress(http), _ => Window(limits.LoginAttempts, limits.RateLimitWindow)));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http => HasUnknownBearer(http)
                ? RateLimitPartition.GetFixedWindowLimiter("bearer " + ClientAddress(http), _ => Window(limits.BearerFailures, limits.RateLimitWindow))
                : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) =>
        new() { PermitLimit = permits, Window = window, QueueLimit = 0, AutoReplenishment = true };

    private static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>An Authorization header that names no configured token (the bearer handler will refuse it).</summary>
    private static bool HasUnknownBearer(HttpContext http)
    {
        string? header = http.Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return false;
        const string prefix = "Bearer ";
        var token = header.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? header[prefix.Length..].Trim() : null;
        return http.RequestServices.GetRequiredService<AccessTokens>().Find(token) is null;
    }

    private static async ValueTask Reject(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var retry = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestRateLimits))
            .LogWarning("Rate limit reached by {Remote} on {Path}", http.Connection.RemoteIpAddress, http.Request.Path.Value);
        await FaultAnswer.WriteAsync(http, http.RequestServices.GetRequiredService<IProblemDetailsService>(),
            StatusCodes.Status429TooManyRequests, "Too many requests", $"Too many attempts from this address; try again in {seconds} seconds.");
    }
}
