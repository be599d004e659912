using Summarizer.Gather;

namespace Summarizer.Tests.Gather;

public sealed class TextLinesTests
{
    [Fact]
    public void Split_MixedLineEndings_SplitsOnCrLfCrAndLf()
    {
        Assert.Equal(["a", "b", "c", "", "d"], TextLines.Split("a\r\nb\rc\n\nd"));
    }

    [Fact]
    public void Split_TrailingNewline_DoesNotAddEmptyLine()
    {
        Assert.Equal(["a", "b"], TextLines.Split("a\nb\n"));
    }

    [Fact]
    public void Split_WhitespaceInsideLines_KeptVerbatim()
    {
        Assert.Equal(["  - x\t ", "\u3000y  "], TextLines.Split("  - x\t \r\n\u3000y  "));
    }
}
