using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Search;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Summarizer.Gather.Sources;

/// <summary>
/// Fetches the reports mailed to <see cref="MailboxOptions"/>'s folder over IMAP (MailKit), read-only: nothing on the
/// server is changed. Every mail delivered since the day before the week's Monday is read by
/// <see cref="MailReportReader"/> and the reports (or refusals) of the week are handed to the
/// <see cref="IReportSubmissionStore"/>, which adds each Message-Id once: fetching again adds nothing.
/// </summary>
public sealed class MailboxFetcher(
    IOptions<MailboxOptions> options,
    IOptions<TeamDirectoryOptions> teams,
    IOptions<GatherOptions> limits,
    IReportSubmissionStore store,
    TimeProvider time,
    ILogger<MailboxFetcher> logger)
{
    private readonly MailReportReader _reader = new(teams.Value, limits.Value);

    /// <summary>Fetches the mails of <paramref name="week"/>; without one, every mail since last week's Monday, each filed under its own week.</summary>
    /// <exception cref="MailboxException">The server cannot be reached, refuses the login, or has no such folder.</exception>
    public async Task<MailboxFetchResult> FetchAsync(IsoWeek? week, CancellationToken ct = default)
    {
        var o = options.Value;
        if (!o.IsConfigured) throw new MailboxException($"no mailbox is configured; set {MailboxOptions.SectionName}:Host, User and the password (see README \"Mailbox\")", isConfiguration: true);
        var now = time.GetUtcNow();
        var since = (week ?? IsoWeek.FromDate(DateOnly.FromDateTime(now.UtcDateTime)).Previous).Monday.AddDays(-1);
        using var client = new ImapClient { Timeout = o.TimeoutSeconds * 1000 };
        var folder = await OpenAsync(client, o, ct);
        try
        {
            var uids = await folder.SearchAsync(SearchQuery.DeliveredAfter(since.ToDateTime(TimeOnly.MinValue)), ct);
            var summaries = uids.Count == 0 ? [] : await folder.FetchAsync(uids,
                new FetchRequest(MessageSummaryItems.UniqueId | MessageSummaryItems.InternalDate | MessageSummaryItems.Size | MessageSummaryItems.Envelope), ct);
            int added = 0, already = 0;
            var refused = new List<RefusedSubmission>();
            foreach (var summary in summaries)
            {
                ct.ThrowIfCancellationRequested();
                var delivered = summary.InternalDate ?? now;
                var reading = summary.Size > o.MaxMessageBytes
                    ? MailReading.Refuse(TooLarge(summary, delivered, o.MaxMessageBytes))
                    : _reader.Read(await folder.GetMessageAsync(summary.UniqueId, ct), delivered);
                var of = reading.Report?.Week ?? reading.Refused!.Week;
                if (week is { } w && of != w) continue; // another week's mail: filed when that week is fetched
                if (reading.Report is { } report)
                {
                    if (await store.AddAsync(report, ct)) added++; else already++;
                }
                else
                {
                    var refusal = reading.Refused!;
                    if (await store.AddRefusedAsync(refusal, ct))
                        logger.LogWarning("Mail {MessageId} from {Sender} refused: {Reason}", refusal.Provenance.Reference, refusal.Provenance.Sender, refusal.Reason);
                    refused.Add(refusal);
                }
            }
            var result = new MailboxFetchResult(added, already, refused);
            logger.LogInformation("Fetched {Mails} mails from {Host}/{Folder} since {Since}: {Result}", summaries.Count, o.Host, o.Folder, since, result);
            return result;
        }
        catch (Exception e) when (e is IOException or ImapProtocolException or ImapCommandException or SocketException)
        {
            throw new MailboxException($"mailbox {o.Host}:{o.Port} failed while fetching: {e.Message}; nothing was lost, fetch again", isConfiguration: false, e);
        }
        finally
        {
            if (client.IsConnected)
                try { await client.DisconnectAsync(quit: true, CancellationToken.None); }
                catch (Exception e) when (e is IOException or ImapProtocolException or SocketException) { logger.LogDebug(e, "LOGOUT from {Host} failed", o.Host); }
        }
    }

    private static RefusedSubmission TooLarge(IMessageSummary summary, DateTimeOffset delivered, long limit) =>
        new(MailReportWeek.FromDate(summary.Envelope?.Date ?? delivered), null,
            new ReportProvenance(MailReportReader.Source, summary.Envelope?.MessageId ?? $"uid:{summary.UniqueId}", delivered,
                summary.Envelope?.From.Mailboxes.FirstOrDefault()?.Address, summary.Envelope?.Subject),
            $"the mail is too large ({summary.Size / 1024d / 1024d:0.#} MB, the limit is {limit / 1024d / 1024d:0.#} MB, {MailboxOptions.SectionName}:MaxMessageBytes); send the report without large attachments");

    /// <summary>Connects, logs in and opens the folder read-only; each failure becomes one line naming the setting to check.</summary>
    private static async Task<IMailFolder> OpenAsync(ImapClient client, MailboxOptions o, CancellationToken ct)
    {
        var where = $"mailbox {o.Host}:{o.Port}";
        try
        {
            await client.ConnectAsync(o.Host!, o.Port, Map(o.Security), ct);
        }
        catch (SslHandshakeException e)
        {
            throw new MailboxException($"{where}: the TLS handshake failed ({e.GetBaseException().Message}); check {MailboxOptions.SectionName}:Security and Port (993 = SslOnConnect, 143 = StartTls)", true, e);
        }
        catch (Exception e) when (e is SocketException or IOException or ImapProtocolException or TimeoutException)
        {
            throw new MailboxException($"{where} is unreachable ({e.GetBaseException().Message}); check {MailboxOptions.SectionName}:Host and Port, and that the server is up", false, e);
        }
        try
        {
            await client.AuthenticateAsync(o.User!, o.Password ?? "", ct);
        }
        catch (AuthenticationException e)
        {
            var hint = string.IsNullOrEmpty(o.Password) ? "no password is set: put it in the environment variable Summarizer__Mailbox__Password"
                : $"check {MailboxOptions.SectionName}:User and the password in Summarizer__Mailbox__Password";
            throw new MailboxException($"{where} refused the login of '{o.User}' ({e.Message.TrimEnd('.')}); {hint}", true, e);
        }
        try
        {
            var folder = string.Equals(o.Folder, "INBOX", StringComparison.OrdinalIgnoreCase) ? client.Inbox : await client.GetFolderAsync(o.Folder, ct);
            await folder.OpenAsync(FolderAccess.ReadOnly, ct);
            return folder;
        }
        catch (Exception e) when (e is FolderNotFoundException or ImapCommandException)
        {
            throw new MailboxException($"{where} has no folder '{o.Folder}' the login may read; check {MailboxOptions.SectionName}:Folder (default INBOX)", true, e);
        }
    }

    private static SecureSocketOptions Map(MailSecurity s) => s switch
    {
        MailSecurity.None => SecureSocketOptions.None,
        MailSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.Auto,
    };
}
