using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using MimeKit;

namespace Summarizer.Gather.Sources;

/// <summary>
/// Turns one fetched mail into a <see cref="SubmittedReport"/> or a <see cref="RefusedSubmission"/>: the team from
/// its addresses (<see cref="MailTeamResolver"/>), the report from its attachment or body (<see cref="MailReportPart"/>),
/// checked by <see cref="SubmittedReportReader"/> exactly as the gather step will read it (format readers, size limits,
/// front matter naming another team) so a broken report is refused here — with the reader's reason — and never replaces a team's good one; the week by <see cref="MailReportWeek"/>.
/// </summary>
public sealed class MailReportReader(TeamDirectoryOptions directory, GatherOptions limits)
{
    public const string Source = "mailbox";

    private readonly MailTeamResolver _teams = new(directory);
    private readonly SubmittedReportReader _check = new(new ReportFileLoader(limits, NullLogger.Instance));

    /// <param name="delivered">The server's delivery time (IMAP INTERNALDATE): the provenance's received time, which orders a team's mails.</param>
    /// <remarks>Never throws for the mail's content: a mail no reader can handle is refused with the reason, so one
    /// mail never stops the fetch of the others.</remarks>
    public MailReading Read(MimeMessage message, DateTimeOffset delivered)
    {
        try
        {
            return ReadOrThrow(message, delivered);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            var sent = MailReportWeek.SentAt(message, delivered);
            return MailReading.Refuse(new RefusedSubmission(MailReportWeek.FromDate(sent), _teams.Resolve(message).Team,
                Provenance(message, delivered), $"the mail could not be read ({e.Message.Split('\n')[0].Trim()}); send the report again as UTF-8 text or a .md/.txt/.html/.docx attachment"));
        }
    }

    private MailReading ReadOrThrow(MimeMessage message, DateTimeOffset delivered)
    {
        var provenance = Provenance(message, delivered);
        var sent = MailReportWeek.SentAt(message, delivered);
        var match = _teams.Resolve(message);
        var (fileName, content, problem) = MailReportPart.Find(message);
        IReadOnlyList<string>? lines = null;
        var byDate = MailReportWeek.FromDate(sent);
        if (content is not null)
        {
            // Read as the gather step will read it (same loader, limits and team check), so what is stored is usable.
            var (read, rejected) = _check.Read(new SubmittedReport(byDate, match.Team ?? "unknown", fileName!, content, provenance));
            lines = read?.Lines;
            if (rejected is not null)
                problem = $"{(fileName!.StartsWith("message.", StringComparison.Ordinal) ? "the mail's body" : $"its attachment '{fileName}'")} {rejected.Reason}";
        }
        var week = MailReportWeek.Of(lines, message.Subject, sent);
        if (match.Team is null) return MailReading.Refuse(new RefusedSubmission(week, null, provenance, match.Reason!));
        if (problem is not null) return MailReading.Refuse(new RefusedSubmission(week, match.Team, provenance, problem));
        return MailReading.Accept(new SubmittedReport(week, match.Team, fileName!, content!, provenance));
    }

    private static ReportProvenance Provenance(MimeMessage message, DateTimeOffset delivered) =>
        new(Source, Reference(message), delivered, message.From.Mailboxes.FirstOrDefault()?.Address, message.Subject);

    /// <summary>The Message-Id; a mail without one is known by the hash of its bytes, so re-fetching it still adds nothing.</summary>
    public static string Reference(MimeMessage message)
    {
        if (!string.IsNullOrWhiteSpace(message.MessageId)) return message.MessageId.Trim();
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }
}

/// <summary>What one mail became: a report to store, or a refusal to list.</summary>
public sealed record MailReading(SubmittedReport? Report, RefusedSubmission? Refused)
{
    public static MailReading Accept(SubmittedReport report) => new(report, null);

    public static MailReading Refuse(RefusedSubmission refused) => new(null, refused);
}
