using Summarizer.Extraction;
using Summarizer.Sections;
using Summarizer.Verification;

namespace Summarizer.Evaluation;

/// <summary>
/// Runs the pipeline's extraction steps over every report of an evaluation corpus — sections → extract → verify, the
/// reports read by the gatherer's loader — and scores the published items against the gold files.
/// </summary>
/// <param name="extractor">The engine under test (the CLI and bench use <see cref="OfflineExtractor"/>).</param>
public sealed class CorpusEvaluator(IItemExtractor extractor)
{
    private const int ShownProblems = 12; // one line the writer can fix from, not a wall
    private static readonly IsoWeek NoWeek = new(2000, 1); // ids only; dates come from each report's own week

    /// <summary>Loads, validates and scores the corpus under <paramref name="corpusDir"/>.</summary>
    /// <exception cref="FormatException">A report or gold file cannot be read, or a gold file does not fit its report.</exception>
    public async Task<CorpusScore> EvaluateAsync(string corpusDir, CancellationToken ct = default)
    {
        var reports = await GoldLoader.LoadAsync(corpusDir, ct).ConfigureAwait(false);
        var problems = reports.SelectMany(GoldValidator.Problems).ToList();
        if (problems.Count > 0)
            throw new FormatException($"{problems.Count} gold problem(s) in {corpusDir}: {string.Join("; ", problems.Take(ShownProblems))}"
                + (problems.Count > ShownProblems ? $"; and {problems.Count - ShownProblems} more" : ""));
        var scores = new List<ReportScore>();
        var tally = new EngineTallyBuilder(extractor);
        foreach (var report in reports)
            scores.Add(GoldMatcher.Match(report, await PublishAsync(report.Document, tally, ct).ConfigureAwait(false)));
        return CorpusScorer.Score(corpusDir, scores, tally.Build());
    }

    /// <summary>The items the pipeline would publish for one report (before history and reviews).</summary>
    public Task<IReadOnlyList<ExtractedItem>> ExtractAsync(ReportDocument report, CancellationToken ct = default) =>
        PublishAsync(report, new EngineTallyBuilder(extractor), ct);

    private async Task<IReadOnlyList<ExtractedItem>> PublishAsync(ReportDocument report, EngineTallyBuilder tally, CancellationToken ct)
    {
        var units = new SectionParser().Parse(report).HeadingUnits()
            .Where(u => u.OwnLines().Any(l => !string.IsNullOrWhiteSpace(l.Text))).ToList();
        var candidates = new List<ItemCandidate>();
        var refused = new List<DroppedCandidate>();
        await foreach (var section in extractor.ExtractAsync(units, ct).ConfigureAwait(false))
        {
            candidates.AddRange(section.Candidates);
            refused.AddRange(section.Dropped ?? []);
            tally.Section(section.Degraded);
        }
        var published = new ItemVerifier().Publish(report.Week ?? NoWeek, units, candidates, refused);
        tally.Published(candidates.Count + refused.Count, published.Drops);
        return published.Items;
    }

    private sealed class EngineTallyBuilder(IItemExtractor extractor)
    {
        private readonly Dictionary<string, int> reasons = new(StringComparer.Ordinal);
        private int sections, degraded, proposed, dropped;

        public void Section(bool isDegraded) { sections++; if (isDegraded) degraded++; }

        public void Published(int candidates, IReadOnlyList<DroppedCandidate> drops)
        {
            proposed += candidates;
            dropped += drops.Count;
            // "summary numbers not in the quote: 45, 12" and "… : 3" are one reason.
            foreach (var reason in drops.Select(d => d.Reason.Split(':', 2)[0]))
                reasons[reason] = reasons.GetValueOrDefault(reason) + 1;
        }

        public EngineTally Build() => new(extractor.Engine, extractor.Version, sections, degraded, proposed, dropped,
            reasons.OrderByDescending(r => r.Value).ThenBy(r => r.Key, StringComparer.Ordinal).ToDictionary());
    }
}
