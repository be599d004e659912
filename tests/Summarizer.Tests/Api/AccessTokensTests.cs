using Microsoft.Extensions.Options;
using Summarizer.Host.Api;

namespace Summarizer.Tests.Api;

public sealed class AccessTokensTests
{
    private static readonly AuthOptions Options = new()
    {
        Tokens = new() { ["analyst-token-0123456789"] = "analyst", ["team-token-0123456789ab"] = "team: Payments " },
    };

    [Fact]
    public void Find_ConfiguredTokens_ReturnsTheirGrants()
    {
        var tokens = new AccessTokens(Microsoft.Extensions.Options.Options.Create(Options));

        Assert.True(tokens.Find("analyst-token-0123456789")!.IsAnalyst);
        Assert.Equal("Payments", tokens.Find("team-token-0123456789ab")!.Team);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("analyst-token-012345678")]
    [InlineData("ANALYST-TOKEN-0123456789")]
    public void Find_AnythingElse_ReturnsNull(string? presented) =>
        Assert.Null(new AccessTokens(Microsoft.Extensions.Options.Options.Create(Options)).Find(presented));

    [Fact]
    public void Grant_TokenId_NamesTokenWithoutRevealingIt()
    {
        var grant = new AccessTokens(Microsoft.Extensions.Options.Options.Create(Options)).Find("team-token-0123456789ab")!;
        Assert.Matches("^team:Payments \\(tok-[0-9a-f]{8}\\)$", grant.Reviewer);
    }

    [Fact]
    public void Grant_TeamMayAccessOnlyItsTeam_IgnoringCase()
    {
        var grant = new AccessGrant("Payments", "tok-1");
        Assert.True(grant.MayAccessTeam("payments"));
        Assert.False(grant.MayAccessTeam("Growth"));
        Assert.True(new AccessGrant(null, "tok-2").MayAccessTeam("Growth"));
    }

    [Theory]
    [InlineData("abc12345", "analyst", "shorter than 16")]
    [InlineData("long-enough-token-123", "admin", "write 'analyst' or 'team:<name>'")]
    [InlineData("long-enough-token-123", "team:", "write 'analyst' or 'team:<name>'")]
    public void Validate_BadTokenOrRole_FailsWithTheFix(string token, string role, string expected)
    {
        var result = new AuthOptionsValidator().Validate(null, new AuthOptions { Tokens = new() { [token] = role } });
        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
        Assert.DoesNotContain(token, result.FailureMessage);
    }

    [Fact]
    public void Validate_GoodTokens_Succeeds() =>
        Assert.Equal(ValidateOptionsResult.Success, new AuthOptionsValidator().Validate(null, Options));
}
