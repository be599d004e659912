using Summarizer.Evaluation;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Evaluation;

/// <summary>The evaluation corpus under bench/eval, loaded once per test class.</summary>
public static class CorpusFiles
{
    public static string Dev => Path.Combine(RepoPaths.Root, "bench", "eval", "dev");
    public static string Holdout => Path.Combine(RepoPaths.Root, "bench", "eval", "holdout");

    /// <summary>The sets (bench/eval/README.md; <see cref="CorpusSets"/> says which are read for rule writing).</summary>
    public static IReadOnlyList<string> Names => CorpusSets.All;

    /// <summary>The folder of a set; an unknown name is an error, never another set.</summary>
    public static string Folder(string set) => Names.Contains(set)
        ? Path.Combine(RepoPaths.Root, "bench", "eval", set)
        : throw new ArgumentException($"No evaluation set '{set}': use one of {string.Join(", ", Names)}.", nameof(set));

    private static readonly Dictionary<string, Lazy<IReadOnlyList<CorpusReport>>> Sets = Names
        .ToDictionary(s => s, s => new Lazy<IReadOnlyList<CorpusReport>>(() => GoldLoader.LoadAsync(Folder(s)).GetAwaiter().GetResult()));

    public static IReadOnlyList<CorpusReport> Load(string set) => Sets[set].Value;
}
