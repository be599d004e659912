using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Gather;

/// <summary>The gather step merges the folder with other sources: one report per team, the newest wins.</summary>
public sealed class SubmittedReportMergeTests : IDisposable
{
    private static readonly IsoWeek Week = IsoWeek.Parse("2026-W48");
    private static readonly DateTimeOffset Friday = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private sealed class ListedSource(string kind, params SubmittedReport[] reports) : IReportSource
    {
        public string Kind => kind;
        public Task<IReadOnlyList<SubmittedReport>> ListAsync(IsoWeek week, CancellationToken ct = default) =>
            Task.FromResult<IReadOnlyList<SubmittedReport>>(reports.Where(r => r.Week == week).ToList());
    }

    private static SubmittedReport Submitted(string team, string text, DateTimeOffset at, string file = "report.md", string source = "upload", string? reference = null) =>
        new(Week, team, file, Encoding.UTF8.GetBytes(text), new ReportProvenance(source, reference ?? $"{team}-{at:O}", at, $"{team}@example.org", file));

    private void FolderFile(string team, string text, DateTimeOffset writtenAt)
    {
        var path = _dir.Write($"2026-W48/{team}.md", text);
        File.SetLastWriteTimeUtc(path, writtenAt.UtcDateTime);
    }

    private Task<GatherResult> GatherAsync(IReadOnlyCollection<string>? teams, params IReportSource[] sources) =>
        new ReportGatherer(NullLogger<ReportGatherer>.Instance, null, sources).GatherAsync(new GatherRequest(_dir.Path, Week, teams));

    [Fact]
    public async Task GatherAsync_SubmissionNewerThanFolderFile_ReplacesItAndSaysWhereItCameFrom()
    {
        FolderFile("payments", "# Payments\n- folder text\n", Friday);
        FolderFile("search", "# Search\n- folder only\n", Friday);
        var upload = Submitted("payments", "# Payments\n- uploaded text\n", Friday.AddHours(2));

        var result = await GatherAsync(null, new ListedSource("upload", upload));

        var payments = Assert.Single(result.Reports, r => r.Team == "payments");
        Assert.Equal("upload:2026-11-27T12-00-00Z/payments.md", payments.File);
        Assert.Equal("- uploaded text", payments.Lines[1]);
        Assert.Equal(upload.Provenance, payments.Provenance);
        var search = Assert.Single(result.Reports, r => r.Team == "search");
        Assert.Equal(("folder", "2026-W48/search.md", Friday), (search.Provenance!.Source, search.Provenance.Reference, search.Provenance.ReceivedAt));
        Assert.Empty(result.Rejected);
    }

    [Fact]
    public async Task GatherAsync_FolderFileWrittenAfterTheSubmission_IsKept()
    {
        FolderFile("payments", "# Payments\n- corrected in the folder\n", Friday.AddHours(3));
        var result = await GatherAsync(null, new ListedSource("upload", Submitted("payments", "# Payments\n- uploaded\n", Friday)));
        Assert.Equal("2026-W48/payments.md", Assert.Single(result.Reports).File);
    }

    [Fact]
    public async Task GatherAsync_NewestSubmissionAcrossSources_WinsAndATeamOnlySubmittedIsAdded()
    {
        _dir.Sub("2026-W48");
        var mail = Submitted("Risk", "# Risk\n- from the mail\n", Friday.AddHours(1), "weekly.txt", "mailbox", "<m1@x>");
        var older = Submitted("risk", "# Risk\n- uploaded earlier\n", Friday);
        var result = await GatherAsync(null, new ListedSource("upload", older), new ListedSource("mailbox", mail, mail));

        var risk = Assert.Single(result.Reports);
        Assert.Equal(("Risk", "mailbox:2026-11-27T11-00-00Z/Risk.txt", "txt"), (risk.Team, risk.File, risk.Format));
    }

    [Fact]
    public async Task GatherAsync_UnreadableSubmission_IsRejectedWithTheFileReasonAndTheFolderFileIsUsed()
    {
        FolderFile("payments", "# Payments\n- folder text\n", Friday);
        var pdf = Submitted("payments", "%PDF-1.7", Friday.AddHours(1), "report.pdf");

        var result = await GatherAsync(null, new ListedSource("upload", pdf));

        Assert.Equal("2026-W48/payments.md", Assert.Single(result.Reports).File);
        var rejected = Assert.Single(result.Rejected);
        Assert.Equal("upload:2026-11-27T11-00-00Z/payments.pdf", rejected.File);
        Assert.StartsWith("has an unsupported file type '.pdf'", rejected.Reason);
    }

    [Fact]
    public async Task GatherAsync_SubmissionWhoseFrontMatterClaimsAnotherTeam_IsRejected()
    {
        _dir.Sub("2026-W48");
        var claim = Submitted("payments", "---\nteam: search\n---\n# Search\n- 100% done\n", Friday);
        var result = await GatherAsync(null, new ListedSource("upload", claim));
        Assert.Empty(result.Reports);
        Assert.Contains("names team 'search' in its front matter, but it was sent for team 'payments'", Assert.Single(result.Rejected).Reason);
    }

    [Fact]
    public async Task GatherAsync_TeamFilter_AppliesToSubmissions()
    {
        _dir.Sub("2026-W48");
        var source = new ListedSource("upload", Submitted("payments", "# P\n- a\n", Friday), Submitted("search", "# S\n- b\n", Friday));
        var result = await GatherAsync(["Search"], source);
        Assert.Equal(["search"], result.Reports.Select(r => r.Team));
    }

    [Theory]
    [InlineData("blank.md", " \r\n\t\n\u3000\n", "is empty: it holds only whitespace")]
    [InlineData("report.pdf", "%PDF-1.7", "has an unsupported file type '.pdf'")]
    [InlineData("corrupt.docx", "PK\u0003\u0004\u0001\u0002", "")]
    [InlineData("long.md", null, "has 30,000 characters on line 1")]
    public async Task Load_SubmittedBytes_GetTheSameReasonAsTheSameFileOnDisk(string name, string? text, string expectedStart)
    {
        var bytes = Encoding.UTF8.GetBytes(text ?? new string('x', 30_000));
        var path = _dir.Write(name, bytes);
        var loader = new ReportFileLoader(new GatherOptions(), NullLogger.Instance);

        var fromDisk = await loader.LoadAsync(new FileInfo(path), name, _dir.Path, CancellationToken.None);
        var fromBytes = loader.Load(name, bytes, name);

        Assert.NotNull(fromDisk.Rejected);
        Assert.Equal(fromDisk.Rejected, fromBytes.Rejected);
        Assert.StartsWith(expectedStart, fromBytes.Rejected!.Reason);
    }

    [Fact]
    public void Load_SubmittedBytesOverTheLimit_AreTooLargeLikeAFile()
    {
        var loader = new ReportFileLoader(new GatherOptions { MaxFileBytes = 1024 * 1024 }, NullLogger.Instance);
        var rejected = loader.Load("big.md", new byte[3 * 1024 * 1024], "upload:x/big.md").Rejected;
        Assert.Equal("is too large (3 MB, the limit is 1 MB); split the report or remove embedded content", rejected!.Reason);
    }
}
