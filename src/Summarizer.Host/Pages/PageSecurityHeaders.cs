namespace Summarizer.Host.Pages;

/// <summary>
/// Headers that keep report text inert even if an encoding slip ever let markup through: no inline scripts,
/// no framing by other sites, no MIME sniffing. Routes may set a stricter policy of their own (the digest frame).
/// </summary>
internal static class PageSecurityHeaders
{
    public const string PagePolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static IApplicationBuilder UsePageSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var h = context.Response.Headers;
                h.XContentTypeOptions = "nosniff";
                h["Referrer-Policy"] = "no-referrer";
                if (!h.ContainsKey("Content-Security-Policy")) h.ContentSecurityPolicy = PagePolicy;
                return Task.CompletedTask;
            });
            return next(context);
        });
}
