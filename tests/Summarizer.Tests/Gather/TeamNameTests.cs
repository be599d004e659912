using Summarizer.Gather;

namespace Summarizer.Tests.Gather;

public sealed class TeamNameTests
{
    [Theory]
    [InlineData("payments")]
    [InlineData("Platform SRE")]
    [InlineData("支付 技术部")]
    [InlineData("risk_control-2")]
    public void Problem_UsableName_ReturnsNull(string name) => Assert.Null(TeamName.Problem(name));

    [Theory]
    [InlineData("../../etc", "'.'")]
    [InlineData("a/b", "path")]
    [InlineData("..\\x", "'.'")]
    [InlineData("C:x", "path")]
    [InlineData("  ", "empty")]
    [InlineData("a\u0007b", "control")]
    public void Problem_UnsafeName_SaysWhy(string name, string reason) => Assert.Contains(reason, TeamName.Problem(name));
}
