namespace Summarizer.Tests.TestSupport;

/// <summary>Paths inside the repository, found from the test binary's folder (nothing outside the clone is read).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "reports");
    public static string Prompts => Path.Combine(Root, "prompts");
    /// <summary>docs/schema: the JSON schemas of items.json and of the model's extraction answer.</summary>
    public static string Schemas => Path.Combine(Root, "docs", "schema");

    /// <summary>Test data of the AI tests (realistic reports and answers).</summary>
    public static string Data(string name) => Path.Combine(Root, "tests", "Summarizer.Tests", "AI", "Data", name);

    /// <summary>A private copy of prompts/, for tests that change a template.</summary>
    public static string CopyPrompts()
    {
        var target = Path.Combine(Path.GetTempPath(), "summarizer-prompts-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(Prompts, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Prompts, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln"))) return dir.FullName;
        throw new InvalidOperationException("Summarizer.sln not found above " + AppContext.BaseDirectory);
    }
}
