using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Summarizer.Host.Api;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against <see cref="AccessTokens"/>.</summary>
internal sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Prefix = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (string.IsNullOrEmpty(header)) return Task.FromResult(AuthenticateResult.NoResult());
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            return Task.FromResult(AuthenticateResult.Fail("Authorization header is not a Bearer token."));

        var grant = tokens.Find(header[Prefix.Length..].Trim());
        if (grant is null)
        {
            Logger.LogWarning("Rejected an unknown bearer token from {Remote}", Context.Connection.RemoteIpAddress);
            return Task.FromResult(AuthenticateResult.Fail("Unknown token."));
        }
        var ticket = new AuthenticationTicket(grant.ToPrincipal(Scheme.Name), Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(ticket));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"summarizer\"";
        return Task.CompletedTask;
    }
}
