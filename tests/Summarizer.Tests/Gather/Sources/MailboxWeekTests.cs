using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Gather.Sources;

/// <summary>
/// A week of mailed reports through a real IMAP server (Dovecot on loopback): bodies, an attachment in each format,
/// GBK text, a duplicate, a corrected resend, an unknown sender, a broken attachment and another week's mail give the
/// same reports as the sample files on disk; fetching again adds nothing.
/// </summary>
[Collection(DovecotCollection.Name)]
[Trait("Category", "imap")]
public sealed class MailboxWeekTests(DovecotServer imap) : IDisposable
{
    private static readonly IsoWeek Week = IsoWeek.Parse("2024-W26");
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly TempFolder _dir = new();
    private readonly InMemorySubmissionStore _store = new();

    public void Dispose() => _dir.Dispose();

    private static string Sample(string name) => Path.Combine(RepoPaths.Samples, "2024-W26", name);

    internal static TeamDirectoryOptions Directory() => new()
    {
        Teams = new(StringComparer.OrdinalIgnoreCase)
        {
            ["payments"] = new() { Addresses = ["pay-lead@example.test"] },
            ["clearing"] = new() { Addresses = ["clearing-list@example.test"] },
            ["data-platform"] = new() { Addresses = ["DP Lead <dp-lead@example.test>"] },
            ["mobile-app"] = new() { Addresses = ["mobile@example.test"] },
            ["platform-sre"] = new() { Addresses = ["sre@example.test"] },
            ["risk-control"] = new() { Addresses = ["risk@example.test"] },
            ["ops"] = new() { Addresses = ["ops@example.test"] },
            ["growth"] = new() { Addresses = ["growth@example.test"] },
        },
    };

    private MailboxFetcher Fetcher(string folder, string? password = null, int? port = null) => new(
        Options.Create(new MailboxOptions
        {
            Host = imap.Host, Port = port ?? imap.Port, Security = MailSecurity.None, User = imap.User, Password = password ?? imap.Password, Folder = folder,
        }),
        Options.Create(Directory()), Options.Create(new GatherOptions()), _store, TimeProvider.System, NullLogger<MailboxFetcher>.Instance);

