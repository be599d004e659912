using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.Text;

namespace Summarizer.Gather;

/// <summary>
/// Step 1: finds the week's report files under the input folder and decodes them. One bad file never sinks the run:
/// it is listed in <see cref="GatherResult.Rejected"/> with its reason and the rest go on.
/// </summary>
public sealed class ReportGatherer(ILogger<ReportGatherer> logger, IOptions<GatherOptions>? options = null)
{
    private readonly ReportFileLoader _loader = new(options?.Value ?? new GatherOptions(), logger ?? NullLogger<ReportGatherer>.Instance);

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
                var origin = claimed is not null ? "front matter 'team:'" : "file name";
                Reject(rejected, new RejectedFile(rel, $"team name '{team}' from the {origin} {problem}; use letters, digits, spaces, '-' or '_'"));
                continue;
            }
            if (claimed is not null && TeamName.OwnerOf(claimed, file.Stem, namedAfter) is { } owner)
            {
                Reject(rejected, new RejectedFile(rel,
                    $"its front matter claims team '{claimed}', but another file is named after that team ('{owner}'); a report speaks for its own team only — fix 'team:' or the file name"));
                continue;
            }
            if (filter is not null && !filter.Contains(team)) continue;
            var textWeek = IsoWeek.TryParse(front?["week"], out var fw) ? fw : WeekDetector.FromText(lines);
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
                    $"team '{team}' is also reported in {string.Join(", ", rivals)}; keep one report per team and week (none of them is used until then)"));
                continue;
            }
            reports.Add(Document(file, team, week));
        }
        logger.LogInformation("Gathered {Reports} reports for {Week} from {Dir}; rejected {Rejected} files",
            reports.Count, week?.ToString() ?? "(unknown week)", scope.Folder, rejected.Count);
        return new GatherResult(reports, rejected) { Week = week };
    }

    private void Reject(List<RejectedFile> rejected, RejectedFile file)
    {
        logger.LogWarning("Rejected {File}: {Reason}", file.File, file.Reason);
        rejected.Add(file);
    }

    private static ReportDocument Document(LoadedFile file, string team, IsoWeek? week)
    {
        var lines = file.Content!.Lines!;
        return new ReportDocument
        {
            Team = team,
            File = file.RelativePath,
            Encoding = file.Content.Encoding,
            Format = file.Format!,
            Lines = lines,
            Week = week,
            ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextLines.Join(lines)))),
        };
    }
}
