namespace Summarizer.Tests.Gather;

/// <summary>Finds files of the repository from the test's output folder.</summary>
public static class RepoPaths
{
    public static string Samples
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples", "reports");
                if (Directory.Exists(candidate)) return candidate;
            }
            throw new DirectoryNotFoundException("samples/reports not found above " + AppContext.BaseDirectory);
        }
    }
}
