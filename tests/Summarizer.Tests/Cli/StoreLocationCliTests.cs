using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Cli;

/// <summary>The CLI and the store's location: a missing folder is created, an unusable file is named in the one-line error.</summary>
public sealed class StoreLocationCliTests
{
    [Fact]
    public async Task Run_StoreInAFolderThatDoesNotExist_CreatesItAndWritesTheDigest()
    {
        using var folder = new TempFolder();
        var input = Path.Combine(folder.Path, "reports");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Samples, "2024-W26")))
            folder.Write(Path.Combine("reports", "2024-W26", Path.GetFileName(file)), File.ReadAllBytes(file));
        var db = Path.Combine(folder.Path, "data", "new", "summarizer.db");

        var (exit, _, stderr) = await RunCommandTests.RunAsync(folder.Path, "run", "--input", input, "--engine", "offline", "--store", $"Data Source={db}");

        Assert.True(exit == 0, stderr);
        Assert.True(File.Exists(db));
    }

    [Fact]
    public async Task Items_StoreFileIsNotADatabase_OneLineNamingThePath()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "summarizer.db");
        await File.WriteAllTextAsync(db, new string('#', 4096));

        var (exit, _, stderr) = await RunCommandTests.RunAsync(folder.Path, "items", "--store", $"Data Source={db}");

        Assert.NotEqual(0, exit);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("summarizer: ", StringComparison.Ordinal));
        Assert.Contains($"store {db} is not a database: ", line);
    }
}
