using Summarizer.Extraction;
namespace Summarizer.Store;

/// <summary>
/// Durable state of Summarizer: runs, per-section extraction checkpoints (also the LLM cache), published items
/// per week, team reviews, digests and the delivery outbox. SQLite by default, PostgreSQL when configured.
/// </summary>
public interface IDigestStore
{
    /// <summary>Creates or migrates the schema. Idempotent.</summary>
    Task InitializeAsync(CancellationToken ct = default);

    /// <summary>
    /// Writes a heartbeat row (for <c>/healthz</c>): healthy only when the store can be written, so a missing, read-only,
    /// full or corrupt store is reported with its reason. Never throws for a store fault.
    /// </summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken ct = default);

    /// <summary>
    /// One line naming the store and what is wrong with it (<c>store /data/summarizer.db is read-only: …</c>) when
    /// <paramref name="exception"/> is a fault of the store itself (missing, read-only, full, corrupt, unreachable);
    /// null for anything else (a bug stays a bug).
    /// </summary>
    string? DescribeFault(Exception exception);

    // Runs
    Task<RunRecord> CreateRunAsync(string week, string engine, string? input, CancellationToken ct = default);
    Task UpdateRunAsync(RunRecord run, CancellationToken ct = default);
    Task<RunRecord?> GetRunAsync(string runId, CancellationToken ct = default);
    Task<IReadOnlyList<RunRecord>> ListRunsAsync(string? week = null, int limit = 50, CancellationToken ct = default);

    /// <summary>Takes the per-week lock so one instance runs a week at a time; null when another holder has it.</summary>
    /// <remarks>The lease is renewed while held, so only a holder that died lets it lapse.</remarks>
    Task<IAsyncDisposable?> TryLockWeekAsync(string week, string holder, TimeSpan lease, CancellationToken ct = default);

    /// <summary>Who holds the week's unexpired lock, or null.</summary>
    Task<string?> GetWeekLockHolderAsync(string week, CancellationToken ct = default);

    /// <summary>Removes the week's lock if <paramref name="holder"/> still holds it (its process is known to be gone).</summary>
    Task<bool> BreakWeekLockAsync(string week, string holder, CancellationToken ct = default);

    // Extraction checkpoints: key = hash of section text + engine + prompt version + model.
    /// <summary>A section's saved extraction (its candidates and what the engine refused), or null when none is saved under <paramref name="key"/>.</summary>
    Task<SectionResult?> GetSectionResultAsync(string key, CancellationToken ct = default);
    Task SaveSectionResultAsync(string key, SectionResult result, CancellationToken ct = default);

    /// <summary>A model answer kept by a hash of everything that produced it (the executive summary of an unchanged week).</summary>
    Task<string?> GetCachedAnswerAsync(string key, CancellationToken ct = default);
    Task SaveCachedAnswerAsync(string key, string answer, CancellationToken ct = default);

    // Published results of a week (replaces the week's previous items; reviews are kept by item id).
    Task SaveWeekAsync(WeekSnapshot snapshot, CancellationToken ct = default);
    Task<WeekSnapshot?> GetWeekAsync(string week, CancellationToken ct = default);
    Task<IReadOnlyList<string>> ListWeeksAsync(CancellationToken ct = default);

    /// <summary>Items with reviews applied (status, corrected summary and severity).</summary>
    Task<IReadOnlyList<ExtractedItem>> GetItemsAsync(ItemQuery query, CancellationToken ct = default);

    // Reviews
    Task<ExtractedItem?> GetItemAsync(string itemId, CancellationToken ct = default);
    Task SaveReviewAsync(ItemReview review, CancellationToken ct = default);
    Task<IReadOnlyList<ItemReview>> GetReviewsAsync(string itemId, CancellationToken ct = default);

    /// <summary>The reviews of many items at once, each item's oldest first; items without reviews are absent.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<ItemReview>>> GetReviewsAsync(IReadOnlyCollection<string> itemIds, CancellationToken ct = default);

    // Digests and delivery outbox
    Task SaveDigestAsync(DigestRecord digest, CancellationToken ct = default);
    Task<DigestRecord?> GetDigestAsync(string week, CancellationToken ct = default);

