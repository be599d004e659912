using Microsoft.Extensions.Logging;
using Summarizer.Store;

namespace Summarizer.Extraction;

/// <summary>What the extract step produced for a run.</summary>
/// <param name="Degraded">Ids of sections the preferred engine failed on (extracted offline instead).</param>
/// <param name="Dropped">Candidates the engine refused before the verifier saw them (LLM grounding), with their reasons.</param>
public sealed record ExtractionOutcome(IReadOnlyList<ItemCandidate> Candidates, ExtractionUsage Usage, IReadOnlyList<string> Degraded,
    IReadOnlyList<DroppedCandidate> Dropped);

/// <summary>
/// Step 3 with checkpoints: a section whose result is in the store (same text, engine version and year) is not
/// extracted again (its candidates and the engine's drops come from the store), and each new result is saved as soon as it arrives — so a re-run is free and a crashed run resumes.
/// Degraded results are not saved: the next run asks the preferred engine again.
/// </summary>
public sealed class CheckpointedExtraction(IDigestStore store, ILogger<CheckpointedExtraction> logger)
{
    /// <param name="progress">Called with (sections done, total) as results arrive.</param>
    public async Task<ExtractionOutcome> RunAsync(IItemExtractor extractor, IsoWeek week, IReadOnlyList<ReportSection> units, bool noCache,
        Func<int, int, Task> progress, CancellationToken ct)
    {
        var candidates = new List<ItemCandidate>();
        var degraded = new List<string>();
        var dropped = new List<DroppedCandidate>();
        var keys = units.ToDictionary(u => u.Id, u => SectionCheckpoint.Key(extractor, u, week));
        var pending = new List<ReportSection>();
        foreach (var unit in units)
        {
            var saved = noCache ? null : await store.GetSectionResultAsync(keys[unit.Id], ct);
            if (saved is null) pending.Add(unit);
            else
            {
                candidates.AddRange(saved.Candidates.Select(c => c with { SectionId = unit.Id }));
                dropped.AddRange(saved.Dropped);
            }
        }
        int done = units.Count - pending.Count;
        var usage = ExtractionUsage.None with { CachedSections = done };
        logger.LogInformation("Extracting {Pending} sections with the {Engine} engine ({Reused} reused from the store)", pending.Count, extractor.Engine, done);
        await progress(done, units.Count);

        await foreach (var result in extractor.ExtractAsync(pending, ct))
        {
            candidates.AddRange(result.Candidates);
            usage = usage.Add(result.Usage);
            if (result.Dropped is { } refused) dropped.AddRange(refused);
            if (result.Degraded) degraded.Add(result.SectionId);
            else await store.SaveSectionResultAsync(keys[result.SectionId], new SectionResult(result.Candidates, result.Dropped ?? []), ct);
            await progress(++done, units.Count);
        }
        return new ExtractionOutcome(candidates, usage, degraded, dropped);
    }
}
