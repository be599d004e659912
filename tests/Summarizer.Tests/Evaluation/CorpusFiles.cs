using Summarizer.Evaluation;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Evaluation;

/// <summary>The evaluation corpus under bench/eval, loaded once per test class.</summary>
public static class CorpusFiles
{
    public static string Dev => Path.Combine(RepoPaths.Root, "bench", "eval", "dev");
    public static string Holdout => Path.Combine(RepoPaths.Root, "bench", "eval", "holdout");

    /// <summary>Reports and gold written by someone who never saw the engine or the other sets; never tuned to.</summary>
    public static string Independent => Path.Combine(RepoPaths.Root, "bench", "eval", "independent");

    /// <summary>The folder of a set: dev, holdout or independent.</summary>
    public static string Folder(string set) => set switch { "dev" => Dev, "holdout" => Holdout, _ => Independent };

    private static readonly Dictionary<string, Lazy<IReadOnlyList<CorpusReport>>> Sets = new[] { "dev", "holdout", "independent" }
        .ToDictionary(s => s, s => new Lazy<IReadOnlyList<CorpusReport>>(() => GoldLoader.LoadAsync(Folder(s)).GetAwaiter().GetResult()));

    public static IReadOnlyList<CorpusReport> Load(string set) => Sets[set].Value;
}
