using Microsoft.Extensions.Options;
using Summarizer.Delivery;
using Summarizer.Digest;
using Summarizer.Gather.Sources;
using Summarizer.Reminders;
using Summarizer.Store;

namespace Summarizer.Tests.Reminders;

/// <summary>
/// What a reminder tells a team: the week, the deadline and only the ways to submit that are configured. (The mail
/// through a real relay is in <see cref="ReminderServeTests"/>.)
/// </summary>
public sealed class ReminderMessageTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    private static readonly ReminderRecord Payments = new()
    {
        Id = 7, Week = "2024-W26", Team = "Payments", RecipientsKey = "pay-lead@example.test",
        Deadline = new DateTimeOffset(2024, 6, 28, 10, 0, 0, TimeSpan.Zero), // Friday 18:00 in Shanghai
    };

    private static ReminderMessage Message(MailboxOptions? mailbox = null, string? baseUrl = null, Dictionary<string, TeamContact>? teams = null) => new(
        Options.Create(new SmtpOptions { From = "digest@example.test" }),
        Options.Create(mailbox ?? new MailboxOptions()),
        Options.Create(new TeamDirectoryOptions { Teams = teams ?? [] }),
        Options.Create(new DigestLinkOptions { BaseUrl = baseUrl }));

    private static readonly Dictionary<string, TeamContact> Directory = new(StringComparer.OrdinalIgnoreCase)
    {
        ["payments"] = new() { Addresses = ["payments@example.test", "pay-list@lists.example.test"], RemindTo = ["pay-lead@example.test"] },
        ["Search"] = new() { Addresses = ["search@example.test"] },
    };

    [Fact]
    public void MailboxAndPublicAddress_NamesTheWeekDeadlineMailboxFromTheTeamsAddressesAndItsUploadPage()
    {
        var mail = Message(new MailboxOptions { Host = "imap.example.test", User = "weekly-reports@example.test" }, "https://digest.example.test/", Directory)
            .Compose(Payments, Shanghai);

        Assert.Equal("weekly-reports@example.test", Assert.Single(mail.ReplyTo.Mailboxes).Address);
        var body = mail.TextBody!;
        Assert.StartsWith("Summarizer has no weekly report from Payments for 2024-W26 (Mon 24 Jun – Sun 30 Jun 2024).\nReports were due Friday 28 Jun 2024 18:00 (Asia/Shanghai).\n", body);
        Assert.Contains("- mail it to weekly-reports@example.test (or reply to this mail) from payments@example.test or pay-list@lists.example.test: the report in the body, or attached as .md, .txt, .html or .docx\n", body);
        Assert.Contains("- upload or paste it on https://digest.example.test/review/Payments?week=2024-W26 (with your team's token)", body);
        Assert.DoesNotContain("Search", body);
        Assert.DoesNotContain("folder", body);  // a path on the server is no way for a team to submit
    }

    [Fact]
    public void ExplicitMailboxAddress_WinsOverTheLogin()
    {
        var mail = Message(new MailboxOptions { Host = "imap.example.test", User = "svc-summarizer", Address = "reports@example.test" }, teams: Directory)
            .Compose(Payments, Shanghai);

        Assert.Equal("reports@example.test", Assert.Single(mail.ReplyTo.Mailboxes).Address);
        Assert.Contains("- mail it to reports@example.test (or reply to this mail) from payments@example.test", mail.TextBody);
        Assert.DoesNotContain("upload or paste", mail.TextBody);
    }

    [Fact]
    public void MailboxLoginIsNoAddress_AndNoPublicAddress_SaysWhomToSendItTo_AndOffersNoWayThatDoesNotWork()
    {
        var mail = Message(new MailboxOptions { Host = "imap.example.test", User = "svc-summarizer" }, teams: Directory).Compose(Payments, Shanghai);

        Assert.Empty(mail.ReplyTo);
        Assert.Contains("To submit it, send it to whoever runs Summarizer for your department (no mailbox or upload page is configured).", mail.TextBody);
        Assert.DoesNotContain("mail it to", mail.TextBody);
    }

    [Fact]
    public void TeamWithoutSendingAddresses_IsNotToldToMailTheMailbox_WhichWouldRefuseIt()
    {
        var mail = Message(new MailboxOptions { Host = "imap.example.test", User = "weekly-reports@example.test" }, "https://digest.example.test",
            new() { ["Payments"] = new() { RemindTo = ["pay-lead@example.test"] } }).Compose(Payments, Shanghai);

        Assert.DoesNotContain("mail it to", mail.TextBody);
        Assert.Contains("- upload or paste it on https://digest.example.test/review/Payments?week=2024-W26", mail.TextBody);
    }
}
