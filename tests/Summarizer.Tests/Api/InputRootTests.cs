using Summarizer.Host.Api;

namespace Summarizer.Tests.Api;

public sealed class InputRootTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-input-").FullName;

    public InputRootTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "reports", "2024-W26"));
        Directory.CreateDirectory(Path.Combine(_dir, "reports-other"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2024-W26")]
    [InlineData("2024-W26/../2024-W26")]
    public void TryResolveFolder_InsideRoot_Succeeds(string? requested)
    {
        var root = new InputRoot(Path.Combine(_dir, "reports"));
        Assert.True(root.TryResolveFolder(requested, out var full, out var error), error);
        Assert.StartsWith(root.FullPath, full);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../reports-other")]   // shares the root's name as a prefix
    [InlineData("/tmp")]
    public void TryResolveFolder_OutsideRoot_FailsNamingTheSetting(string requested)
    {
        var root = new InputRoot(Path.Combine(_dir, "reports"));
        Assert.False(root.TryResolveFolder(requested, out _, out var error));
        Assert.Contains("Summarizer:Input", error);
    }

    [Fact]
    public void ResolveFile_EscapingPath_ReturnsNull()
    {
        var root = new InputRoot(Path.Combine(_dir, "reports"));
        Assert.Null(root.ResolveFile(root.FullPath, "../../etc/passwd"));
        Assert.NotNull(root.ResolveFile(root.FullPath, "2024-W26/alpha.md"));
    }
}
