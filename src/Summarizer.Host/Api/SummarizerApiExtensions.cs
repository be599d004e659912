using System.Text.Json;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Summarizer.Digest;
using Summarizer.Pipeline;
using Summarizer.Host.Serve;

namespace Summarizer.Host.Api;

/// <summary>Registration and mapping of the HTTP API of <c>summarizer serve</c>.</summary>
public static class SummarizerApiExtensions
{
    /// <summary>Auth (bearer tokens + page login cookie), antiforgery, JSON shape, run queue and review recording.</summary>
    public static IServiceCollection AddSummarizerApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddOptions<UploadWindowOptions>().BindConfiguration(UploadWindowOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton(sp => new InputRoot(sp.GetRequiredService<IOptions<SummarizerOptions>>().Value.Input));
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<RunProgressBoard>();
        services.AddSingleton<RunQueue>();
        services.AddHostedService(sp => sp.GetRequiredService<RunQueue>());
        services.AddSingleton<RunStarter>();
        services.AddSingleton<ReviewRecorder>();
        services.AddSingleton<Pages.SourceExcerptReader>();
        services.AddSingleton<SubmissionPreviewer>();
        services.AddSingleton<ReportUploads>();

        services.ConfigureHttpJsonOptions(o => CopyJsonShape(SummarizerJson.Options, o.SerializerOptions));
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // Kestrel refuses an oversize body before any handler sees it; say which limit it was.
            if (ctx.ProblemDetails.Status == StatusCodes.Status413PayloadTooLarge)
                ctx.ProblemDetails.Detail ??= "The request body is larger than this server accepts (Summarizer:Http:MaxBodyBytes).";
            // The authorization policies answer bare 401/403; say what would be allowed.
            if (ctx.ProblemDetails.Status == StatusCodes.Status401Unauthorized)
                ctx.ProblemDetails.Detail ??= "This needs a token: send 'Authorization: Bearer <token>' with an analyst or team token (Summarizer:Auth).";
            if (ctx.ProblemDetails.Status == StatusCodes.Status403Forbidden)
                ctx.ProblemDetails.Detail ??= "This token may not do this: starting runs, other teams' items and the digest need an analyst token; a team token may upload, read and review its own team's report.";
        });
        // Without this a body that is not JSON, or a parameter that does not bind, is an empty 400 with no reason.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        AddAuth(services);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "summarizer.antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.FormFieldName = "__antiforgery";
        });
        return services;
    }

    /// <summary>Maps <c>/healthz</c> and the <c>/api</c> routes.</summary>
    public static IEndpointRouteBuilder MapSummarizerApi(this IEndpointRouteBuilder app)
    {
        app.MapHealthApi();
        app.MapRunsApi();
        app.MapWeeksApi();
        app.MapItemsApi();
        app.MapReportsApi();
        app.MapMissingTeamsApi();
        app.MapRefusedSubmissionsApi();
        return app;
    }

    private static void AddAuth(IServiceCollection services)
    {
        services.AddAuthentication(SummarizerAuth.DefaultScheme)
            .AddPolicyScheme(SummarizerAuth.DefaultScheme, "Bearer token or page login", o =>
                o.ForwardDefaultSelector = ctx =>
                    ctx.Request.Headers.Authorization.Count > 0 ? SummarizerAuth.BearerScheme : SummarizerAuth.CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(SummarizerAuth.BearerScheme, null)
            .AddCookie(SummarizerAuth.CookieScheme, o =>
            {
                o.Cookie.Name = "summarizer.login";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.SlidingExpiration = true;
                o.LoginPath = "/login";
                o.AccessDeniedPath = "/denied";
                o.ReturnUrlParameter = "returnUrl";
                o.Events = new CookieAuthenticationEvents
                {
                    // API calls answer 401/403; only pages redirect to the login form.
                    OnRedirectToLogin = ctx => ApiOrRedirect(ctx, StatusCodes.Status401Unauthorized),
                    OnRedirectToAccessDenied = ctx => ApiOrRedirect(ctx, StatusCodes.Status403Forbidden),
                    // A token removed from the configuration, or a session signed out (on any instance), ends the login;
                    // a rejected cookie is not renewed by sliding expiry.
                    OnValidatePrincipal = async ctx =>
                    {
                        var grant = ctx.Principal is null ? null : AccessGrant.From(ctx.Principal);
                        if (grant is null || !ctx.HttpContext.RequestServices.GetRequiredService<AccessTokens>().IsCurrent(grant)
                            || !await LoginSessions.IsActiveAsync(ctx.HttpContext, ctx.Principal!))
                        {
                            ctx.RejectPrincipal();
                            await ctx.HttpContext.SignOutAsync(SummarizerAuth.CookieScheme);
                        }
                    },
                };
            });
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(SummarizerAuth.CookieScheme)
            .Configure<IOptions<AuthOptions>>((o, auth) => o.ExpireTimeSpan = auth.Value.LoginLifetime);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(SummarizerAuth.AnalystPolicy, p => p.RequireRole(AccessGrant.AnalystRole))
            .AddPolicy(SummarizerAuth.BearerPolicy, p => p.AddAuthenticationSchemes(SummarizerAuth.BearerScheme).RequireAuthenticatedUser())
            .AddPolicy(SummarizerAuth.BearerAnalystPolicy, p =>
                p.AddAuthenticationSchemes(SummarizerAuth.BearerScheme).RequireRole(AccessGrant.AnalystRole));
    }

    private static Task ApiOrRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int apiStatus)
    {
        // The handler builds an absolute address from the request's Host header; a relative one never names another host.
        if (!ctx.Request.Path.StartsWithSegments("/api"))
            ctx.Response.Redirect(Uri.TryCreate(ctx.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : ctx.RedirectUri);
        else
        {
            ctx.Response.StatusCode = apiStatus;
            if (apiStatus == StatusCodes.Status401Unauthorized) ctx.Response.Headers.WWWAuthenticate = "Bearer realm=\"summarizer\"";
        }
        return Task.CompletedTask;
    }

    private static void CopyJsonShape(JsonSerializerOptions from, JsonSerializerOptions to)
    {
        to.PropertyNamingPolicy = from.PropertyNamingPolicy;
        to.Encoder = from.Encoder;
        to.DefaultIgnoreCondition = from.DefaultIgnoreCondition;
        foreach (var c in from.Converters) to.Converters.Add(c);
    }
}
