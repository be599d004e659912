using Summarizer.Gather;
using Summarizer.Text;

namespace Summarizer.Tests.Text;

public sealed class FrontMatterTests
{
    [Fact]
    public void Find_ClosedBlock_ReadsKeysAndEndLine()
    {
        var fm = FrontMatter.Find(["---", "team: \"Mobile App\"", "Week: 2024-W26", "tags:", "  - x", "---", "# body"]);
        Assert.NotNull(fm);
        Assert.Equal(("Mobile App", "2024-W26", 6), (fm["team"], fm["week"], fm.EndLine));
    }

    [Fact]
    public void Find_UnclosedBlock_ReturnsNull()
    {
        Assert.Null(FrontMatter.Find(["---", "team: x", "# body"]));
    }

    [Fact]
    public void Find_NoLeadingFence_ReturnsNull()
    {
        Assert.Null(FrontMatter.Find(["# title", "---", "team: x", "---"]));
    }
}
