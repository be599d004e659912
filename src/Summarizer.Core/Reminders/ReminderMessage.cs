using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using Summarizer.Delivery;
using Summarizer.Digest;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using Summarizer.Store;

namespace Summarizer.Reminders;

/// <summary>
/// The reminder mail of one team: plain text naming the week, the deadline and the ways to submit that are configured:
/// mail to the mailbox (<see cref="MailboxOptions.ReportAddress"/>, also the mail's Reply-To) from an address listed for
/// the team, and the team's upload page when <c>Summarizer:Delivery:BaseUrl</c> is set. It never names a server path
/// (a team cannot write there) and carries nothing of any other team.
/// </summary>
public sealed class ReminderMessage(
    IOptions<SmtpOptions> smtp, IOptions<MailboxOptions> mailbox, IOptions<TeamDirectoryOptions> directory, IOptions<DigestLinkOptions> links)
{
    /// <summary>Subject prefix, before "{team} {week}".</summary>
    public const string SubjectPrefix = "Reminder: weekly report missing";

    /// <summary>The mail for <paramref name="reminder"/> (which must have recipients); the deadline shown in <paramref name="zone"/>.</summary>
    public MimeMessage Compose(ReminderRecord reminder, TimeZoneInfo zone)
    {
        var recipients = RecipientsKey.Split(reminder.RecipientsKey
            ?? throw new InvalidOperationException($"The reminder of {reminder.Team} has no recipients; it is listed, not mailed."));
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(smtp.Value.From));
        foreach (var to in recipients) message.To.Add(MailboxAddress.Parse(to));
        if (mailbox.Value.ReportAddress is { } reportTo) message.ReplyTo.Add(MailboxAddress.Parse(reportTo));
        message.Subject = $"{SubjectPrefix}: {reminder.Team} {reminder.Week}";
        // Stable per reminder, so a resend after a crash folds into the first mail.
        message.MessageId = $"reminder-{reminder.Week}-{reminder.Id}@summarizer";
        message.Body = new TextPart("plain") { Text = Body(reminder, zone) };
        return message;
    }

    internal string Body(ReminderRecord reminder, TimeZoneInfo zone)
    {
        var week = IsoWeek.TryParse(reminder.Week, out var w) ? w : throw new FormatException($"'{reminder.Week}' is not a week.");
        var due = TimeZoneInfo.ConvertTime(reminder.Deadline, zone);
        var inv = CultureInfo.InvariantCulture;
        var lines = new List<string>
        {
            $"Summarizer has no weekly report from {reminder.Team} for {week} ({week.Monday.ToString("ddd d MMM", inv)} – {week.Monday.AddDays(6).ToString("ddd d MMM yyyy", inv)}).",
            $"Reports were due {due.ToString("dddd d MMM yyyy HH:mm", inv)} ({zone.Id}).",
            "",
        };
        var ways = Ways(reminder.Team, week);
        if (ways.Count > 0)
        {
            lines.Add("To submit it:");
            lines.AddRange(ways.Select(way => "- " + way));
        }
        else
        {
            lines.Add("To submit it, send it to whoever runs Summarizer for your department (no mailbox or upload page is configured).");
        }
        lines.AddRange([
            "",
            $"Until a report arrives, the Monday digest lists {reminder.Team} as not reported.",
            "This reminder is sent once for the week.",
        ]);
        return string.Join("\n", lines) + "\n";
    }

    // Only the ways that work: the mailbox accepts mail from the team's listed addresses, the page needs a public address.
    private List<string> Ways(string team, IsoWeek week)
    {
        var ways = new List<string>();
        var senders = directory.Value.Teams.FirstOrDefault(t => TeamName.Same(t.Key, team)).Value?.Addresses
            .Where(TeamAddress.IsAddress).Select(a => a.Trim()).ToList() ?? [];
        if (mailbox.Value.ReportAddress is { } address && senders.Count > 0)
            ways.Add($"mail it to {address} (or reply to this mail) from {string.Join(" or ", senders)}: the report in the body, or attached as .md, .txt, .html or .docx");
        if (links.Value.BaseUrl is { Length: > 0 } baseUrl)
            ways.Add($"upload or paste it on {baseUrl.TrimEnd('/')}/review/{Uri.EscapeDataString(team)}?week={week} (with your team's token); the page shows at once what the digest will say from it");
        return ways;
    }
}
