namespace Summarizer.Gather.Sources;

/// <summary>
/// Where a submitted report came from. <see cref="Source"/> is the kind of source (<c>mailbox</c>, <c>upload</c>);
/// <see cref="Reference"/> identifies the submission within it (a mail's Message-Id, an upload's id) and makes adding
/// it idempotent; <see cref="ReceivedAt"/> orders submissions of one team (the newest is used).
/// </summary>
/// <param name="Sender">Who sent it: the mail's From address, or the token's name for an upload.</param>
/// <param name="Subject">The mail's subject or the uploaded file's original name, for people to recognise it.</param>
public sealed record ReportProvenance(string Source, string Reference, DateTimeOffset ReceivedAt, string? Sender = null, string? Subject = null);

/// <summary>
/// A report handed over by a source other than the input folder: the bytes exactly as received, read later with the
/// same format readers, limits and reasons as a file on disk. <see cref="FileName"/>'s extension picks the reader
/// (<c>.md</c>, <c>.txt</c>, <c>.html</c>, <c>.docx</c>); <see cref="Team"/> is already resolved by the source.
/// </summary>
public sealed record SubmittedReport(IsoWeek Week, string Team, string FileName, byte[] Content, ReportProvenance Provenance);

/// <summary>
/// A submission that cannot become a report (unknown sender, unreadable attachment, no report in the mail), kept with
/// a reason a person can act on so the analyst's and the team's pages can list it. Week and team are null when unknown.
/// </summary>
public sealed record RefusedSubmission(IsoWeek? Week, string? Team, ReportProvenance Provenance, string Reason);

/// <summary>
/// Durable home of submitted reports (one owner: the store). Adding is idempotent by
/// (<see cref="ReportProvenance.Source"/>, <see cref="ReportProvenance.Reference"/>); a newer submission of a team
/// replaces the older one for the digest while the older one stays in the history.
/// </summary>
public interface IReportSubmissionStore
{
    /// <summary>Stores a submission; false when one with the same source and reference is already stored.</summary>
    Task<bool> AddAsync(SubmittedReport report, CancellationToken ct = default);

    /// <summary>Stores a refusal; false when one with the same source and reference is already stored.</summary>
    Task<bool> AddRefusedAsync(RefusedSubmission refused, CancellationToken ct = default);

    /// <summary>The newest submission of each team for <paramref name="week"/> (by received time, then by insertion).</summary>
    Task<IReadOnlyList<SubmittedReport>> ListLatestAsync(IsoWeek week, CancellationToken ct = default);

    /// <summary>Refusals of <paramref name="week"/> and those whose week is unknown, newest first.</summary>
    Task<IReadOnlyList<RefusedSubmission>> ListRefusedAsync(IsoWeek week, CancellationToken ct = default);
}

/// <summary>
/// One place reports come from. The input folder, a mailbox and uploads on the team's page are implementations; the
/// gather step merges what they list for a week (newest submission of a team wins, see README "Report sources").
/// </summary>
public interface IReportSource
{
    /// <summary>The kind named in provenance and logs: <c>folder</c>, <c>mailbox</c>, <c>upload</c>.</summary>
    string Kind { get; }

    /// <summary>Brings in what is new (a mailbox fetches here) and returns the week's reports this source holds.</summary>
    Task<IReadOnlyList<SubmittedReport>> ListAsync(IsoWeek week, CancellationToken ct = default);

    /// <summary>
    /// What this source refused for <paramref name="week"/> (an unknown sender, an unreadable attachment), so the digest
    /// lists it under the files not used like a rejected file. Call after <see cref="ListAsync"/>. None by default.
    /// </summary>
    Task<IReadOnlyList<RefusedSubmission>> ListRefusedAsync(IsoWeek week, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<RefusedSubmission>>([]);
}
