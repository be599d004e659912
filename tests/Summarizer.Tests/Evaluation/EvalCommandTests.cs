using System.Text.Json;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Evaluation;

/// <summary><c>summarizer eval</c> as a developer runs it: figures per kind, misses and false flags with file:line.</summary>
public sealed class EvalCommandTests
{
    private const string Report = """
        # Week 20, 2024
        ## Metrics
        - Error rate: 4.1% (last week 2.0%)
        ## Notes
        - Reviewed on 05/14/24 with finance
        """;

    private const string Gold = """
        {"style": "test", "language": "en", "week": "2024-W20",
         "items": [{"kind": "metric", "anchor": "Error rate: 4.1%", "value": 4.1},
                   {"kind": "risk", "anchor": "## Metrics", "note": "deliberately unfindable, to list a miss"}],
         "benign": [{"anchor": "Reviewed on 05/14/24"}]}
        """;

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        using var process = SummarizerExecutable.Start(RepoPaths.Root, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Eval_PrintsFiguresPerKindAndEachMissWithFileAndLine()
    {
        using var folder = new TempFolder();
        folder.Write("r1.md", Report);
        folder.Write("r1.gold.json", Gold);

        var (exit, stdout, stderr) = await RunAsync("eval", "--corpus", folder.Path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("kind      gold found recall", stdout);
        Assert.Contains("r1.md:2  risk", stdout);
    }

    [Fact]
    public async Task Eval_AGoldFileWithoutBenignLines_IsScored()
    {
        using var folder = new TempFolder();
        folder.Write("r1.md", Report);
        folder.Write("r1.gold.json", """{"style": "test", "language": "en", "week": "2024-W20", "items": [{"kind": "metric", "anchor": "Error rate: 4.1%", "value": 4.1}]}""");

        var (exit, stdout, stderr) = await RunAsync("eval", "--corpus", folder.Path);

        Assert.True(exit == 0, stderr);
        Assert.Contains("kind      gold found recall", stdout);
    }

    [Fact]
    public async Task Eval_Json_GivesRecallAndPrecisionPerKind()
    {
        using var folder = new TempFolder();
        folder.Write("r1.md", Report);
        folder.Write("r1.gold.json", Gold);

        var (exit, stdout, _) = await RunAsync("eval", "--corpus", folder.Path, "--format", "json");

        Assert.Equal(0, exit);
        var kinds = JsonDocument.Parse(stdout).RootElement.GetProperty("kinds").EnumerateArray().ToList();
        var risk = kinds.Single(k => k.GetProperty("kind").GetString() == "risk");
        Assert.Equal(1, risk.GetProperty("goldTotal").GetInt32());
        Assert.Equal(0, risk.GetProperty("goldFound").GetInt32());
    }

    [Fact]
    public async Task Eval_AReportWithoutGoldOrABrokenAnchor_IsAUsageErrorNamingTheFile()
    {
        using var folder = new TempFolder();
        folder.Write("r1.md", Report);
        folder.Write("r1.gold.json", Gold.Replace("Error rate: 4.1%", "Error rate: 9.9%"));

        var (exit, _, stderr) = await RunAsync("eval", "--corpus", folder.Path);
        Assert.Equal(2, exit);
        Assert.Contains("r1.md: metric anchor 'Error rate: 9.9%' is not on any line", stderr);

        folder.Write("r2.md", Report);
        (exit, _, stderr) = await RunAsync("eval", "--corpus", folder.Path);
        Assert.Equal(2, exit);
        Assert.Contains("r2.md has no gold file", stderr);
    }

    [Fact]
    public async Task Eval_AGoldItemWithoutAnAnchor_IsAUsageErrorSayingWhatAnAnchorIs()
    {
        using var folder = new TempFolder();
        folder.Write("r1.md", Report);
        folder.Write("r1.gold.json", Gold.Replace("\"anchor\": \"Error rate: 4.1%\", ", ""));

        var (exit, _, stderr) = await RunAsync("eval", "--corpus", folder.Path);

        Assert.Equal(2, exit); // a usage error with its reason, not a crash
        Assert.Contains("r1.gold.json: 1 item(s) without an \"anchor\"", stderr);
    }

    [Fact]
    public async Task Eval_AGoldFileWithoutItsReport_IsAUsageErrorNamingIt()
    {
        using var folder = new TempFolder();
        folder.Write("r1.md", Report);
        folder.Write("r1.gold.json", Gold);
        folder.Write("r2.gold.json", Gold);

        var (exit, _, stderr) = await RunAsync("eval", "--corpus", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains("r2.gold.json has no report beside it", stderr);
    }

    [Fact]
    public async Task Eval_AFolderWithoutReportsOrAFileInsteadOfAFolder_IsAUsageError()
    {
        using var folder = new TempFolder();
        var (exit, _, stderr) = await RunAsync("eval", "--corpus", folder.Path);
        Assert.Equal(2, exit);
        Assert.Contains("holds no reports with gold files", stderr);

        folder.Write("r1.md", Report);
        (exit, _, stderr) = await RunAsync("eval", "--corpus", System.IO.Path.Combine(folder.Path, "r1.md"));
        Assert.Equal(2, exit);
        Assert.Contains("is a file; --corpus takes the folder", stderr);
    }

    [Fact]
    public async Task Eval_AGoldValueOfTheWrongType_SaysWhereInJsonWords()
    {
        using var folder = new TempFolder();
        folder.Write("r1.md", Report);
        folder.Write("r1.gold.json", Gold.Replace("\"value\": 4.1", "\"value\": \"4.1%\""));

        var (exit, _, stderr) = await RunAsync("eval", "--corpus", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains("r1.gold.json is not a valid gold file", stderr);
        Assert.Contains("$.items[0].value: the value is not of the type this field takes", stderr);
        Assert.DoesNotContain("System.Double", stderr);
    }

    [Theory]
    [InlineData("[null]", "is null")]
    [InlineData("[{\"kind\": \"metric\", \"anchor\": \"Error rate: 4.1%\", \"value\": 1e300}]", "too large to score")]
    public async Task Eval_ANullItemOrAnUnscorableNumber_IsAUsageErrorNotACrash(string items, string expected)
    {
        using var folder = new TempFolder();
        folder.Write("r1.md", Report);
        folder.Write("r1.gold.json", $$"""{"style": "test", "language": "en", "week": "2024-W20", "items": {{items}}}""");

        var (exit, _, stderr) = await RunAsync("eval", "--corpus", folder.Path);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr);
    }
}
