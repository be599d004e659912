using Summarizer.Gather;

namespace Summarizer.Tests.Gather;

public sealed class TeamNameTests
{
    [Theory]
    [InlineData("payments")]
    [InlineData("Platform SRE")]
    [InlineData("支付 技术部")]
    [InlineData("risk_control-2")]
    [InlineData("R&D (Ops) + QA")]
    [InlineData("Ünited d'Équipe")]
    [InlineData("فريق الدفع")]
    public void Problem_UsableName_ReturnsNull(string name) => Assert.Null(TeamName.Problem(name));

    [Theory]
    [InlineData("../../etc", "'.'")]
    [InlineData("a/b", "path")]
    [InlineData("..\\x", "'.'")]
    [InlineData("C:x", "path")]
    [InlineData("  ", "empty")]
    [InlineData("a\u0007b", "control")]
    [InlineData("a/b/x", "'/' (U+002F), which is not allowed (a path separator)")]
    [InlineData("a..b", "'..'")]
    [InlineData(" alpha", "starts or ends with a space")]
    [InlineData("alpha ", "starts or ends with a space")]
    [InlineData("a%2Fb", "'%' (U+0025), which is not allowed")]
    [InlineData("\u202Ex", "U+202E")]
    [InlineData("pay\u3164ments", "U+3164")]
    public void Problem_UnsafeName_SaysWhy(string name, string reason) => Assert.Contains(reason, TeamName.Problem(name));

    [Fact]
    public void Canonical_OtherCapitalisation_IsTheKnownSpelling() =>
        Assert.Equal("Payments", TeamName.Canonical("PAYMENTS", ["search", "Payments"]));

    [Theory]
    [InlineData("payment", "payments")]
    [InlineData("Team-Alpha", "team_alpha")]
    [InlineData("platfrom", "platform")]
    [InlineData("infra-ops", "infra-op")]
    public void Near_CatchesAPluralASeparatorOrOneTypo(string name, string known) =>
        Assert.Equal(known, TeamName.Near(name, ["growth", known]));

    [Theory]
    [InlineData("ops", "qa")]          // short names differ by one letter and are different teams
    [InlineData("alpha", "beta")]
    [InlineData("peymants", "payments")] // two changes: not caught
    [InlineData("Payments", "payments")] // the same team, not a near one
    [InlineData("squad1", "squad2")]     // a numbered series of teams
    [InlineData("team-a", "team-b")]
    public void Near_LeavesDifferentTeamsAndTheSameTeamAlone(string name, string known) =>
        Assert.Null(TeamName.Near(name, [known]));
}
