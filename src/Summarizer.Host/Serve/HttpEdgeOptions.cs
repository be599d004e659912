using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.Extensions.Options;

namespace Summarizer.Host.Serve;

/// <summary>
/// What <c>serve</c> accepts at its edge (<c>Summarizer:Http</c>): body size, rate limits per client address, the
/// proxies whose <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> are believed, where the login key ring lives.
/// </summary>
public sealed class HttpEdgeOptions
{
    public const string SectionName = "Summarizer:Http";

    /// <summary>Largest request body in bytes; a larger one is answered 413. Default 64 KiB (a review is a few KiB).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Sign-in attempts (<c>POST /login</c>) per client address per <see cref="RateLimitWindow"/>. Default 10.</summary>
    [Range(1, 100_000)]
    public int LoginAttempts { get; set; } = 10;

    /// <summary>Requests with an unknown bearer token per client address per <see cref="RateLimitWindow"/>. Default 20.</summary>
    [Range(1, 100_000)]
    public int BearerFailures { get; set; } = 20;

    /// <summary>Window of both rate limits; past a limit the answer is 429 with <c>Retry-After</c>. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Addresses of the reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (the
    /// client address for rate limits, https for the Secure cookie). Empty (default): a proxy on the same machine
    /// (127.0.0.1, ::1). Headers from any other sender are ignored.
    /// </summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR form, e.g. <c>10.0.0.0/8</c>. Default none.</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>
    /// Folder of the Data Protection key ring (the keys behind login cookies and form tokens). Empty (default): the
    /// key ring is kept in the store, so every instance on the store shares logins and restarts keep them.
    /// </summary>
    public string? KeyRingFolder { get; set; }
}

/// <summary>Refuses proxy addresses and networks that do not parse, naming the key and the value.</summary>
internal sealed class HttpEdgeOptionsValidator : IValidateOptions<HttpEdgeOptions>
{
    public ValidateOptionsResult Validate(string? name, HttpEdgeOptions options)
    {
        var errors = options.KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => $"{HttpEdgeOptions.SectionName}:KnownProxies: '{p}' is not an IP address.")
            .Concat(options.KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _))
                .Select(n => $"{HttpEdgeOptions.SectionName}:KnownNetworks: '{n}' is not a network like 10.0.0.0/8."))
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
