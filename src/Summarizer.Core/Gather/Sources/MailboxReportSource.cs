using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Gather.Sources;

/// <summary>
/// The mailbox as a report source: listing a week first fetches its new mail (<see cref="MailboxFetcher"/>), then
/// returns the newest mailed report of each team from the store. A mailbox that cannot be read is one warning line
/// and the reports already fetched; it never sinks a run that has other reports. Lists nothing while no mailbox is configured.
/// </summary>
public sealed class MailboxReportSource(MailboxFetcher fetcher, IReportSubmissionStore store, IOptions<MailboxOptions> options, ILogger<MailboxReportSource> logger) : IReportSource
{
    public string Kind => MailReportReader.Source;

    public async Task<IReadOnlyList<SubmittedReport>> ListAsync(IsoWeek week, CancellationToken ct = default)
    {
        if (!options.Value.IsConfigured) return [];
        try
        {
            var result = await fetcher.FetchAsync(week, ct);
            logger.LogInformation("{Progress}", result.ToString());
        }
        catch (MailboxException e)
        {
            logger.LogWarning("mailbox: not fetched: {Reason}; the run goes on with the reports already fetched", e.Message);
            logger.LogDebug(e, "Mailbox fetch failed");
        }
        return (await store.ListLatestAsync(week, ct)).Where(r => r.Provenance.Source == Kind).ToList();
    }

    public async Task<IReadOnlyList<RefusedSubmission>> ListRefusedAsync(IsoWeek week, CancellationToken ct = default) =>
        !options.Value.IsConfigured ? [] : (await store.ListRefusedAsync(week, ct)).Where(r => r.Provenance.Source == Kind && r.Week == week).ToList();
}
