using System.Text.Json;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Cli;

/// <summary>The `summarizer` executable as scripts drive it: exit codes, stdout, stderr and the files it writes.</summary>
[Trait("Category", "slow")] // starts the real executable several times
public sealed class RunCommandTests
{
    internal static async Task<(int Exit, string Out, string Err)> RunAsync(string workingDirectory, params string[] args)
    {
        using var process = SummarizerExecutable.Start(workingDirectory, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Run_SamplesWithOneBrokenFile_ExitsZeroWritesTheDigestAndNamesTheRejectedFile()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "reports");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "2024-W26")))
            folder.Write(Path.Combine("reports", "2024-W26", Path.GetFileName(file)), File.ReadAllBytes(file));
        folder.Write(Path.Combine("reports", "2024-W26", "broken.md"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]);

        var (exit, stdout, _) = await RunAsync(folder.Path, "run", "--input", input, "--engine", "offline", "--store", $"Data Source={Path.Combine(folder.Path, "s.db")}");

        Assert.Equal(0, exit);
        Assert.Contains("Digest of 2024-W26", stdout);
        Assert.Contains("broken.md", stdout);
        var items = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "out", "2024-W26", "items.json"))).RootElement;
        Assert.Contains(items.GetProperty("rejected").EnumerateArray(), r => r.GetProperty("file").GetString() == "2024-W26/broken.md");
        Assert.True(File.Exists(Path.Combine(folder.Path, "out", "2024-W26", "digest.html")));
        Assert.Contains("broken.md", await File.ReadAllTextAsync(Path.Combine(folder.Path, "out", "2024-W26", "digest.md")));
    }

    [Theory]
    [InlineData("empty")]
    [InlineData("bad-week")]
    public async Task Run_NothingUsableOrBadArguments_ExitsTwoWithOneLineReason(string case_)
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "reports", "2024-W26"));
        string[] args = case_ == "empty"
            ? ["run", "--input", Path.Combine(folder.Path, "reports"), "--week", "2024-W26", "--store", $"Data Source={Path.Combine(folder.Path, "s.db")}"]
            : ["run", "--input", Path.Combine(folder.Path, "reports"), "--week", "2024-W99"];

        var (exit, _, stderr) = await RunAsync(folder.Path, args);

        Assert.Equal(2, exit);
        var reason = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("summarizer: ", StringComparison.Ordinal));
        Assert.Contains("2024-W", reason);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    [Theory]
    [InlineData("misspelled flag", "--inptu")]
    [InlineData("unknown engine", "'gpt'")]
    [InlineData("unknown kind", "'foo'")]
    [InlineData("unreadable store", "--store or Summarizer:Store")]
    [InlineData("week without reports", "weeks there: 2024-W25, 2024-W26")]
    [InlineData("missing input", "from --input")]
    [InlineData("unknown team", "No report of team nobody for 2024-W26 under")]
    public async Task UserError_ExitsTwoWithOneLineAndNoStackTraceAndNoStoreLeftBehind(string case_, string expected)
    {
        using var folder = new TempFolder();
        var store = $"Data Source={Path.Combine(folder.Path, "s.db")}";
        string[] args = case_ switch
        {
            "misspelled flag" => ["run", "--inptu", RepoPaths.Samples],
            "unknown engine" => ["run", "--input", RepoPaths.Samples, "--engine", "gpt"],
            "unknown kind" => ["items", "--kind", "foo"],
            "unreadable store" => ["run", "--input", RepoPaths.Samples, "--store", "garbage"],
            "week without reports" => ["run", "--input", RepoPaths.Samples, "--week", "2024-W30", "--store", store],
            "unknown team" => ["run", "--input", RepoPaths.Samples, "--week", "2024-W26", "--team", "nobody", "--store", store],
            _ => ["run", "--input", Path.Combine(folder.Path, "nowhere"), "--store", store],
        };

        var (exit, stdout, stderr) = await RunAsync(folder.Path, args);

        Assert.Equal(2, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("summarizer: ", StringComparison.Ordinal));
        Assert.Contains(expected, line);
        Assert.DoesNotContain("fail:", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Equal("", stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path)); // no store, no out/
    }

    [Fact]
    public async Task Items_AfterARun_ListsTheWeeksItemsAsJson()
    {
        using var folder = new TempFolder();
        var store = $"Data Source={Path.Combine(folder.Path, "s.db")}";
        Assert.Equal(0, (await RunAsync(folder.Path, "run", "--input", RepoPaths.Samples, "--week", "2024-W26", "--store", store)).Exit);

        var (exit, stdout, _) = await RunAsync(folder.Path, "items", "--store", store, "--kind", "incident", "--format", "json");

        Assert.Equal(0, exit);
        var items = JsonDocument.Parse(stdout).RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Equal("incident", i.GetProperty("kind").GetString()));

        var unknownWeek = await RunAsync(folder.Path, "items", "--store", store, "--week", "2024-W30");
        Assert.Equal(2, unknownWeek.Exit);
        Assert.Contains("no week 2024-W30 in the store; stored weeks: 2024-W26", unknownWeek.Err);
        var unknownTeam = await RunAsync(folder.Path, "items", "--store", store, "--team", "nobody");
        Assert.Equal(2, unknownTeam.Exit);
        Assert.Contains("no items of team 'nobody' in 2024-W26; teams with items: clearing, data-platform, mobile-app, payments, platform-sre, risk-control", unknownTeam.Err);
    }
}
