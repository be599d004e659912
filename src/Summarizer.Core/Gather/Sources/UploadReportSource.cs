namespace Summarizer.Gather.Sources;

/// <summary>
/// Reports a team uploaded or pasted on its page (<c>PUT /api/weeks/{week}/reports/{team}</c>, <c>/review/{team}</c>):
/// the newest upload of each team for the week, from the store.
/// </summary>
public sealed class UploadReportSource(IReportSubmissionStore store) : IReportSource
{
    /// <summary>The <see cref="ReportProvenance.Source"/> of uploads.</summary>
    public const string SourceKind = "upload";

    public string Kind => SourceKind;

    public async Task<IReadOnlyList<SubmittedReport>> ListAsync(IsoWeek week, CancellationToken ct = default) =>
        (await store.ListLatestAsync(week, ct).ConfigureAwait(false)).Where(r => r.Provenance.Source == SourceKind).ToList();
}
