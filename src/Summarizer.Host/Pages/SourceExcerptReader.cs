using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Host.Pages;

/// <summary>Finds the folder a week was run from and reads the excerpts of its items (never outside <see cref="InputRoot"/>).</summary>
internal sealed class SourceExcerptReader(InputRoot root, IDigestStore store, ILogger<SourceExcerptReader> logger)
{
    /// <summary>The input folder of the week's latest successful run if it lies inside the input root, else the root.</summary>
    public async Task<string> InputFolderAsync(string week, CancellationToken ct)
    {
        var runs = await store.ListRunsAsync(week, 20, ct);
        var input = runs.Where(r => r.State == RunState.Succeeded && r.Input is not null)
            .OrderByDescending(r => r.CreatedAt).Select(r => Path.GetFullPath(r.Input!)).FirstOrDefault();
        return input is not null && root.Contains(Path.TrimEndingDirectorySeparator(input)) ? input : root.FullPath;
    }

    public async Task<SourceExcerpt> ReadAsync(string folder, SourceRef source, Dictionary<string, IReadOnlyList<string>?> cache, CancellationToken ct)
    {
        var path = root.ResolveFile(folder, source.File);
        if (path is null) return SourceExcerpt.QuoteOnly(source, "The cited file lies outside the input folder; showing the stored quote.");
        if (!SourceText.IsPlainText(path)) return SourceExcerpt.QuoteOnly(source, "The report was converted to text when read; showing the stored quote.");
        if (!cache.TryGetValue(path, out var lines))
        {
            try { lines = await SourceText.ReadLinesAsync(path, ct); }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not read {File} for the review page", source.File);
                lines = null;
            }
            cache[path] = lines;
        }
        return lines is null
            ? SourceExcerpt.QuoteOnly(source, "The report file is no longer in the input folder; showing the stored quote.")
            : SourceExcerpt.FromLines(lines, source);
    }
}
