using System.Globalization;
using Summarizer.Bench.Reporting;
using Summarizer.Extraction;
using Summarizer.Sections;
using Summarizer.Tests.Robustness.Corpus;
using Summarizer.Verification;

namespace Summarizer.Bench.Offline;

/// <summary>
/// Per-report cost of the offline engine, English and Chinese apart: CPU time of this thread and bytes it allocated
/// per report, the median of <see cref="Repetitions"/> repetitions over <see cref="ReportsPerLanguage"/> reports of
/// each language. Thread CPU time leaves out what other processes on the shared machine do; interleaving the two
/// languages in every repetition lets a load swing touch both alike. Two stages: extraction alone
/// (<see cref="OfflineExtractor.Extract"/> over every heading unit), and a report end to end in memory
/// (sections → extract → verify).
/// </summary>
public sealed class PerReportBench(IsoWeek week)
{
    public const int ReportsPerLanguage = 50;
    public const int Repetitions = 9;
    private const int WarmUps = 3;

    private readonly SectionParser _parser = new();
    private readonly OfflineExtractor _engine = new();

    public IReadOnlyList<ResultRow> Run(List<string> notes)
    {
        var corpus = new TeamReportCorpus();
        // TeamReportCorpus writes Chinese reports at even indexes and English ones at odd.
        var languages = new[] { ("en", Reports(corpus, 1)), ("zh", Reports(corpus, 0)) };
        var stages = new (string Name, Func<Sample, int> Run)[] { ("extract", Extract), ("sections+extract+verify", EndToEnd) };
        // Warm-up until tiered JIT has had time to compile the hot rules fully: at least WarmUps passes and 3 s.
        var warm = System.Diagnostics.Stopwatch.StartNew();
        for (int pass = 0; pass < WarmUps || warm.Elapsed < TimeSpan.FromSeconds(3); pass++)
            foreach (var (_, run) in stages)
                foreach (var (_, samples) in languages) samples.Sum(run);
        var cpu = new Dictionary<(string, string), List<double>>();
        var bytes = new Dictionary<(string, string), List<double>>();
        for (int rep = 0; rep < Repetitions; rep++)
            foreach (var (stage, run) in stages)
                foreach (var (language, samples) in languages)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    var (cpuMs, allocated, _) = ThreadCost.Measure(() => samples.Sum(run));
                    Add(cpu, (stage, language), cpuMs / samples.Count);
                    Add(bytes, (stage, language), (double)allocated / samples.Count);
                }
        var rows = new List<ResultRow>();
        foreach (var (stage, _) in stages)
        {
            foreach (var (language, samples) in languages)
            {
                var times = cpu[(stage, language)];
                double kb = samples.Average(s => s.Bytes) / 1000;
                rows.Add(new ResultRow("per report", $"{stage}, {language} report (≈{kb:F1} KB text)",
                    $"{Median(times):F3} ms CPU = {Median(times) * 1000 / kb:F0} µs/KB (spread {times.Min():F3}–{times.Max():F3}), " +
                    $"{Median(bytes[(stage, language)]) / 1024:F0} KB allocated"));
            }
            double ratio = Median(cpu[(stage, "en")]) / Median(cpu[(stage, "zh")]);
            rows.Add(new ResultRow("per report", $"{stage}, en ÷ zh CPU time per report", ratio.ToString("F2", CultureInfo.InvariantCulture),
                stage == "extract" ? "≤ 2" : "", stage == "extract" ? ResultRow.Check(ratio <= 2) : Verdict.None));
        }
        notes.Add($"Per report: {ReportsPerLanguage} generated reports per language (TeamReportCorpus, in memory), warm-up passes (at least {WarmUps} and 3 s, so tiered JIT is done) and " +
                  $"{Repetitions} measured repetitions, each running every stage over every report of both languages once; a figure is the median " +
                  "repetition's thread CPU time (Linux CLOCK_THREAD_CPUTIME_ID, elsewhere the process's) and " +
                  "GC.GetAllocatedBytesForCurrentThread, divided by the reports; the spread is the fastest and slowest repetition.");
        return rows;
    }

    private List<Sample> Reports(TeamReportCorpus corpus, int first)
    {
        var samples = new List<Sample>();
        for (int i = first; samples.Count < ReportsPerLanguage; i += 2)
        {
            var text = corpus.Report(week, i);
            var report = new ReportDocument
            {
                Team = $"team-{i:D3}", File = $"{week}/team-{i:D3}.md", Encoding = "utf-8", Format = "md",
                Lines = text.Split('\n'), Week = week, ContentHash = i.ToString(CultureInfo.InvariantCulture),
            };
            samples.Add(new Sample(report, _parser.Parse(report).HeadingUnits().ToList(), System.Text.Encoding.UTF8.GetByteCount(text)));
        }
        return samples;
    }

    private int Extract(Sample sample)
    {
        int n = 0;
        foreach (var unit in sample.Units) n += _engine.Extract(unit).Count;
        return n;
    }

    private int EndToEnd(Sample sample)
    {
        var verifier = new ItemVerifier(); // a fresh one per report, as a run joins each unit's text once
        int n = 0;
        foreach (var unit in _parser.Parse(sample.Report).HeadingUnits())
            foreach (var candidate in _engine.Extract(unit))
                if (verifier.Verify(unit, candidate).Item is not null) n++;
        return n;
    }

    private static void Add(Dictionary<(string, string), List<double>> figures, (string, string) key, double value)
    {
        if (!figures.TryGetValue(key, out var list)) figures[key] = list = [];
        list.Add(value);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        int mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private sealed record Sample(ReportDocument Report, List<ReportSection> Units, int Bytes);
}
