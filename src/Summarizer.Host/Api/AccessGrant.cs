using System.Security.Claims;

namespace Summarizer.Host.Api;

/// <summary>
/// What a token (or a logged-in page session) may do: an analyst everything, a team only its own items and review page.
/// <see cref="TokenId"/> names the token in review records without revealing it.
/// </summary>
public sealed record AccessGrant(string? Team, string TokenId)
{
    public const string AnalystRole = "analyst";
    public const string TeamRole = "team";
    public const string TeamClaim = "summarizer:team";
    public const string TokenClaim = "summarizer:token";

    public bool IsAnalyst => Team is null;

    /// <summary>"analyst" or "team:&lt;name&gt;".</summary>
    public string Role => Team is null ? AnalystRole : $"{TeamRole}:{Team}";

    /// <summary>Recorded with every review: role and token id, e.g. <c>team:alpha (tok-1a2b3c4d)</c>.</summary>
    public string Reviewer => $"{Role} ({TokenId})";

    /// <summary>True for an analyst, or for the token's own team under any spelling the gatherer treats as the same (<see cref="Gather.TeamName.Same"/>).</summary>
    public bool MayAccessTeam(string team) => IsAnalyst || Gather.TeamName.Same(Team!, team);

    /// <summary>
    /// Why this team token may not act for <paramref name="team"/>, as a 403's detail: "This token is for team 'alpha',
    /// not 'beta'; it may {<paramref name="mayDo"/>}. …" with what to do instead.
    /// </summary>
    public string OtherTeamReason(string team, string mayDo) =>
        $"This token is for team '{Team}', not '{EchoedValue.Show(team)}'; it may {mayDo}. " +
        $"Ask the analyst for team '{EchoedValue.Show(team)}''s token (or an analyst token) to work with another team.";

    /// <summary>Null when the text is not a role; otherwise the team (empty string for analyst).</summary>
    public static string? ParseRole(string? role)
    {
        var r = role?.Trim();
        if (string.Equals(r, AnalystRole, StringComparison.OrdinalIgnoreCase)) return "";
        if (r is not null && r.StartsWith(TeamRole + ":", StringComparison.OrdinalIgnoreCase) && r.Length > TeamRole.Length + 1)
            return r[(TeamRole.Length + 1)..].Trim() is { Length: > 0 } team ? team : null;
        return null;
    }

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, Reviewer),
            new(ClaimTypes.Role, IsAnalyst ? AnalystRole : TeamRole),
            new(TokenClaim, TokenId),
        };
        if (Team is not null) claims.Add(new Claim(TeamClaim, Team));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>The grant of an authenticated user; null for anonymous.</summary>
    public static AccessGrant? From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true || user.FindFirstValue(TokenClaim) is not { } tokenId) return null;
        return user.IsInRole(AnalystRole) ? new AccessGrant(null, tokenId)
            : user.FindFirstValue(TeamClaim) is { } team ? new AccessGrant(team, tokenId) : null;
    }
}