    [Fact]
    public async Task FetchAsync_AWeekOfMail_GivesTheSameReportsAsTheFilesOnDisk_AndRefetchingAddsNothing()
    {
        var folder = await imap.CreateFolderAsync("week-");
        var payments = File.ReadAllText(Sample("payments.md"));
        var draft = string.Join('\n', payments.Split('\n').SkipLast(6)); // the first send lacked its last lines
        var mobile = Mail("mobile@example.test", "移动端周报", Friday(17), "mobile-1@example.test",
            WithAttachment("周报见附件。", "mobile.md", "text/markdown", File.ReadAllBytes(Sample("mobile.md")), "utf-8"));
        var clearing = Mail("Zhang San <zhangsan@example.test>", "清算结算组周报", Friday(18), "clearing-1@example.test",
            Body("plain", File.ReadAllBytes(Sample("clearing.txt")), "gbk"), to: "Clearing <clearing-list@example.test>");
        clearing.Headers.Add(HeaderId.ListId, "Clearing team <clearing-list.example.test>");
        await imap.AppendAsync(folder,
            (Mail("Pay Lead <pay-lead@example.test>", "支付周报", Friday(10), "pay-1@example.test", Body("plain", Encoding.UTF8.GetBytes(draft), "utf-8")), Friday(10)),
            (Mail("Pay Lead <pay-lead@example.test>", "Re: 支付周报（更正）", Monday0701(8), "pay-2@example.test", Body("plain", Encoding.UTF8.GetBytes(payments), "utf-8")), Monday0701(8)),
            (clearing, Friday(18)),
            (Mail("dp-lead@example.test", "Data platform weekly", Friday(16), "dp-1@example.test",
                WithAttachment("See attached.", "data-platform.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", File.ReadAllBytes(Sample("data-platform.docx")))), Friday(16)),
            (mobile, Friday(17)),
            (mobile, Friday(17).AddMinutes(5)), // the same mail twice (a resend through another client): one report
            (Mail("sre@example.test", "Platform Reliability: Weekly Status", Friday(19), "sre-1@example.test",
                WithAttachment("Status attached.", "platform-sre-weekly.txt", "text/plain", File.ReadAllBytes(Sample("platform-sre.md")), "utf-8")), Friday(19)),
            (Mail("risk@example.test", "风控周报", Friday(20), "risk-1@example.test",
                WithAttachment("附件为本周周报。", "风控周报.html", "text/html", File.ReadAllBytes(Sample("risk-control.html")))), Friday(20)),
            (Mail("stranger@elsewhere.test", "weekly report", Friday(11), "stranger-1@elsewhere.test", Body("plain", "# Weekly report\n\n- all fine\n"u8.ToArray(), "utf-8")), Friday(11)),
            (Mail("ops@example.test", "运维周报", Friday(12), "ops-1@example.test",
                WithAttachment("见附件", "ops-weekly.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "PK\u0003\u0004 this is not a zip file"u8.ToArray())), Friday(12)),
            // Tuesday 9 July names no week: it is W28's report, not this week's.
            (Mail("growth@example.test", "增长周报", new DateTimeOffset(2024, 7, 9, 10, 0, 0, China), "growth-28@example.test",
                Body("plain", "# 增长组周报\n\n- 新用户 1.2 万\n"u8.ToArray(), "utf-8")), new DateTimeOffset(2024, 7, 9, 10, 0, 0, China)));

        var first = await Fetcher(folder).FetchAsync(Week);

        Assert.Equal(7, first.Added); // payments twice (draft, then corrected), clearing, data-platform, mobile-app, platform-sre, risk-control
        Assert.Equal(1, first.AlreadyStored); // the duplicate mobile mail
        var mailed = await _store.ListLatestAsync(Week);
        var onDisk = await GatherAsync(Path.Combine(RepoPaths.Samples), Week);
        var fromMail = await GatherAsync(WriteOut(mailed), Week);
        Assert.Equal(["clearing", "data-platform", "mobile-app", "payments", "platform-sre", "risk-control"], fromMail.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(onDisk.Keys.Order(StringComparer.Ordinal), fromMail.Keys.Order(StringComparer.Ordinal));
        foreach (var (team, lines) in onDisk) Assert.Equal(lines, fromMail[team]);
        Assert.Contains("（一）日终清算", fromMail["clearing"]); // GBK decoded, not mojibake

        var pay = mailed.Single(r => r.Team == "payments").Provenance;
        Assert.Equal(new ReportProvenance("mailbox", "pay-2@example.test", Monday0701(8), "pay-lead@example.test", "Re: 支付周报（更正）"), pay);
        Assert.Equal(2, _store.All.Count(r => r.Team == "payments")); // the draft is kept in the history
        Assert.Equal("风控周报.html", mailed.Single(r => r.Team == "risk-control").FileName);

        var refused = _store.AllRefused.OrderBy(r => r.Provenance.Reference, StringComparer.Ordinal).ToList();
        Assert.Equal(["ops-1@example.test", "stranger-1@elsewhere.test"], refused.Select(r => r.Provenance.Reference));
        Assert.Equal("ops", refused[0].Team);
        Assert.StartsWith("its attachment 'ops-weekly.docx' is not a readable Word document", refused[0].Reason);
        Assert.Null(refused[1].Team);
        Assert.StartsWith("unknown sender stranger@elsewhere.test;", refused[1].Reason);
        Assert.Contains("Summarizer:Teams:<team>:Addresses", refused[1].Reason);
        Assert.All(refused, r => Assert.Equal(Week, r.Week));
        Assert.DoesNotContain(_store.All, r => r.Team == "growth"); // W28's mail waits for W28
        Assert.StartsWith("mailbox: 7 new reports (1 already fetched), 2 refused (", first.ToString());
        Assert.Contains("unknown sender stranger@elsewhere.test", first.ToString());

        var again = await Fetcher(folder).FetchAsync(Week);
        Assert.Equal((0, 8, 2), (again.Added, again.AlreadyStored, again.Refused.Count));
        Assert.Equal(7, _store.All.Count);
        Assert.Equal(2, _store.AllRefused.Count);
    }

    [Fact]
    public async Task FetchAsync_WithoutAWeek_FilesEachMailUnderItsOwnWeek()
    {
        var folder = await imap.CreateFolderAsync("own-week-");
        var monday = new DateTimeOffset(2024, 7, 8, 9, 0, 0, China);
        var tuesday = new DateTimeOffset(2024, 7, 9, 9, 0, 0, China);
        await imap.AppendAsync(folder,
            (Mail("growth@example.test", "增长周报", monday, "g-27@example.test", Body("plain", "# 增长组周报\n\n- 新用户 1.1 万\n"u8.ToArray(), "utf-8")), monday),
            (Mail("growth@example.test", "增长周报", tuesday, "g-28@example.test", Body("plain", "# 增长组周报\n\n- 新用户 1.2 万\n"u8.ToArray(), "utf-8")), tuesday));
        var fetcher = new MailboxFetcher(Options.Create(new MailboxOptions
            {
                Host = imap.Host, Port = imap.Port, Security = MailSecurity.None, User = imap.User, Password = imap.Password, Folder = folder,
            }),
            Options.Create(Directory()), Options.Create(new GatherOptions()), _store,
            new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2024, 7, 10, 0, 0, 0, TimeSpan.Zero)), NullLogger<MailboxFetcher>.Instance);

        var result = await fetcher.FetchAsync(week: null);

        Assert.Equal(2, result.Added);
        Assert.Equal(["2024-W27", "2024-W28"], _store.All.Select(r => r.Week.ToString()).Order(StringComparer.Ordinal)); // Monday's is last week's
    }

    [Fact]
    public async Task FetchAsync_MailboxErrors_AreOneLineNamingTheSettingToFix()
    {
        var folder = await imap.CreateFolderAsync("errors-");

        var login = await Assert.ThrowsAsync<MailboxException>(() => Fetcher(folder, password: "wrong-password").FetchAsync(Week));
        Assert.True(login.IsConfiguration);
        Assert.StartsWith($"mailbox {imap.Host}:{imap.Port} refused the login of '{imap.User}'", login.Message);
        Assert.Contains("Summarizer__Mailbox__Password", login.Message);

        var missing = await Assert.ThrowsAsync<MailboxException>(() => Fetcher("no-such-folder").FetchAsync(Week));
        Assert.True(missing.IsConfiguration);
        Assert.Contains("has no folder 'no-such-folder'", missing.Message);

        var closedPort = PostgresServer.FreeLoopbackPort();
        var down = await Assert.ThrowsAsync<MailboxException>(() => Fetcher(folder, port: closedPort).FetchAsync(Week));
        Assert.False(down.IsConfiguration);
        Assert.StartsWith($"mailbox {imap.Host}:{closedPort} is unreachable (", down.Message);
        Assert.All(new[] { login, missing, down }, e => Assert.DoesNotContain('\n', e.Message));
    }

    [Fact]
    public async Task ListAsync_MailboxDown_ListsTheReportsAlreadyFetched()
    {
        var folder = await imap.CreateFolderAsync("down-");
        var sent = Friday(10);
        await imap.AppendAsync(folder, (Mail("pay-lead@example.test", "支付周报", sent, "pay-down@example.test",
            Body("plain", File.ReadAllBytes(Sample("payments.md")), "utf-8")), sent));
        await Fetcher(folder).FetchAsync(Week);
        var closedPort = PostgresServer.FreeLoopbackPort();
        var options = Options.Create(new MailboxOptions { Host = imap.Host, Port = closedPort, Security = MailSecurity.None, User = imap.User, Password = imap.Password, Folder = folder });
        var source = new MailboxReportSource(Fetcher(folder, port: closedPort), _store, options, NullLogger<MailboxReportSource>.Instance);

        var listed = await source.ListAsync(Week);

        Assert.Equal(["payments"], listed.Select(r => r.Team));
    }

    private static DateTimeOffset Friday(int hour) => new(2024, 6, 28, hour, 0, 0, China);

    private static DateTimeOffset Monday0701(int hour) => new(2024, 7, 1, hour, 0, 0, China);

    /// <summary>The mailed reports as files <c>&lt;week&gt;/&lt;team&gt;&lt;ext&gt;</c>, so the file gatherer reads them exactly as it reads the disk.</summary>
    private string WriteOut(IEnumerable<SubmittedReport> reports)
    {
        foreach (var r in reports) _dir.Write(Path.Combine(r.Week.ToString(), r.Team + Path.GetExtension(r.FileName)), r.Content);
        return _dir.Path;
    }

    private static async Task<Dictionary<string, IReadOnlyList<string>>> GatherAsync(string input, IsoWeek week)
    {
        var result = await new ReportGatherer(NullLogger<ReportGatherer>.Instance).GatherAsync(new GatherRequest(input, week));
        Assert.Empty(result.Rejected);
        return result.Reports.ToDictionary(r => r.Team, r => r.Lines);
    }

    internal static MimeMessage Mail(string from, string subject, DateTimeOffset sent, string messageId, MimeEntity body, string to = "head@example.test")
    {
        var message = new MimeMessage { Subject = subject, Date = sent, MessageId = messageId, Body = body };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }

    /// <summary>A body part holding exactly <paramref name="bytes"/> (base64 on the wire), declared in <paramref name="charset"/>.</summary>
    internal static MimePart Body(string subtype, byte[] bytes, string charset)
    {
        var part = new TextPart(subtype) { Content = new MimeContent(new MemoryStream(bytes)), ContentTransferEncoding = ContentEncoding.Base64 };
        part.ContentType.Charset = charset;
        return part;
    }

    internal static Multipart WithAttachment(string note, string fileName, string mimeType, byte[] bytes, string? charset = null)
    {
        var attachment = new MimePart(mimeType)
        {
            Content = new MimeContent(new MemoryStream(bytes)),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = fileName,
        };
        if (charset is not null) attachment.ContentType.Charset = charset;
        return new Multipart("mixed") { new TextPart("plain") { Text = note }, attachment };
    }
}
