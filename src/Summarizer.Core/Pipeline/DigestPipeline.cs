using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Digest;
using Summarizer.Extraction;
using Summarizer.Gather;
using Summarizer.History;
using Summarizer.Sections;
using Summarizer.Store;
using Summarizer.Verification;

namespace Summarizer.Pipeline;

/// <summary>Runs gather → sections → extract → verify → compare → assemble for one week and records it in the store.</summary>
public sealed class DigestPipeline(
    ReportGatherer gatherer,
    SectionParser sectionParser,
    ExtractorCatalog engines,
    CheckpointedExtraction extract,
    ItemVerifier verifier,
    IWeekComparer comparer,
    IDigestStore store,
    RunLedger ledger,
    DigestAssembler assembler,
    IOptions<SummarizerOptions> options,
    IOptions<GatherOptions> limits,
    TimeProvider time,
    ILogger<DigestPipeline> logger)
{
    /// <summary>Runs (or resumes) a week. <paramref name="runId"/> names a run already recorded as queued (API), else one is created.</summary>
    /// <remarks>
    /// Run state goes through <see cref="RunLedger"/>: running once the week lock is held (so a running run always
    /// holds its week's lock), then succeeded, failed or cancelled. The lock is released however the run ends.
    /// </remarks>
    /// <exception cref="ConfigurationException">The engine cannot be used (e.g. llm without an endpoint); no run is recorded.</exception>
    public async Task<RunOutcome> RunAsync(RunRequest request, string? runId = null, IProgress<RunProgress>? progress = null, CancellationToken ct = default)
    {
        var extractor = engines.Resolve(request.Engine);
        var gathered = await gatherer.GatherAsync(new GatherRequest(request.InputDir, request.Week, request.Teams), ct);
        var week = request.Week ?? gathered.Week ?? throw new NothingToDigestException(
            $"Could not tell the week of the reports under {request.InputDir}: pass --week YYYY-Www or put them in a folder named like 2024-W26.");
        var run = runId is null
            ? await ledger.QueueAsync(week.ToString(), extractor.Engine, request.InputDir, ct)
            : await store.GetRunAsync(runId, ct) ?? throw new InvalidOperationException($"Run {runId} is not in the store.");
        var budget = options.Value.RunTimeBudget;
        using var overtime = new CancellationTokenSource(budget, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, overtime.Token);
        try
        {
            await using var weekLock = await new WeekLock(store, ledger, time, logger).AcquireAsync(week.ToString(), run.RunId, linked.Token);
            run = await ledger.StartAsync(run.RunId, extractor.Engine, linked.Token);
            var outcome = await RunLockedAsync(request, week, extractor, gathered, run, progress, linked.Token);
            logger.LogInformation("Run {RunId} of {Week} succeeded: {Items} items, {Dropped} dropped, {Calls} LLM calls",
                run.RunId, week, outcome.Snapshot.Items.Count, outcome.DroppedCandidates, outcome.Run.Calls);
            return outcome;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await ledger.CancelAsync(run.RunId, "cancelled before it finished; run the week again to resume from its checkpoints");
            logger.LogWarning("Run {RunId} of {Week} cancelled", run.RunId, week);
            throw;
        }
        catch (OperationCanceledException) when (overtime.IsCancellationRequested)
        {
            var reason = $"ran past its time budget of {budget} (Summarizer:RunTimeBudget); run fewer teams at a time or raise the budget";
            await ledger.FailAsync(run.RunId, reason);
            logger.LogError("Run {RunId} of {Week} {Reason}", run.RunId, week, reason);
            throw new TimeoutException($"Run {run.RunId} of {week} {reason}.");
        }
        catch (Exception ex)
        {
            await ledger.FailAsync(run.RunId, ex.Message);
            // Nothing to digest, a wrong setting, or a model endpoint that refuses us is the caller's to say in one line;
            // the stack only helps at Debug.
            if (ex is NothingToDigestException or ConfigurationException or ModelEndpointException)
                logger.LogDebug(ex, "Run {RunId} of {Week} stopped", run.RunId, week);
            else logger.LogError(ex, "Run {RunId} of {Week} failed", run.RunId, week);
            throw;
        }
    }

    // What a --team filter could have named: the report files of the week's folder.
    private static IReadOnlyList<string> TeamsThere(string inputDir, IsoWeek week)
    {
        var folder = GatherScope.Resolve(inputDir, week).Folder;
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Select(Path.GetFileNameWithoutExtension).OfType<string>()
                .Where(n => n.Length > 0 && !n.StartsWith('.')).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private async Task<RunOutcome> RunLockedAsync(RunRequest request, IsoWeek week, IItemExtractor extractor, GatherResult gathered,
        RunRecord run, IProgress<RunProgress>? progress, CancellationToken ct)
    {
        var (reports, units, rejected) = SplitIntoSections(gathered);
        if (reports.Count == 0 && request.Teams.Count > 0)
            throw new NothingToDigestException($"No report of team {string.Join(", ", request.Teams)} for {week} under {request.InputDir}; " +
                (TeamsThere(request.InputDir, week) is { Count: > 0 } teams ? $"teams there: {string.Join(", ", teams)}." : "that week has no reports."));
        if (reports.Count == 0)
            throw new NothingToDigestException($"No usable report for {week} under {request.InputDir}" +
                (rejected.Count > 0 ? $" ({rejected.Count} rejected: {rejected[0].File}: {rejected[0].Reason})" : "") +
                (GatherScope.WeekFolders(request.InputDir) is { Count: > 0 } weeks
                    ? $"; weeks there: {string.Join(", ", weeks)}"
                    : "; it holds no week folders (DIR/2024-W26/team.md)") + ".");

        // Every model call of the run from here on (extraction, repairs, the executive summary) counts in its cost line.
        var calls = ModelCallMeter.Start();
        var gate = new ProgressGate(time);
        Func<int, int, Task> report = (done, total) => gate.ShouldReport(done, total) ? ReportProgressAsync(run, done, total, progress, ct) : Task.CompletedTask;
        ExtractionOutcome extraction;
        try
        {
            extraction = await extract.RunAsync(extractor, week, units, request.NoCache, report, ct);
        }
        catch (ModelEndpointException ex) when (!string.Equals(request.Engine, "llm", StringComparison.OrdinalIgnoreCase))
        {
            // auto: the model cannot be reached or refuses us for good; the offline rules do the week (and its summary).
            logger.LogWarning("{Reason} Using the offline engine for this run.", ex.Message);
            extractor = engines.Resolve(OfflineExtractor.EngineName);
            var offline = await extract.RunAsync(extractor, week, units, request.NoCache, report, ct);
            extraction = offline with { Degraded = units.Select(u => u.Id).ToList() };
        }

        progress?.Report(new RunProgress("verify", units.Count, units.Count));
        var published = verifier.Publish(week, units, extraction.Candidates, extraction.Dropped);
        foreach (var drop in published.Drops)
            logger.LogDebug("Dropped {Kind} of {Team} in {Section}: {Reason}", drop.Kind, drop.Team, drop.Section, drop.Reason);
        if (published.Drops.Count > 0)
            logger.LogInformation("Dropped {Dropped} of {Total} candidates that were not grounded", published.Drops.Count, extraction.Candidates.Count + extraction.Dropped.Count);

        progress?.Report(new RunProgress("compare", units.Count, units.Count));
        var coverage = request.Teams.Count > 0 || request.PartOfWeek
            ? new WeekCoverage([.. request.Teams, .. reports.Select(r => r.Team)])
            : WeekCoverage.WholeWeek;
        // A team whose file was rejected did report: the digest lists its file as not used, not the team as missing.
        var reporting = reports.Select(r => r.Team).Concat(rejected.Select(r => Path.GetFileNameWithoutExtension(r.File)))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var comparison = await comparer.CompareAsync(week, published.Items, coverage.IsWholeWeek ? reporting : null, ct);
        var engine = EngineOf(extractor, comparison.Items, extraction.Degraded);
        var stored = coverage.IsWholeWeek ? null : await StoredAsExtractedAsync(week, ct);
        var snapshot = coverage.Merge(stored,
            new WeekSnapshot(week.ToString(), engine, reports, rejected, comparison.Items, comparison.Changes, extraction.Degraded)
            {
                Language = comparison.Language,
                ComparedWeeks = comparison.ComparedWeeks,
            });
        if (!coverage.IsWholeWeek)
            logger.LogInformation("Run {RunId} covers part of {Week} ({Teams}); the other {Kept} team(s) keep their stored items",
                run.RunId, week, string.Join(", ", reports.Select(r => r.Team)), snapshot.Reports.Count - reports.Count);
        await store.SaveWeekAsync(snapshot, ct);

        progress?.Report(new RunProgress("assemble", units.Count, units.Count));
        var outDir = request.OutDir ?? Path.Combine(options.Value.Output, week.ToString());
        var reviewed = await assembler.WriteAsync(week, extractor, outDir, published.Drops, ct);

        var usage = calls.Usage;
        run = await ledger.SucceedAsync(run.RunId, units.Count, usage.PromptTokens, usage.CompletionTokens, usage.Calls, ct);
        return new RunOutcome(run, reviewed, Path.GetFullPath(outDir), published.Drops.Count);
    }

    /// <summary>The stored week with its items as extracted: storing them again must not bake reviews into them.</summary>
    private async Task<WeekSnapshot?> StoredAsExtractedAsync(IsoWeek week, CancellationToken ct) =>
        await store.GetWeekAsync(week.ToString(), ct) is { } stored
            ? stored with { Items = await store.GetItemsAsync(new ItemQuery(week.ToString(), WithReviews: false), ct) }
            : null;

    /// <summary>Step 2: every report's heading units with text; a report that cannot be split is rejected, not fatal.</summary>
    private (List<ReportInfo> Reports, List<ReportSection> Units, List<RejectedFile> Rejected) SplitIntoSections(GatherResult gathered)
    {
        var rejected = gathered.Rejected.ToList();
        var reports = new List<ReportInfo>();
        var units = new List<ReportSection>();
        foreach (var report in gathered.Reports)
        {
            try
            {
                var all = sectionParser.Parse(report).HeadingUnits().ToList();
                var headings = all.Count(u => u.Kind == SectionKind.Heading);
                if (limits.Value.SectionsProblem(headings) is { } tooMany)
                {
                    logger.LogWarning("Rejected {File}: {Sections} sections, limit {Limit}", report.File, headings, limits.Value.MaxSectionsPerReport);
                    rejected.Add(new RejectedFile(report.File, tooMany));
                    continue;
                }
                var own = all.Where(u => u.OwnLines().Any(l => !string.IsNullOrWhiteSpace(l.Text))).ToList();
                units.AddRange(own);
                reports.Add(new ReportInfo(report.Team, report.File, own.Count, report.Encoding));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not split {File} into sections", report.File);
                rejected.Add(new RejectedFile(report.File, $"could not be split into sections ({ex.Message}); check its headings and lists"));
            }
        }
        return (reports, units, rejected);
    }

    private async Task ReportProgressAsync(RunRecord run, int done, int total, IProgress<RunProgress>? progress, CancellationToken ct)
    {
        progress?.Report(new RunProgress("extract", done, total));
        await ledger.ProgressAsync(run.RunId, done, total, ct);
    }

    private static string EngineOf(IItemExtractor extractor, IReadOnlyList<ExtractedItem> items, IReadOnlyList<string> degraded)
    {
        if (extractor.Engine == OfflineExtractor.EngineName) return "offline";
        // The model failed and the offline rules wrote every item: offline, with the degraded sections listed.
        if (degraded.Count > 0 && items.All(i => i.Engine == OfflineExtractor.EngineName)) return "offline";
        return degraded.Count > 0 || items.Any(i => i.Engine == OfflineExtractor.EngineName) ? "mixed" : "llm";
    }
}
