using Summarizer.Evaluation;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Evaluation;

/// <summary>The evaluation corpus under bench/eval, loaded once per test class.</summary>
public static class CorpusFiles
{
    public static string Dev => Path.Combine(RepoPaths.Root, "bench", "eval", "dev");
    public static string Holdout => Path.Combine(RepoPaths.Root, "bench", "eval", "holdout");

    private static readonly Lazy<IReadOnlyList<CorpusReport>> DevReports = new(() => GoldLoader.LoadAsync(Dev).GetAwaiter().GetResult());
    private static readonly Lazy<IReadOnlyList<CorpusReport>> HoldoutReports = new(() => GoldLoader.LoadAsync(Holdout).GetAwaiter().GetResult());

    public static IReadOnlyList<CorpusReport> Load(string set) => set == "dev" ? DevReports.Value : HoldoutReports.Value;
}
