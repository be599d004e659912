using Microsoft.Extensions.Options;
using Summarizer.Digest.Html;
using Summarizer.Digest.Sections;
using Summarizer.Store;

namespace Summarizer.Digest;

/// <summary>
/// A week as people see it now: the mail-sized digest (<see cref="Markdown"/>, <see cref="Html"/>) and the full one
/// (<see cref="FullMarkdown"/>, <see cref="FullHtml"/>), both from the stored items with team reviews applied.
/// </summary>
public sealed record RenderedDigest(WeekSnapshot Week, string Markdown, string Html, string FullMarkdown, string FullHtml);

/// <summary>Renders a stored week (with team reviews applied) to Markdown and HTML, so reviews show in the digest at once.</summary>
public sealed class WeekDigestRenderer(
    IDigestStore store, DigestComposer composer, MarkdownDigestWriter markdown, HtmlDigestWriter html, IOptions<DigestLinkOptions>? links = null,
    TimeProvider? time = null)
{
    /// <summary>Earlier weeks read for the trend pictures: with this week, two months of points.</summary>
    public const int ChartWeeks = 7;

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
            ? OfflineExecutiveSummaryWriter.Write(reviewed, time) // the composer's clock: both see the same overdue asks
            : await summaryWriter.WriteAsync(reviewed, ct);
        var document = composer.Compose(reviewed, summary, await HistoryAsync(stored.Week, ct)) with
        {
            Links = DigestLinks.For(stored.Week, links?.Value.BaseUrl),
        };
        var mail = DigestLayout.Mail(document);
        var full = DigestLayout.Full(document);
        return new RenderedDigest(reviewed, markdown.Write(mail), await html.WriteAsync(mail), markdown.Write(full), await html.WriteAsync(full));
    }

    /// <summary>Stored weeks before <paramref name="week"/>, oldest first, reviews applied; gaps are skipped.</summary>
    private async Task<IReadOnlyList<WeekSnapshot>> HistoryAsync(string week, CancellationToken ct)
    {
        if (!IsoWeek.TryParse(week, out var w)) return [];
        var weeks = new List<WeekSnapshot>();
        for (int i = 0; i < ChartWeeks; i++)
        {
            w = w.Previous;
            if (await store.GetWeekAsync(w.ToString(), ct) is not { } snapshot) continue;
            weeks.Add(snapshot with { Items = await store.GetItemsAsync(new ItemQuery(Week: snapshot.Week), ct) });
        }
        weeks.Reverse();
        return weeks;
    }
}
