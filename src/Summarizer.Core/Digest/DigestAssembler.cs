using Microsoft.Extensions.Logging;
using Summarizer.Extraction;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Digest;

/// <summary>
/// Writes a run's digest.md and digest.html (the mail), digest-full.md and digest-full.html (every list whole) and
/// items.json, and keeps the mail-sized digest in the store for delivery.
/// </summary>
public sealed class DigestAssembler(WeekDigestRenderer renderer, ExtractorCatalog engines, IDigestStore store, TimeProvider time, ILogger<DigestAssembler> logger)
{
    /// <param name="dropped">The verifier's refusals in this run: listed in items.json and counted in the digest.</param>
    public async Task<WeekSnapshot> WriteAsync(IsoWeek week, IItemExtractor extractor, string outDir, IReadOnlyList<DroppedCandidate> dropped, CancellationToken ct)
    {
        var rendered = await renderer.RenderAsync(week.ToString(), engines.SummaryWriterFor(extractor), dropped, ct)
            ?? throw new InvalidOperationException($"Week {week} was not saved before assembling.");
        Directory.CreateDirectory(outDir);
        await AtomicFile.WriteTextAsync(Path.Combine(outDir, "digest.md"), rendered.Markdown, ct);
        await AtomicFile.WriteTextAsync(Path.Combine(outDir, "digest.html"), rendered.Html, ct);
        await AtomicFile.WriteTextAsync(Path.Combine(outDir, "digest-full.md"), rendered.FullMarkdown, ct);
        await AtomicFile.WriteTextAsync(Path.Combine(outDir, "digest-full.html"), rendered.FullHtml, ct);
        await AtomicFile.WriteTextAsync(Path.Combine(outDir, "items.json"), ItemsJsonWriter.Write(rendered.Week), ct);
        await store.SaveDigestAsync(new DigestRecord(week.ToString(), rendered.Markdown, rendered.Html, time.GetUtcNow()), ct);
        logger.LogInformation("Wrote digest of {Week} to {OutDir}", week, Path.GetFullPath(outDir));
        return rendered.Week;
    }
}
