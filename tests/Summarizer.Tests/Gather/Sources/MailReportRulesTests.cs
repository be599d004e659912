using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using static Summarizer.Tests.Gather.Sources.MailboxWeekTests;

namespace Summarizer.Tests.Gather.Sources;

/// <summary>The mail rules without a server: which team, which week, which part is the report, and the settings' checks.</summary>
public sealed class MailReportRulesTests
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);
    private readonly MailReportReader _reader = new(Directory(), new GatherOptions());

    [Theory]
    [InlineData(2024, 7, 1, 8, "2024-W26")]   // Monday morning: last week's report
    [InlineData(2024, 7, 1, 23, "2024-W26")]  // still Monday in the sender's zone
    [InlineData(2024, 7, 2, 9, "2024-W27")]   // Tuesday: this week's
    [InlineData(2024, 6, 30, 22, "2024-W26")] // Sunday evening: the week that ends
    public void FromDate_MondayIsLastWeek_OtherDaysTheirOwn(int y, int m, int d, int h, string expected) =>
        Assert.Equal(expected, MailReportWeek.FromDate(new DateTimeOffset(y, m, d, h, 0, 0, China)).ToString());

    [Fact]
    public void Read_WeekNamedInTextOrSubject_WinsOverTheDate()
    {
        var tuesday = new DateTimeOffset(2024, 7, 9, 10, 0, 0, China); // by date W28
        var text = _reader.Read(Mail("pay-lead@example.test", "周报", tuesday, "a@x", Body("plain", "# 2024年第26周 支付组周报\n\n- 上线完成\n"u8.ToArray(), "utf-8")), tuesday);
        var subject = _reader.Read(Mail("pay-lead@example.test", "Weekly report 2024-W27", tuesday, "b@x", Body("plain", "# 支付组周报\n\n- 上线完成\n"u8.ToArray(), "utf-8")), tuesday);
        Assert.Equal("2024-W26", text.Report!.Week.ToString());
        Assert.Equal("2024-W27", subject.Report!.Week.ToString());
    }

    [Fact]
    public void Read_TeamFromListIdOrCc_AndTwoTeamsAreRefused()
    {
        var at = new DateTimeOffset(2024, 6, 28, 10, 0, 0, China);
        var viaList = Mail("someone@example.test", "周报", at, "l@x", Body("plain", "# 周报\n\n- 完成\n"u8.ToArray(), "utf-8"));
        viaList.Headers.Add(HeaderId.ListId, "<clearing-list.example.test>");
        var viaCc = Mail("someone@example.test", "周报", at, "c@x", Body("plain", "# 周报\n\n- 完成\n"u8.ToArray(), "utf-8"));
        viaCc.Cc.Add(MailboxAddress.Parse("SRE@Example.test"));
        var both = Mail("someone@example.test", "周报", at, "t@x", Body("plain", "# 周报\n\n- 完成\n"u8.ToArray(), "utf-8"), to: "risk@example.test");
        both.Cc.Add(MailboxAddress.Parse("ops@example.test"));

        Assert.Equal("clearing", _reader.Read(viaList, at).Report!.Team);
        Assert.Equal("platform-sre", _reader.Read(viaCc, at).Report!.Team);
        var refused = _reader.Read(both, at).Refused!;
        Assert.StartsWith("its addresses name several teams (ops, risk-control)", refused.Reason);
    }

    [Fact]
    public void Read_AnOutsiderCcingATeamLeadOrForgingItsListId_SpeaksForNoTeam()
    {
        var at = new DateTimeOffset(2024, 6, 28, 10, 0, 0, China);
        var cc = Mail("x@evil.test", "payments weekly", at, "e1@x", Body("plain", "# Payments weekly\n\n- success rate 12%\n"u8.ToArray(), "utf-8"));
        cc.Cc.Add(MailboxAddress.Parse("pay-lead@example.test"));
        var list = Mail("x@evil.test", "周报", at, "e2@x", Body("plain", "# 周报\n\n- 完成\n"u8.ToArray(), "utf-8"));
        list.Headers.Add(HeaderId.ListId, "<clearing-list.example.test>");

        Assert.Null(_reader.Read(cc, at).Report);
        Assert.Contains("Summarizer:Teams:payments:Addresses", _reader.Read(cc, at).Refused!.Reason);
        Assert.Null(_reader.Read(list, at).Report);
        Assert.Contains("is not listed for team 'clearing'", _reader.Read(list, at).Refused!.Reason);
    }

    [Fact]
    public void Read_AMailInACharsetDotNetRefuses_IsReadOrRefused_NeverThrown()
    {
        var at = new DateTimeOffset(2024, 6, 28, 10, 0, 0, China);
        var utf7 = Mail("pay-lead@example.test", "周报", at, "u7@x", Body("plain", "# Payments weekly\n\n- Risk: vendor API unstable +AFw-\n"u8.ToArray(), "utf-7"));

        var reading = _reader.Read(utf7, at);

        Assert.True(reading.Report is not null || reading.Refused is not null);
    }

    [Fact]
    public void Read_ReportParts_AttachmentOverBody_OthersRefusedWithTheirReason()
    {
        var at = new DateTimeOffset(2024, 6, 28, 10, 0, 0, China);
        var pdf = Mail("pay-lead@example.test", "周报", at, "p@x", WithAttachment("见附件", "周报.pdf", "application/pdf", "%PDF-1.7"u8.ToArray()));
        var two = Mail("pay-lead@example.test", "周报", at, "2@x", WithAttachment("见附件", "a.md", "text/markdown", "# A\n- x\n"u8.ToArray()));
        ((Multipart)two.Body!).Add(new MimePart("text", "markdown") { Content = new MimeContent(new MemoryStream("# B\n- y\n"u8.ToArray())), FileName = "b.md", ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) });
        var blank = Mail("pay-lead@example.test", "周报", at, "e@x", Body("plain", "  \n\n"u8.ToArray(), "utf-8"));
        _ = TestEncodings.Gbk; // registers the code pages (Big5)
        var big5 = Mail("pay-lead@example.test", "周報", at, "b5@x", Body("plain", System.Text.Encoding.GetEncoding("big5").GetBytes("# 支付組週報\n\n- 上線完成\n"), "big5"));

        Assert.StartsWith("its attachment '周报.pdf' is not a format Summarizer reads", _reader.Read(pdf, at).Refused!.Reason);
        Assert.StartsWith("it has 2 report attachments (a.md, b.md)", _reader.Read(two, at).Refused!.Reason);
        Assert.StartsWith("the mail's body is empty", _reader.Read(blank, at).Refused!.Reason);
        Assert.Equal("# 支付組週報\n\n- 上線完成\n", System.Text.Encoding.UTF8.GetString(_reader.Read(big5, at).Report!.Content)); // converted from its declared charset
    }

    [Fact]
    public void TeamDirectory_AddressOfTwoTeamsOrNotAnAddress_IsRefusedAtStart()
    {
        var options = new TeamDirectoryOptions
        {
            Teams = new(StringComparer.OrdinalIgnoreCase)
            {
                ["payments"] = new() { Addresses = ["lead@example.test"] },
                ["clearing"] = new() { Addresses = ["Lead@Example.test", "not an address"] },
            },
        };
        var errors = options.Validate(new ValidationContext(options)).Select(e => e.ErrorMessage).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e!.Contains("'not an address' is not a mail address"));
        Assert.Contains(errors, e => e!.Contains("'lead@example.test' is listed for both 'payments' and 'clearing'"));
    }

    [Fact]
    public void AddMailboxSource_HostWithoutUser_FailsValidationNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Summarizer:Mailbox:Host"] = "imap.example.test" }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddMailboxSource().BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<MailboxOptions>>().Value);
        Assert.Contains("Summarizer:Mailbox:User is empty", e.Message);
    }
}
