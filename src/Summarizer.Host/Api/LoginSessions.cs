using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary>
/// Page logins with a server-side stamp: the login cookie carries a random session id recorded in the store
/// (<see cref="ILoginSessionStore"/>); signing out revokes it, so a copy of the old cookie stops working on every
/// instance, and a revoked cookie is never renewed by sliding expiry.
/// </summary>
public static class LoginSessions
{
    /// <summary>Claim holding the session id (128 random bits, hex).</summary>
    public const string SessionClaim = "summarizer:session";

    /// <summary>Records a new session for <paramref name="grant"/> and sets the login cookie.</summary>
    public static async Task SignInAsync(HttpContext http, AccessGrant grant)
    {
        var sessionId = RandomNumberGenerator.GetHexString(32, lowercase: true);
        await http.RequestServices.GetRequiredService<ILoginSessionStore>().CreateLoginSessionAsync(sessionId, grant.TokenId, http.RequestAborted);
        var principal = grant.ToPrincipal(SummarizerAuth.CookieScheme);
        ((ClaimsIdentity)principal.Identity!).AddClaim(new Claim(SessionClaim, sessionId));
        await http.SignInAsync(SummarizerAuth.CookieScheme, principal);
    }

    /// <summary>Revokes the caller's session (if it has one) and clears the cookie.</summary>
    public static async Task SignOutAsync(HttpContext http)
    {
        if (http.User.FindFirstValue(SessionClaim) is { } sessionId)
            await http.RequestServices.GetRequiredService<ILoginSessionStore>().RevokeLoginSessionAsync(sessionId, http.RequestAborted);
        await http.SignOutAsync(SummarizerAuth.CookieScheme);
    }

    /// <summary>True while the cookie's session is recorded and not revoked (a cookie without one is from before sessions: refused).</summary>
    public static async Task<bool> IsActiveAsync(HttpContext http, ClaimsPrincipal principal) =>
        principal.FindFirstValue(SessionClaim) is { } sessionId
        && await http.RequestServices.GetRequiredService<ILoginSessionStore>().IsLoginSessionActiveAsync(sessionId, http.RequestAborted);
}
