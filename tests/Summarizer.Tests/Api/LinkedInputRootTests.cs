using System.Net;
using System.Net.Http.Json;
using Summarizer.Host.Api;

namespace Summarizer.Tests.Api;

/// <summary>The API's input root is checked after links are followed: a link inside it that leads out is outside.</summary>
public sealed class LinkedInputRootTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("summarizer-links-").FullName;

    public LinkedInputRootTests()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "reports", "2024-W26"));
        Directory.CreateDirectory(Path.Combine(_dir, "elsewhere", "2024-W26"));
        File.WriteAllText(Path.Combine(_dir, "elsewhere", "2024-W26", "secret.md"), "# Secret\n");
        Directory.CreateSymbolicLink(Path.Combine(_dir, "reports", "linked"), Path.Combine(_dir, "elsewhere"));
        File.CreateSymbolicLink(Path.Combine(_dir, "reports", "2024-W26", "beta.md"), Path.Combine(_dir, "elsewhere", "2024-W26", "secret.md"));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("linked")]
    [InlineData("linked/2024-W26")]
    public void TryResolveFolder_LinkLeadingOutside_FailsWithReason(string requested)
    {
        var root = new InputRoot(Path.Combine(_dir, "reports"));
        Assert.False(root.TryResolveFolder(requested, out _, out var error));
        Assert.Contains("symbolic link", error);
    }

    [Fact]
    public void ResolveFile_FileLinkLeadingOutside_ReturnsNull()
    {
        var root = new InputRoot(Path.Combine(_dir, "reports"));
        Assert.Null(root.ResolveFile(root.FullPath, "2024-W26/beta.md"));
        Assert.Null(root.ResolveFile(root.FullPath, "linked/2024-W26/secret.md"));
    }

    [Fact]
    public async Task StartRun_InputIsALinkLeadingOutside_Returns400WithReason()
    {
        await using var host = await ServeHost.StartAsync();
        Directory.CreateSymbolicLink(Path.Combine(host.InputDir, "linked"), Path.Combine(_dir, "elsewhere"));

        using var response = await host.Client(ServeHost.AnalystToken).PostAsJsonAsync("/api/runs", new { week = "2024-W26", input = "linked" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("symbolic link", await response.Content.ReadAsStringAsync());
        Assert.Empty(await host.Store.ListRunsAsync());
    }
}
