using Summarizer.Text;

namespace Summarizer.Tests.Text;

public class ControlCharactersTests
{
    [Theory]
    [InlineData("- Severity: high \u001b[31mred\u001b[0m outage risk", "- Severity: high [31mred[0m outage risk")] // no terminal escape
    [InlineData("outage risk \u202E gnp.exe (payments)", "outage risk  gnp.exe (payments)")]                   // no right-to-left override
    [InlineData("a\u2066b\u2069c\u0085d\u007Fe", "abcde")]
    [InlineData("| 项目 |\t进度 |", "| 项目 |\t进度 |")]                                                        // tab and CJK kept
    public void Strip_RemovesDisplayControls_KeepsEveryVisibleCharacter(string line, string expected) =>
        Assert.Equal(expected, ControlCharacters.Strip(line));

    [Fact]
    public void Strip_LinesWithoutControls_AreTheSameList()
    {
        IReadOnlyList<string> lines = ["# 周报", "- 风险：证书即将过期"];
        Assert.Same(lines, ControlCharacters.Strip(lines));
    }
}
