using Microsoft.Extensions.DependencyInjection;
using Summarizer.Pipeline;
using Summarizer.Store;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Pipeline;

/// <summary>
/// A run of part of a week (<c>--team</c>, or an input folder holding some teams) updates those teams and leaves the
/// other teams' items, reviews and changes as they were; only a run of the whole week may say a team did not report.
/// </summary>
public sealed class PartialRunTests : IAsyncDisposable
{
    private const string Week = "2024-W26";
    private readonly PipelineHarness _harness = new();
    private readonly TempFolder _input = new();

    public async ValueTask DisposeAsync()
    {
        await _harness.DisposeAsync();
        _input.Dispose();
    }

    private Task<RunOutcome> Run(string input, IReadOnlyList<string>? teams = null, bool partOfWeek = false) =>
        _harness.Services.GetRequiredService<DigestPipeline>().RunAsync(new RunRequest
        {
            InputDir = input, Week = IsoWeek.Parse(Week), Engine = "offline", Teams = teams ?? [], PartOfWeek = partOfWeek,
        });

    [Fact]
    public async Task TeamRun_AfterFullRun_KeepsEveryOtherTeamsItemsAndReports()
    {
        await _harness.RunAsync("2024-W25");
        var full = (await _harness.RunAsync(Week)).Snapshot;
        Assert.True(full.Items.Select(i => i.Team).Distinct().Count() > 3, "the samples hold several teams with items");
        var reviewedId = full.Items.First(i => i.Team != "payments").Id;
        await _harness.Store.SaveReviewAsync(new ItemReview(reviewedId, "analyst", ReviewStatus.Confirmed, "Checked wording", null, null, DateTimeOffset.UnixEpoch));

        var partial = (await Run(RepoPaths.Samples, teams: ["payments"])).Snapshot;

        var stored = (await _harness.Store.GetWeekAsync(Week))!;
        Assert.Equal(Ids(full.Items), Ids(stored.Items));
        Assert.Equal(Ids(full.Items), Ids(partial.Items));
        Assert.Equal(full.Reports.Select(r => r.Team).Order(), stored.Reports.Select(r => r.Team).Order());
        Assert.Equal(full.Changes.Select(c => (c.Team, c.Summary)).Order(), stored.Changes.Select(c => (c.Team, c.Summary)).Order());
        Assert.Equal("Checked wording", stored.Items.Single(i => i.Id == reviewedId).Summary);
        var digest = await File.ReadAllTextAsync(Path.Combine(_harness.OutDir(Week), "digest.md"));
        foreach (var item in full.Items.Where(i => i.Team != "payments").DistinctBy(i => i.Team)) Assert.Contains(item.Team, digest);
    }

    [Fact]
    public async Task FolderOfSomeTeams_AfterFullRun_KeepsTheOtherTeams()
    {
        var weekDir = Directory.CreateDirectory(Path.Combine(_input.Path, Week)).FullName;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, Week)))
            File.Copy(file, Path.Combine(weekDir, Path.GetFileName(file)));
        var late = Directory.CreateDirectory(Path.Combine(weekDir, "late")).FullName;
        File.Copy(Path.Combine(weekDir, "platform-sre.md"), Path.Combine(late, "platform-sre.md"));
        var full = (await Run(_input.Path)).Snapshot;

        var partial = (await Run(late, partOfWeek: true)).Snapshot;

        Assert.Equal(full.Reports.Select(r => r.Team).Order(), partial.Reports.Select(r => r.Team).Order());
        Assert.Equal("platform-sre.md", partial.Reports.Single(r => r.Team == "platform-sre").File);
        Assert.Equal(Ids(full.Items), Ids((await _harness.Store.GetWeekAsync(Week))!.Items));
    }

    [Fact]
    public async Task TeamRunAsFirstRunOfTheWeek_MarksNoOtherTeamAsNotReporting()
    {
        var w25 = (await _harness.RunAsync("2024-W25")).Snapshot;
        Assert.True(w25.Reports.Count > 2);

        var partial = (await Run(RepoPaths.Samples, teams: ["payments"])).Snapshot;

        Assert.Equal(["payments"], partial.Reports.Select(r => r.Team));
        var fullLater = (await _harness.RunAsync(Week)).Snapshot;
        var missingOnlyInFullRun = fullLater.Changes.Select(c => (c.Team, c.Summary)).Except(partial.Changes.Select(c => (c.Team, c.Summary)))
            .Where(c => c.Team == "growth").ToList();
        Assert.NotEmpty(missingOnlyInFullRun); // growth reported in W25 only: the whole-week run says so, the partial run did not
        Assert.DoesNotContain(partial.Changes, c => c.Team != "payments");
    }

    [Fact]
    public async Task TeamWhoseFileIsRejected_IsListedAsNotUsed_NotAsMissing()
    {
        using var input = new TempFolder();
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Samples, "*", SearchOption.AllDirectories))
            input.Write(Path.GetRelativePath(RepoPaths.Samples, file), File.ReadAllBytes(file));
        await _harness.RunAsync("2024-W25", input.Path);
        input.Write("2024-W26/payments.md", [0x23, 0x00, 0x00, 0x01, 0xFF]); // a broken export: binary

        var w26 = (await _harness.RunAsync(Week, input.Path)).Snapshot;

        Assert.Contains(w26.Rejected, r => r.File == "2024-W26/payments.md");
        Assert.DoesNotContain(w26.Changes, c => c.Team == "payments" && c.Summary.Contains("2024-W25", StringComparison.Ordinal) && c.Kind == ItemKind.Risk && c.From is not null);
        Assert.Contains(w26.Changes, c => c.Team == "growth"); // growth did not report at all: still said
    }

    private static List<string> Ids(IEnumerable<ExtractedItem> items) => items.Select(i => i.Id).Order(StringComparer.Ordinal).ToList();
}
