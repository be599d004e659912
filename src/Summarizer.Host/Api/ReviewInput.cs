namespace Summarizer.Host.Api;

/// <summary>Body of <c>POST /api/items/{id}/review</c> and of the review page's forms.</summary>
/// <param name="Status">open, confirmed or dismissed (required).</param>
/// <param name="Note">Why; kept in the history.</param>
/// <param name="Summary">Corrected summary; recorded only when it differs from the current one.</param>
/// <param name="Severity">Corrected severity (high, medium, low); recorded only when it differs.</param>
public sealed record ReviewInput(string? Status, string? Note = null, string? Summary = null, string? Severity = null);

/// <summary>What recording a review came to.</summary>
public abstract record ReviewOutcome
{
    public sealed record Recorded(ExtractedItem Item, Store.ItemReview Review) : ReviewOutcome;
    public sealed record UnknownItem : ReviewOutcome;
    public sealed record Forbidden(string Team) : ReviewOutcome;
    public sealed record Invalid(IDictionary<string, string[]> Errors) : ReviewOutcome;
}