    /// <summary>Adds a delivery to the outbox unless one exists for (week, recipients); returns the existing or new entry.</summary>
    Task<DeliveryRecord> EnqueueDeliveryAsync(string week, string recipientsKey, CancellationToken ct = default);
    Task UpdateDeliveryAsync(DeliveryRecord delivery, CancellationToken ct = default);
    Task<IReadOnlyList<DeliveryRecord>> GetPendingDeliveriesAsync(CancellationToken ct = default);
}

/// <summary>Where a run is; changed only through <see cref="Pipeline.RunLedger"/>.</summary>
public enum RunState { Queued, Running, Succeeded, Failed, Cancelled, Interrupted }

public sealed record RunRecord
{
    public required string RunId { get; init; }
    public required string Week { get; init; }
    public required string Engine { get; init; }
    public string? Input { get; init; }
    public RunState State { get; init; } = RunState.Queued;
    public int SectionsDone { get; init; }
    public int SectionsTotal { get; init; }
    public string? Error { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    /// <summary>Prompt tokens the run's model answers reported (every step: extraction, repairs, the executive summary).</summary>
    public long PromptTokens { get; init; }
    public long CompletionTokens { get; init; }
    /// <summary>Model calls of the run that reached the endpoint, answered or failed (a 500, a timeout); retries count each.</summary>
    public int Calls { get; init; }
}

/// <param name="WithReviews">False: items as extracted, without the reviews' status, summary and severity.</param>
public sealed record ItemQuery(string? Week = null, string? Team = null, ItemKind? Kind = null, bool IncludeDismissed = true, bool WithReviews = true);

/// <summary>Everything a run published for a week: the input of the next weeks' comparisons.</summary>
public sealed record WeekSnapshot(
    string Week,
    string Engine,
    IReadOnlyList<ReportInfo> Reports,
    IReadOnlyList<RejectedFile> Rejected,
    IReadOnlyList<ExtractedItem> Items,
    IReadOnlyList<WeekChange> Changes,
    IReadOnlyList<string> DegradedSections)
{
    /// <summary>
    /// Candidates the verifier refused in the run that wrote this digest (items.json's <c>dropped</c>). Not kept in
    /// the store: a week read back from it has none, and a re-run lists them again.
    /// </summary>
    public IReadOnlyList<DroppedCandidate> Dropped { get; init; } = [];

    /// <summary>
    /// The language the week's digest and change notes are written in, chosen once by
    /// <see cref="History.DigestLanguageChoice"/> and kept by the weeks after it; null for a week stored before it was recorded.
    /// </summary>
    public Digest.DigestLanguage? Language { get; init; }

    /// <summary>Earlier stored weeks this week was compared with (0: none stored, nothing to compare yet); null when not recorded.</summary>
    public int? ComparedWeeks { get; init; }
}

public sealed record ReportInfo(string Team, string File, int Sections, string Encoding);

/// <summary>One review of an item: who, the status it set, and the summary or severity it changed (null: left as it was).</summary>
public sealed record ItemReview(
    string ItemId,
    string Reviewer,
    ReviewStatus Status,
    string? Summary,
    Severity? Severity,
    string? Note,
    DateTimeOffset At)
{
    /// <summary>
    /// <paramref name="item"/> as its reviews (oldest first) leave it, by the rule the store reads items with: the newest
    /// review's status, and for summary and severity the newest review that set one, so a later confirmation never undoes
    /// an edit. No reviews: the item unchanged.
    /// </summary>
    public static ExtractedItem Apply(ExtractedItem item, IReadOnlyList<ItemReview> reviews)
    {
        if (reviews.Count == 0) return item;
        var summary = reviews.LastOrDefault(r => !string.IsNullOrEmpty(r.Summary))?.Summary;
        return item with
        {
            Status = reviews[^1].Status,
            Summary = summary ?? item.Summary,
            SummaryEdited = summary is not null && summary != item.Summary,
            Severity = reviews.LastOrDefault(r => r.Severity is not null)?.Severity ?? item.Severity,
        };
    }
}

public sealed record DigestRecord(string Week, string Markdown, string Html, DateTimeOffset CreatedAt);

public enum DeliveryState { Pending, Sent, Failed }

public sealed record DeliveryRecord
{
    public required long Id { get; init; }
    public required string Week { get; init; }
    public required string RecipientsKey { get; init; }
    public DeliveryState State { get; init; }
    public int Attempts { get; init; }
    public string? LastError { get; init; }
    public DateTimeOffset? NextAttemptAt { get; init; }
    public DateTimeOffset? SentAt { get; init; }
}
