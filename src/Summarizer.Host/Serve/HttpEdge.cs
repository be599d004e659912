using System.Net;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Summarizer.Store;

namespace Summarizer.Host.Serve;

/// <summary>
/// The edge of <c>serve</c> (<see cref="HttpEdgeOptions"/>): body size limit, forwarded headers from known proxies,
/// rate limits, the Data Protection key ring, and store faults and bad requests answered as 4xx/503, never 500.
/// Host filtering is ASP.NET Core's own, from the top-level <c>AllowedHosts</c> key.
/// </summary>
internal static class HttpEdge
{
    /// <summary>Shared by every instance so one's cookies open the other's pages (the default is the install folder).</summary>
    public const string ApplicationName = "Summarizer";

    public static IServiceCollection AddHttpEdge(this IServiceCollection services)
    {
        services.AddOptions<HttpEdgeOptions>().BindConfiguration(HttpEdgeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<HttpEdgeOptions>, HttpEdgeOptionsValidator>();
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<HttpEdgeOptions>>((k, edge) => k.Limits.MaxRequestBodySize = edge.Value.MaxBodyBytes);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<HttpEdgeOptions>>((f, edge) => TrustProxies(f, edge.Value));
        services.AddRequestRateLimits();

        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<HttpEdgeOptions>, IServiceProvider>((k, edge, sp) =>
            k.XmlRepository = string.IsNullOrWhiteSpace(edge.Value.KeyRingFolder)
                ? new StoreKeyRing(sp.GetRequiredService<IProtectionKeyStore>())
                : new FileSystemXmlRepository(Directory.CreateDirectory(edge.Value.KeyRingFolder), sp.GetRequiredService<ILoggerFactory>()));

        services.AddExceptionHandler<StoreFaultHandler>();
        services.AddExceptionHandler<BadRequestHandler>();
        return services;
    }

    /// <summary>X-Forwarded-For and -Proto from the configured proxies only (default: loopback, a proxy on this machine).</summary>
    private static void TrustProxies(ForwardedHeadersOptions forwarded, HttpEdgeOptions edge)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        if (edge.KnownProxies.Count == 0 && edge.KnownNetworks.Count == 0) return;
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var proxy in edge.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        foreach (var network in edge.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
    }
}
