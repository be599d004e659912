using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Cli;

/// <summary>The real executable: a bad <c>Summarizer:Digest:Language</c> stops <c>run</c> before any work, exit 2, one line.</summary>
public sealed class DigestLanguageConfigTests
{
    [Fact]
    public async Task Run_BadDigestLanguage_ExitsTwoWithOneLineNamingTheKey_AndLeavesNoStore()
    {
        using var folder = new TempFolder();
        using var process = SummarizerExecutable.Start(folder.Path, new Dictionary<string, string> { ["Summarizer__Digest__Language"] = "fr" },
            "run", "--input", RepoPaths.Samples, "--week", "2024-W26", "--engine", "offline", "--store", $"Data Source={Path.Combine(folder.Path, "s.db")}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(2, process.ExitCode);
        var line = Assert.Single((await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("summarizer: configuration is invalid: ", line);
        Assert.Contains("Summarizer:Digest:Language must be auto, en or zh.", line);
        Assert.Equal("", await stdout);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path)); // validated before the store or out/ was touched
    }
}
