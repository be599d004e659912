using System.Diagnostics;

namespace Summarizer.Tests.TestSupport;

/// <summary>The real <c>summarizer</c> executable: the host's build output, started with <c>dotnet summarizer.dll</c>.</summary>
internal static class SummarizerExecutable
{
    public static string Dll { get; } = Find();

    public static Process Start(string workingDirectory, params string[] args) =>
        Start(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>Starts the executable with extra <paramref name="environment"/> variables (e.g. a test hook's).</summary>
    public static Process Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>Next to the test assembly when the build copied it with its runtime config, else the host's own bin folder.</summary>
    private static string Find()
    {
        var here = Path.Combine(AppContext.BaseDirectory, "summarizer.dll");
        if (File.Exists(here) && File.Exists(Path.ChangeExtension(here, ".runtimeconfig.json"))) return here;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var bin = Path.Combine(RepoPaths.Root, "src", "Summarizer.Host", "bin");
        var candidates = new[] { configuration, configuration == "Release" ? "Debug" : "Release" }
            .Select(c => Path.Combine(bin, c, "net10.0", "summarizer.dll")).Where(File.Exists).ToList();
        return candidates.FirstOrDefault() ?? throw new FileNotFoundException(
            $"summarizer.dll not found next to the tests or under {bin}; build Summarizer.sln first.");
    }
}
