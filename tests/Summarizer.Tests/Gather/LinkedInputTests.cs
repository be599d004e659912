using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Gather;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Gather;

/// <summary>Links inside the input folder are followed only while they lead to files inside it.</summary>
public sealed class LinkedInputTests : IDisposable
{
    private const string Secret = "- Root password rotation is at risk: the vault is down.";
    private readonly TempFolder _root = new();
    private readonly TempFolder _outside = new();
    private readonly ReportGatherer _gatherer = new(NullLogger<ReportGatherer>.Instance);

    public LinkedInputTests()
    {
        _root.Write("reports/2024-W26/alpha.md", "# Alpha\n\n## Risks\n- Vendor API timeouts may delay the launch.\n");
        _outside.Write("secret.md", "# Secret\n\n## Risks\n" + Secret + "\n");
    }

    public void Dispose()
    {
        _root.Dispose();
        _outside.Dispose();
    }

    private string Reports => Path.Combine(_root.Path, "reports");

    [Fact]
    public async Task FileLinkInWeekFolder_LeadingOutside_IsRejectedWithReasonAndTheRunGoesOn()
    {
        File.CreateSymbolicLink(Path.Combine(Reports, "2024-W26", "beta.md"), Path.Combine(_outside.Path, "secret.md"));

        var result = await _gatherer.GatherAsync(new GatherRequest(Reports, IsoWeek.Parse("2024-W26")));

        Assert.Equal(["alpha"], result.Reports.Select(r => r.Team));
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("2024-W26/beta.md", rejected.File);
        Assert.Contains("outside the input folder", rejected.Reason);
        Assert.DoesNotContain(result.Reports, r => r.Lines.Contains(Secret));
    }

    [Fact]
    public async Task RelativeLinkClimbingOut_IsRejected()
    {
        File.CreateSymbolicLink(Path.Combine(Reports, "2024-W26", "beta.md"), Path.GetRelativePath(Path.Combine(Reports, "2024-W26"), Path.Combine(_outside.Path, "secret.md")));

        var result = await _gatherer.GatherAsync(new GatherRequest(Reports, IsoWeek.Parse("2024-W26")));

        Assert.Contains("outside the input folder", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public async Task WeekFolderLinkedOutside_ItsFilesAreRejected()
    {
        _outside.Write("2024-W27/gamma.md", "# Gamma\n\n## Risks\n" + Secret + "\n");
        Directory.CreateSymbolicLink(Path.Combine(Reports, "2024-W27"), Path.Combine(_outside.Path, "2024-W27"));

        var result = await _gatherer.GatherAsync(new GatherRequest(Reports, IsoWeek.Parse("2024-W27")));

        Assert.Empty(result.Reports);
        Assert.Contains("outside the input folder", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public async Task LinkToAnotherFileInsideTheRoot_IsRead()
    {
        _root.Write("reports/shared/beta.md", "# Beta\n\n## Risks\n- Data centre move may slip to July.\n");
        File.CreateSymbolicLink(Path.Combine(Reports, "2024-W26", "beta.md"), Path.Combine(Reports, "shared", "beta.md"));

        var result = await _gatherer.GatherAsync(new GatherRequest(Reports, IsoWeek.Parse("2024-W26")));

        Assert.Equal(["alpha", "beta"], result.Reports.Select(r => r.Team));
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public void ResolvedPath_FollowsEveryLinkAlongThePath()
    {
        Directory.CreateSymbolicLink(Path.Combine(Reports, "out"), _outside.Path);
        Assert.Equal(Path.Combine(ResolvedPath.Of(_outside.Path), "secret.md"), ResolvedPath.Of(Path.Combine(Reports, "out", "secret.md")));
        Assert.False(ResolvedPath.IsInside(ResolvedPath.Of(Path.Combine(Reports, "out", "secret.md")), ResolvedPath.Of(Reports)));
    }
}
