using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary>
/// Records a team's review of an item: the one path the API and the review page share. Every review keeps who
/// (role and token id), when (<see cref="TimeProvider"/>) and what changed (status, summary, severity, note).
/// </summary>
public sealed class ReviewRecorder(IDigestStore store, TimeProvider time, ILogger<ReviewRecorder> logger)
{
    public const int MaxSummaryLength = 1000;
    public const int MaxNoteLength = 2000;

    public async Task<ReviewOutcome> RecordAsync(AccessGrant caller, string itemId, ReviewInput input, CancellationToken ct)
    {
        var item = await store.GetItemAsync(itemId, ct);
        if (item is null) return new ReviewOutcome.UnknownItem();
        if (!caller.MayAccessTeam(item.Team)) return new ReviewOutcome.Forbidden(item.Team);

        var errors = new Dictionary<string, string[]>();
        if (!EnumWords.TryParse<ReviewStatus>(input.Status, out var status))
            errors["status"] = [$"Status '{input.Status}' is not one of {EnumWords.Choices<ReviewStatus>()}."];
        Severity? severity = null;
        if (!string.IsNullOrWhiteSpace(input.Severity))
        {
            if (EnumWords.TryParse<Severity>(input.Severity, out var s)) severity = s;
            else errors["severity"] = [$"Severity '{input.Severity}' is not one of {EnumWords.Choices<Severity>()}."];
        }
        var summary = string.IsNullOrWhiteSpace(input.Summary) ? null : input.Summary.Trim();
        if (summary?.Length > MaxSummaryLength) errors["summary"] = [$"Summary is longer than {MaxSummaryLength} characters."];
        // A summary is one line of the digest: no control characters (a NUL also breaks PostgreSQL text), and no
        // invisible or text-direction characters that would make it read other than it is stored.
        else if (EchoedValue.ControlCharacterError("Summary", summary) is { } badSummary) errors["summary"] = [badSummary];
        else if (summary?.FirstOrDefault(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) is { } f and not '\0')
            errors["summary"] = [$"Summary contains the invisible or text-direction character U+{(int)f:X4}; remove it."];
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note?.Length > MaxNoteLength) errors["note"] = [$"Note is longer than {MaxNoteLength} characters."];
        // Notes may span lines; other control characters are refused.
        else if (EchoedValue.ControlCharacterError("Note", note?.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ')) is { } badNote)
            errors["note"] = [badNote];
        if (errors.Count > 0) return new ReviewOutcome.Invalid(errors);

        var review = new ItemReview(
            item.Id,
            caller.Reviewer,
            status,
            summary == item.Summary ? null : summary,
            severity == item.Severity ? null : severity,
            note,
            time.GetUtcNow());
        await store.SaveReviewAsync(review, ct);
        logger.LogInformation("Item {ItemId} of {Team} reviewed by {Reviewer}: {Status}, summary changed {SummaryChanged}, severity {Severity}",
            item.Id, item.Team, review.Reviewer, status, review.Summary is not null, review.Severity);
        return new ReviewOutcome.Recorded(await store.GetItemAsync(item.Id, ct) ?? item, review);
    }
}
