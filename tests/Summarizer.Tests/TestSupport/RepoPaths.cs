namespace Summarizer.Tests.TestSupport;

/// <summary>Paths of the repository and of ../shared, found from the test binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "reports");
    public static string Prompts => Path.Combine(Root, "prompts");
    public static string Contracts => Path.Combine(Root, "..", "shared", "contracts");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Summarizer.sln"))) return dir.FullName;
        throw new InvalidOperationException("Summarizer.sln not found above " + AppContext.BaseDirectory);
    }
}
