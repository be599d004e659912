namespace Summarizer.Host.Api;

/// <summary>Names of the authentication schemes and authorization policies.</summary>
public static class SummarizerAuth
{
    /// <summary>Forwards to <see cref="BearerScheme"/> when an Authorization header is present, else to <see cref="CookieScheme"/>.</summary>
    public const string DefaultScheme = "summarizer";
    public const string BearerScheme = "bearer";
    public const string CookieScheme = "cookie";

    /// <summary>Analysts only, bearer or page login.</summary>
    public const string AnalystPolicy = "analyst";

    /// <summary>Changes through the API: bearer token only (page forms go through antiforgery-protected routes).</summary>
    public const string BearerPolicy = "bearer";

    /// <summary>Changes through the API that only analysts may make, bearer token only.</summary>
    public const string BearerAnalystPolicy = "bearer-analyst";
}
