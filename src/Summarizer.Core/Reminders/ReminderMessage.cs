using System.Globalization;
using Microsoft.Extensions.Options;
using MimeKit;
using Summarizer.Delivery;
using Summarizer.Digest;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Reminders;

/// <summary>
/// The reminder mail of one team: plain text naming the week, the deadline and how to submit (the input folder's
/// file name and, with <c>Summarizer:Delivery:BaseUrl</c>, the team's review page). It carries nothing of any other
/// team: only the team's name, its week and the configured places.
/// </summary>
public sealed class ReminderMessage(IOptions<SmtpOptions> smtp, IOptions<SummarizerOptions> summarizer, IOptions<DigestLinkOptions> links)
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
        var input = Path.GetFullPath(summarizer.Value.Input);
        var lines = new List<string>
        {
            $"Summarizer has no weekly report from {reminder.Team} for {week} ({week.Monday.ToString("ddd d MMM", inv)} – {week.Monday.AddDays(6).ToString("ddd d MMM yyyy", inv)}).",
            $"Reports were due {due.ToString("dddd d MMM yyyy HH:mm", inv)} ({zone.Id}).",
            "",
            "To submit it:",
            $"- save it as {week}/{reminder.Team}.md (or .txt, .html, .docx) in the reports folder {input}",
        };
        if (links.Value.BaseUrl is { Length: > 0 } baseUrl)
            lines.Add($"- or open {baseUrl.TrimEnd('/')}/review/{Uri.EscapeDataString(reminder.Team)}?week={week} to see what the digest says from it");
        lines.AddRange([
            "",
            $"Until a report arrives, the Monday digest lists {reminder.Team} as not reported.",
            "This reminder is sent once for the week; no reply is needed.",
        ]);
        return string.Join("\n", lines) + "\n";
    }
}
