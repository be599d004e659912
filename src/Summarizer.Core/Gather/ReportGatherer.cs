using Summarizer.Gather.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Text;

namespace Summarizer.Gather;

/// <summary>
/// Step 1: finds the week's report files under the input folder (the folder source) and decodes them, then merges
/// the reports other <see cref="IReportSource"/>s hold for the week (mailbox, upload): one report per team, the
/// newest wins — a folder file by its last write time, a submission by its received time. One bad file never sinks
/// the run: it is listed in <see cref="GatherResult.Rejected"/> with its reason and the rest go on.
/// </summary>
public sealed class ReportGatherer(ILogger<ReportGatherer> logger, IOptions<GatherOptions>? options = null, IEnumerable<IReportSource>? sources = null)
{
    private readonly ReportFileLoader _loader = new(options?.Value ?? new GatherOptions(), logger ?? NullLogger<ReportGatherer>.Instance);
    private readonly IReadOnlyList<IReportSource> _sources = sources?.ToList() ?? [];

    /// <exception cref="DirectoryNotFoundException">The input folder does not exist.</exception>
    public async Task<GatherResult> GatherAsync(GatherRequest request, CancellationToken ct = default)
    {
        var scope = GatherScope.Resolve(request.InputDir, request.Week);
        var filter = request.Teams is { Count: > 0 } t ? new HashSet<string>(t.Select(x => x.Trim()), StringComparer.OrdinalIgnoreCase) : null;
        var candidates = new List<(LoadedFile File, string Team, IsoWeek? TextWeek)>();
        var rejected = new List<RejectedFile>();

        var files = new List<LoadedFile>();
        var resolvedRoot = ResolvedPath.Of(scope.Root);
        foreach (var entry in new DirectoryInfo(scope.Folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var rel = Path.GetRelativePath(scope.Root, entry.FullName).Replace('\\', '/');
            var file = await _loader.LoadAsync(entry, rel, resolvedRoot, ct).ConfigureAwait(false);
            if (!file.Ignored) files.Add(file);
        }
        // A file named after a team owns that team's slot, whatever order the names sort in (see TeamSlots).
        var namedAfter = files.Select(f => f.Stem).Where(s => s.Length > 0).ToList();
        foreach (var file in files)
        {
            var rel = file.RelativePath;
            if (file.Rejected is { } r)
            {
                if (filter is null || filter.Contains(file.Stem)) Reject(rejected, r);
                continue;
            }
            var lines = file.Content!.Lines!;
            var front = FrontMatter.Find(lines);
            var claimed = front?["team"]?.Trim();
            var team = claimed ?? file.Stem.Trim();
            if (filter is not null && !filter.Contains(team) && !filter.Contains(file.Stem)) continue;
            if (TeamName.Problem(team) is { } problem)
            {
                var origin = claimed is not null ? "front matter ('team:')" : "file name";
                Reject(rejected, new RejectedFile(rel, $"names the team '{team}' in its {origin}, but that name {problem}; {TeamName.Allowed}"));
                continue;
            }
            if (claimed is not null && TeamName.OwnerOf(claimed, file.Stem, namedAfter) is { } owner)
            {
                Reject(rejected, new RejectedFile(rel,
                    $"names team '{claimed}' in its front matter, but another file ('{owner}') is named after that team; a report speaks for its own team only, so fix 'team:' or the file name"));
                continue;
            }
            if (filter is not null && !filter.Contains(team)) continue;
            var textWeek = WeekDetector.FromReport(lines, scope.Week);
            candidates.Add((file, team, textWeek));
        }

        var week = scope.Week ?? candidates.Select(c => c.TextWeek).Where(w => w is not null).DefaultIfEmpty().Max();
        var reports = new List<ReportDocument>();
        foreach (var (file, team, textWeek) in candidates)
        {
            if (scope.FromText && textWeek is { } tw && week is { } runWeek && tw != runWeek)
            {
                logger.LogInformation("Skipping {File}: its text names week {TextWeek}, not {Week}", file.RelativePath, tw, runWeek);
                continue;
            }
            if (!scope.FromText && textWeek is { } named && named != week)
                logger.LogWarning("{File} sits in the {Week} folder but its text names {TextWeek}: was last week's report copied?", file.RelativePath, week, named);
            // Two files for one team: neither may speak for it, or a stray file that sorts first would silently
            // replace the team's report (Payments.md beside payments.md, two front-matter claims).
            var rivals = candidates.Where(c => c.File != file && TeamName.Same(c.Team, team)).Select(c => c.File.RelativePath).ToList();
            if (rivals.Count > 0)
            {
                Reject(rejected, new RejectedFile(file.RelativePath,
                    $"reports team '{team}', which is also reported in {string.Join(", ", rivals)}; keep one report per team and week (none of them is used until then)"));
                continue;
            }
            reports.Add(ReportDocuments.From(file, team, week, new ReportProvenance("folder", file.RelativePath, file.WrittenAt ?? DateTimeOffset.MinValue)));
        }
        if (week is { } known && _sources.Count > 0) await MergeSubmittedAsync(known, filter, reports, rejected, ct).ConfigureAwait(false);
        logger.LogInformation("Gathered {Reports} reports for {Week} from {Dir}; rejected {Rejected} files",
            reports.Count, week?.ToString() ?? "(unknown week)", scope.Folder, rejected.Count);
        return new GatherResult(reports, rejected) { Week = week };
    }

    /// <summary>
    /// Adds the newest submission of each team from the other sources, replacing the team's folder file when the
    /// submission is newer (and staying out when the folder file is newer). A submission that cannot be read is
    /// rejected with its reason and the team's folder file, if any, is used.
    /// </summary>
    private async Task MergeSubmittedAsync(IsoWeek week, HashSet<string>? filter, List<ReportDocument> reports, List<RejectedFile> rejected, CancellationToken ct)
    {
        var submitted = new List<SubmittedReport>();
        foreach (var source in _sources)
        {
            submitted.AddRange(await source.ListAsync(week, ct).ConfigureAwait(false));
            // A refused mail is listed like a rejected file: the team sees why its report is not in the digest.
            foreach (var refusal in await source.ListRefusedAsync(week, ct).ConfigureAwait(false))
                if (filter is null || (refusal.Team is { } t && filter.Contains(t.Trim())))
                    Reject(rejected, new RejectedFile(SubmissionFile.Of(refusal), RefusalReason(refusal)));
        }
        var newest = submitted
            .Where(s => s.Week == week && (filter is null || filter.Contains(s.Team.Trim())))
            .DistinctBy(s => (s.Provenance.Source, s.Provenance.Reference))
            .GroupBy(s => TeamName.Key(s.Team))
            .Select(g => g.OrderByDescending(s => s.Provenance.ReceivedAt).First());
        var reader = new SubmittedReportReader(_loader);
        foreach (var submission in newest)
        {
            var (report, refused) = reader.Read(submission);
            if (refused is not null)
            {
                Reject(rejected, refused);
                continue;
            }
            var index = reports.FindIndex(r => TeamName.Same(r.Team, report!.Team));
            if (index >= 0 && reports[index].Provenance?.ReceivedAt > submission.Provenance.ReceivedAt)
            {
                logger.LogInformation("Using {File} for {Team}: it is newer than the submission {Submission}", reports[index].File, report!.Team, report.File);
                continue;
            }
            if (index >= 0)
            {
                logger.LogInformation("Using the submission {Submission} for {Team}: it is newer than {File}", report!.File, report.Team, reports[index].File);
                reports.RemoveAt(index);
            }
            reports.Add(report!);
        }
    }

    // "from growth@example.com "weekly 2024-W26": its attachment …" — who sent what, as a person recognises it.
    private static string RefusalReason(RefusedSubmission r) =>
        $"from {r.Provenance.Sender ?? r.Provenance.Reference}" +
        (string.IsNullOrWhiteSpace(r.Provenance.Subject) ? "" : $" \"{r.Provenance.Subject}\"") + ": " + r.Reason;

    private void Reject(List<RejectedFile> rejected, RejectedFile file)
    {
        logger.LogWarning("Rejected {File}: {Reason}", file.File, file.Reason);
        rejected.Add(file);
    }
}
