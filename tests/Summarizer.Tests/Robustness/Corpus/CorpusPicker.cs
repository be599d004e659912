namespace Summarizer.Tests.Robustness.Corpus;

/// <summary>Seeded choices for one report: words, numbers and dates within its week.</summary>
internal sealed class CorpusPicker(Random random, IsoWeek week)
{
    public T One<T>(IReadOnlyList<T> options) => options[random.Next(options.Count)];

    /// <summary>Distinct picks, in a seeded order.</summary>
    public IReadOnlyList<T> Some<T>(IReadOnlyList<T> options, int count) =>
        options.OrderBy(_ => random.Next()).Take(Math.Min(count, options.Count)).ToList();

    public int Int(int min, int maxInclusive) => random.Next(min, maxInclusive + 1);

    public bool Chance(double p) => random.NextDouble() < p;

    /// <summary>A day of the report's week (0 = Monday).</summary>
    public DateOnly Day(int offset) => week.Monday.AddDays(offset);

    /// <summary>A date some weeks after the report's week.</summary>
    public DateOnly Later(int minDays, int maxDays) => week.Monday.AddDays(Int(minDays, maxDays));
}
