using Summarizer.Host.Api;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Pages.Review;

/// <summary>An item on the review page with the source lines around its quote and its review history.</summary>
public sealed record ReviewedItem(ExtractedItem Item, SourceExcerpt Excerpt, IReadOnlyList<ItemReview> History);

/// <summary>
/// Everything <see cref="ReviewPageView"/> shows for one team and week: the stored items (none before the week's first
/// run), the upload form, and after an upload the preview of what the digest will say from it.
/// </summary>
public sealed record ReviewPageModel(
    string Team, string Week, IReadOnlyList<string> Weeks, bool WeekRun, IReadOnlyList<ReviewedItem> Items, string? Saved, string? Error,
    FormToken Form, AccessGrant User, UploadPreviewModel? Preview)
{
    /// <summary>Text pasted into the upload form, shown again in the box (after a refusal nothing is lost; after a preview it can be fixed).</summary>
    public string? PastedText { get; init; }
}

/// <summary>
/// A stored upload's preview: where the digest will cite it, the items with their excerpts, what was dropped, and the
/// warnings of the upload (its text names another week; a new team).
/// </summary>
public sealed record UploadPreviewModel(string File, DateTimeOffset ReceivedAt, IReadOnlyList<(ExtractedItem Item, SourceExcerpt Excerpt)> Items,
    IReadOnlyList<DroppedCandidate> Dropped, IReadOnlyList<string> Warnings)
{
    public static UploadPreviewModel From(SubmissionPreview preview, DateTimeOffset receivedAt, IReadOnlyList<string> warnings)
    {
        var report = preview.Report!;
        return new UploadPreviewModel(report.File, receivedAt,
            preview.Items.Select(i => (i, SourceExcerpt.FromLines(report.Lines, i.Source))).ToList(), preview.Dropped, warnings);
    }
}
