using Microsoft.Extensions.Options;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Host.Pages;

/// <summary>
/// Finds the folder a week was run from and reads the excerpts of its items (never outside <see cref="InputRoot"/>),
/// through the gatherer's own loader so the lines are exactly those the items cite, converted formats included. An
/// item cited from a submission (<see cref="SubmissionFile"/>) is read from the store's newest submission of its team.
/// </summary>
internal sealed class SourceExcerptReader(InputRoot root, IDigestStore store, IReportSubmissionStore submissions, IOptions<GatherOptions> gather,
    ILogger<SourceExcerptReader> logger)
{
    private readonly ReportFileLoader _loader = new(gather.Value, logger);

    /// <summary>The input folder of the week's latest successful run if it lies inside the input root, else the root.</summary>
    public async Task<string> InputFolderAsync(string week, CancellationToken ct)
    {
        var runs = await store.ListRunsAsync(week, 20, ct);
        var input = runs.Where(r => r.State == RunState.Succeeded && r.Input is not null)
            .OrderByDescending(r => r.CreatedAt).Select(r => Path.GetFullPath(r.Input!)).FirstOrDefault();
        return input is not null && root.Contains(Path.TrimEndingDirectorySeparator(input)) ? input : root.FullPath;
    }

    public async Task<SourceExcerpt> ReadAsync(string folder, string week, SourceRef source, Dictionary<string, IReadOnlyList<string>?> cache, CancellationToken ct)
    {
        if (SubmissionFile.IsSubmission(source.File)) return await ReadSubmittedAsync(week, source, cache, ct);
        var path = root.ResolveFile(folder, source.File);
        if (path is null) return SourceExcerpt.QuoteOnly(source, "The cited file lies outside the input folder; showing the stored quote.");
        if (!cache.TryGetValue(path, out var lines))
        {
            var loaded = File.Exists(path) ? await _loader.LoadAsync(new FileInfo(path), source.File, root.ResolvedFullPath, ct) : null;
            if (loaded?.Rejected is { } rejected) logger.LogWarning("Could not read {File} for the review page: {Reason}", source.File, rejected.Reason);
            lines = loaded?.Content?.Lines is { } read ? Summarizer.Text.ControlCharacters.Strip(read) : null; // as the pipeline read them
            cache[path] = lines;
        }
        return lines is null
            ? SourceExcerpt.QuoteOnly(source, "The report file is no longer in the input folder; showing the stored quote.")
            : SourceExcerpt.FromLines(lines, source);
    }

    private async Task<SourceExcerpt> ReadSubmittedAsync(string week, SourceRef source, Dictionary<string, IReadOnlyList<string>?> cache, CancellationToken ct)
    {
        if (!cache.TryGetValue(source.File, out var lines))
        {
            var latest = IsoWeek.TryParse(week, out var w) ? await submissions.ListLatestAsync(w, ct) : [];
            var submitted = latest.FirstOrDefault(s => SubmissionFile.Of(s) == source.File);
            lines = submitted is null ? null : new SubmittedReportReader(_loader).Read(submitted).Report?.Lines;
            cache[source.File] = lines;
        }
        return lines is null
            ? SourceExcerpt.QuoteOnly(source, "A newer report was submitted since the run; showing the stored quote.")
            : SourceExcerpt.FromLines(lines, source);
    }
}
