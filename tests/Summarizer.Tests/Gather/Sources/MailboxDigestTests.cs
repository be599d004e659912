using MimeKit;
using Summarizer.Gather.Sources;
using Summarizer.Tests.TestSupport;
using static Summarizer.Tests.Gather.Sources.MailboxWeekTests;

namespace Summarizer.Tests.Gather.Sources;

/// <summary>
/// End to end through the host's composition: a run of a week with an empty input folder and the sample reports
/// mailed to a real Dovecot gives the same digest items as the run over the sample files; a second run adds nothing to
/// the store; an unreachable mailbox does not sink a run that has other reports.
/// </summary>
[Collection(DovecotCollection.Name)]
[Trait("Category", "imap")]
public sealed class MailboxDigestTests(DovecotServer imap) : IDisposable
{
    private const string Week = "2024-W26";
    private readonly TempFolder _empty = new();

    public void Dispose() => _empty.Dispose();

    private Dictionary<string, string?> Settings(string folder, int? port = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Summarizer:Mailbox:Host"] = imap.Host,
            ["Summarizer:Mailbox:Port"] = (port ?? imap.Port).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Summarizer:Mailbox:Security"] = "None",
            ["Summarizer:Mailbox:User"] = imap.User,
            ["Summarizer:Mailbox:Password"] = imap.Password,
            ["Summarizer:Mailbox:Folder"] = folder,
        };
        foreach (var (team, contact) in Directory().Teams)
            for (int i = 0; i < contact.Addresses.Length; i++) settings[$"Summarizer:Teams:{team}:Addresses:{i}"] = contact.Addresses[i];
        return settings;
    }

    private static MimeMessage Attached(string from, string file, string mime) =>
        Mail(from, "周报 " + file, new DateTimeOffset(2024, 6, 28, 17, 0, 0, TimeSpan.FromHours(8)), file + "@example.test",
            WithAttachment("见附件", file, mime, File.ReadAllBytes(Path.Combine(RepoPaths.Samples, Week, file))));

    [Fact]
    public async Task Run_ReportsMailedInsteadOfFiled_GiveTheSameItemsAsTheFiles()
    {
        var folder = await imap.CreateFolderAsync("digest-");
        var friday = new DateTimeOffset(2024, 6, 28, 17, 0, 0, TimeSpan.FromHours(8));
        await imap.AppendAsync(folder,
            (Attached("pay-lead@example.test", "payments.md", "text/markdown"), friday),
            (Attached("clearing-list@example.test", "clearing.txt", "text/plain"), friday),
            (Attached("dp-lead@example.test", "data-platform.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"), friday),
            (Attached("mobile@example.test", "mobile.md", "text/markdown"), friday),
            (Attached("sre@example.test", "platform-sre.md", "text/markdown"), friday),
            (Attached("risk@example.test", "risk-control.html", "text/html"), friday),
            (Attached("stranger@elsewhere.test", "payments.md", "text/markdown"), friday));
        System.IO.Directory.CreateDirectory(Path.Combine(_empty.Path, Week));

        await using var files = new PipelineHarness();
        var fromFiles = await files.RunAsync(Week);
        await using var mail = new PipelineHarness(Settings(folder));
        var fromMail = await mail.RunAsync(Week, input: _empty.Path);
        var again = await mail.RunAsync(Week, input: _empty.Path);

        static List<string> Items(Summarizer.Pipeline.RunOutcome o) =>
            o.Snapshot.Items.Select(i => $"{i.Team}|{i.Kind}|{i.Severity}|{i.Summary}|{i.Source.Quote}").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(6, fromFiles.Snapshot.Items.Select(i => i.Team).Distinct().Count());
        Assert.Equal(Items(fromFiles), Items(fromMail));
        Assert.All(fromMail.Snapshot.Items, i => Assert.StartsWith("mailbox:", i.Source.File));
        Assert.Equal(Items(fromMail), Items(again));
        // The stranger's mail is refused and listed beside the digest like a rejected file, never digested.
        var refused = Assert.Single(fromMail.Snapshot.Rejected);
        Assert.Equal("mailbox:2024-06-28T09-00-00Z/(unknown team).mail", refused.File);
        Assert.StartsWith("from stranger@elsewhere.test \"周报 payments.md\": unknown sender stranger@elsewhere.test;", refused.Reason);
        var store = (IReportSubmissionStore)mail.Store;
        Assert.Equal(6, (await store.ListLatestAsync(IsoWeek.Parse(Week))).Count);
    }

    [Fact]
    public async Task Run_MailboxUnreachable_GoesOnWithTheFolderReports()
    {
        var folder = await imap.CreateFolderAsync("down-run-");
        var closed = PostgresServer.FreeLoopbackPort();
        await using var harness = new PipelineHarness(Settings(folder, closed));

        var outcome = await harness.RunAsync(Week);

        Assert.Equal(["clearing", "data-platform", "mobile-app", "payments", "platform-sre", "risk-control"],
            outcome.Snapshot.Items.Select(i => i.Team).Distinct().Order(StringComparer.Ordinal));
    }
}
