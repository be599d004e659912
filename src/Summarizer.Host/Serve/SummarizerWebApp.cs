using Summarizer.Host.Cli;
using Summarizer.Host.Api;
using Summarizer.Host.Composition;
using Summarizer.Delivery;
using Summarizer.Host.Pages;
using Summarizer.Host.Worker;

namespace Summarizer.Host.Serve;

/// <summary>
/// The web host of <c>summarizer serve</c>: configuration (appsettings.json next to the binary, environment variables,
/// command line incl. <c>--urls</c>), services, the HTTP API, the review pages and <c>/healthz</c>.
/// </summary>
public static class SummarizerWebApp
{
    /// <summary>Where <c>serve</c> listens unless <c>--urls</c> (or <c>ASPNETCORE_URLS</c>) says otherwise: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <param name="args">Command-line arguments after the verb, e.g. <c>--urls http://127.0.0.1:5080</c>.</param>
    /// <param name="overrides">Last word on registrations (tests swap the clock, for instance).</param>
    public static WebApplication Create(string[] args, Action<IServiceCollection>? overrides = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });

        if (string.IsNullOrEmpty(builder.Configuration[WebHostDefaults.ServerUrlsKey])) builder.WebHost.UseUrls(DefaultUrls);

        // Core first: hosted services start in registration order, so the schema exists before the run queue looks at it.
        builder.Logging.AddHostFailureFilter(builder.Configuration);
        builder.Services.AddSummarizer(builder.Configuration);
        builder.Services.AddHostedService<StoreInitializer>();
        builder.Services.AddDelivery(builder.Configuration);
        builder.Services.AddSingleton<IWeeklyDigestJob, PipelineDigestJob>();
        builder.Services.AddDigestWorker(builder.Configuration);
        builder.Services.AddReminderWorker(builder.Configuration);

        builder.Services.AddSummarizerApi(builder.Configuration);
        builder.Services.AddHttpEdge();
        overrides?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseForwardedHeaders(); // first: the client address and https as the known proxy saw them
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UsePageSecurityHeaders();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapSummarizerApi();
        app.MapReviewPages();
        return app;
    }
}
