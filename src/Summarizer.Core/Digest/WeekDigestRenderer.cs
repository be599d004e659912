using Summarizer.Store;

namespace Summarizer.Digest;

/// <summary>A week as people see it now: stored items with team reviews applied, composed and laid out.</summary>
public sealed record RenderedDigest(WeekSnapshot Week, string Markdown, string Html);

/// <summary>Renders a stored week (with team reviews applied) to Markdown and HTML, so reviews show in the digest at once.</summary>
public sealed class WeekDigestRenderer(IDigestStore store, DigestComposer composer, MarkdownDigestWriter markdown, HtmlDigestWriter html)
{
    /// <summary>Null when the week was never run.</summary>
    public Task<RenderedDigest?> RenderAsync(string week, IExecutiveSummaryWriter? summaryWriter = null, CancellationToken ct = default) =>
        RenderAsync(week, summaryWriter, [], ct);

    /// <summary>As above, for the run that just verified the week: <paramref name="dropped"/> are its refused candidates.</summary>
    public async Task<RenderedDigest?> RenderAsync(string week, IExecutiveSummaryWriter? summaryWriter, IReadOnlyList<DroppedCandidate> dropped, CancellationToken ct)
    {
        var stored = await store.GetWeekAsync(week, ct);
        if (stored is null) return null;
        // Reviews live beside the snapshot: read the items back through them.
        var items = await store.GetItemsAsync(new ItemQuery(Week: week), ct);
        var reviewed = stored with { Items = items, Dropped = dropped };
        var summary = summaryWriter is null
            ? OfflineExecutiveSummaryWriter.Write(reviewed)
            : await summaryWriter.WriteAsync(reviewed, ct);
        var document = composer.Compose(reviewed, summary);
        return new RenderedDigest(reviewed, markdown.Write(document), html.Write(document));
    }
}
