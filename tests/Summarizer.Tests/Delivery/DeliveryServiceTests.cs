using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Summarizer.Delivery;
using Summarizer.Store;
using Summarizer.Tests.Store;

namespace Summarizer.Tests.Delivery;

/// <summary>Delivery through a real SQLite outbox to a real SMTP server on loopback.</summary>
public sealed class DeliveryServiceTests : IAsyncLifetime
{
    private static readonly IsoWeek Week = new(2024, 26);
    private readonly TempDb _db = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero));
    private LoopbackSmtpServer _smtp = null!;

    public async Task InitializeAsync()
    {
        _smtp = await LoopbackSmtpServer.StartAsync();
        await OpenStore().SaveDigestAsync(new DigestRecord("2024-W26", "# 周报 2024-W26\n\n- 支付组：可用性 99.5%", "<h1>周报 2024-W26</h1><p>可用性 99.5%</p>", _time.GetUtcNow()));
    }

    private SqliteDigestStore OpenStore() => new(_db.ConnectionString, _time);

    private SmtpOptions Smtp(int? port = null) => new()
    {
        Host = "127.0.0.1", Port = port ?? _smtp.Port, Security = SmtpSecurity.None,
        From = "Summarizer <digest@example.test>", To = ["Boss@Example.test", "cto@example.test"],
    };

    /// <summary>A fresh service over a fresh store instance on the same file: what a restarted host has.</summary>
    private DeliveryService Service(SmtpOptions? smtp = null, string? folder = null, Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        var s = Options.Create(smtp ?? Smtp());
        var o = Options.Create(new DeliveryOptions { Folder = folder });
        return new DeliveryService(OpenStore(), new SmtpDigestSender(s, NullLogger<SmtpDigestSender>.Instance),
            new DigestFolder(o, NullLogger<DigestFolder>.Instance), o, s, _time,
            logs is null ? NullLogger<DeliveryService>.Instance : new Microsoft.Extensions.Logging.Logger<DeliveryService>(new Microsoft.Extensions.Logging.LoggerFactory([logs])));
    }

    [Fact]
    public async Task RelayRefuses_OnePlainWarningLineNamesWeekRecipientsReasonAndRetry_TheExceptionOnlyAtDebug()
    {
        _smtp.Store.RefuseNext(1);
        var logs = new Summarizer.Tests.AI.CapturedLogs(Microsoft.Extensions.Logging.LogLevel.Debug);

        await Service(logs: logs).DeliverAsync(Week);

        var warning = Assert.Single(logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal));
        Assert.StartsWith("Warning [Summarizer.Delivery.DeliveryService]: Mailing the digest of 2024-W26 (boss@example.test;cto@example.test) failed (attempt 1): ", warning);
        Assert.Contains("try later", warning);
        Assert.EndsWith($"; retrying at {_time.GetUtcNow().AddMinutes(1):O}", warning);
        Assert.DoesNotContain(logs.Lines, l => l.EndsWith("[with exception]", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal));
        Assert.Single(logs.Lines, l => l.StartsWith("Debug", StringComparison.Ordinal) && l.EndsWith("[with exception]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverAsync_StoredDigest_MailsHtmlWithTextAlternativeToAllRecipients()
    {
        var record = await Service().DeliverAsync(Week);

        Assert.Equal(DeliveryState.Sent, record!.State);
        Assert.Equal("boss@example.test;cto@example.test", record.RecipientsKey);
        var (message, envelope) = Assert.Single(_smtp.Store.Messages);
        Assert.Equal("Weekly digest 2024-W26", message.Subject);
        Assert.Equal(["boss@example.test", "cto@example.test"], envelope.Select(e => e.ToLowerInvariant()).Order());
        Assert.Equal("digest@example.test", ((MailboxAddress)message.From.Single()).Address);
        var alternative = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.Contains("<h1>周报 2024-W26</h1>", message.HtmlBody);
        Assert.Contains("- 支付组：可用性 99.5%", message.TextBody);
        Assert.Equal($"digest-2024-W26-{record.Id}@summarizer", message.MessageId);
    }

    [Fact]
    public async Task DeliverAsync_AgainAfterRestart_SendsExactlyOnce()
    {
        await Service().DeliverAsync(Week);

        var restarted = Service();
        var again = await restarted.DeliverAsync(Week);
        Assert.Equal(0, await Service().SendPendingAsync());

        Assert.Equal(DeliveryState.Sent, again!.State);
        Assert.Equal(1, again.Attempts);
        Assert.Single(_smtp.Store.Messages);
    }

    [Fact]
    public async Task SendPendingAsync_RelayRefuses_RecordsErrorRetriesAfterBackoffThenSends()
    {
        _smtp.Store.RefuseNext(2);

        var first = await Service().DeliverAsync(Week);
        Assert.Equal((DeliveryState.Failed, 1), (first!.State, first.Attempts));
        Assert.Contains("try later", first.LastError);
        Assert.Equal(_time.GetUtcNow().AddMinutes(1), first.NextAttemptAt);

        Assert.Equal(0, await Service().SendPendingAsync()); // not due yet: no attempt
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await Service().SendPendingAsync()); // refused again, back-off doubles
        var second = Assert.Single(await OpenStore().GetPendingDeliveriesAsync());
        Assert.Equal((2, _time.GetUtcNow().AddMinutes(2)), (second.Attempts, second.NextAttemptAt));

        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await Service().SendPendingAsync());
        Assert.Empty(await OpenStore().GetPendingDeliveriesAsync());
        Assert.Single(_smtp.Store.Messages);
    }

    [Fact]
    public async Task SendPendingAsync_RelayDown_KeepsEntryUntilRelayAnswers()
    {
        var closedPort = ClosedPort();
        var down = await Service(Smtp(closedPort)).DeliverAsync(Week);
        Assert.Equal(DeliveryState.Failed, down!.State);
        Assert.False(string.IsNullOrWhiteSpace(down.LastError));
        Assert.Equal(_time.GetUtcNow().AddMinutes(1), await Service().NextRetryAtAsync());

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await Service().SendPendingAsync()); // the relay is reachable now (configured port)
        var (message, _) = Assert.Single(_smtp.Store.Messages);
        Assert.Equal("Weekly digest 2024-W26", message.Subject);
        Assert.Null(await Service().NextRetryAtAsync());
    }

    [Fact]
    public async Task DeliverAsync_FolderConfigured_WritesHtmlMarkdownAndEml()
    {
        var folder = Path.Combine(Path.GetDirectoryName(_db.Path)!, "sent");
        await Service(folder: folder).DeliverAsync(Week);

        Assert.Equal("<h1>周报 2024-W26</h1><p>可用性 99.5%</p>", await File.ReadAllTextAsync(Path.Combine(folder, "2024-W26.html")));
        Assert.StartsWith("# 周报 2024-W26", await File.ReadAllTextAsync(Path.Combine(folder, "2024-W26.md")));
        var eml = await MimeMessage.LoadAsync(Path.Combine(folder, "2024-W26.eml"));
        Assert.Equal("Weekly digest 2024-W26", eml.Subject);
        Assert.Contains("可用性 99.5%", eml.HtmlBody);
    }

    [Fact]
    public async Task DeliverAsync_NoSmtpHost_WritesFolderOnlyAndEnqueuesNothing()
    {
        var folder = Path.Combine(Path.GetDirectoryName(_db.Path)!, "copy");
        Assert.Null(await Service(new SmtpOptions(), folder).DeliverAsync(Week));
        Assert.True(File.Exists(Path.Combine(folder, "2024-W26.eml")));
        Assert.Empty(await OpenStore().GetPendingDeliveriesAsync());
        Assert.Empty(_smtp.Store.Messages);
    }

    [Fact]
    public async Task DeliverAsync_NoDigestStored_ThrowsActionableError()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => Service().DeliverAsync(new IsoWeek(2024, 1)));
        Assert.Contains("summarizer run --week 2024-W01", ex.Message);
    }

    [Fact]
    public async Task DeliverAsync_FolderUnwritable_StillMails()
    {
        var blocker = Path.Combine(Path.GetDirectoryName(_db.Path)!, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var record = await Service(folder: Path.Combine(blocker, "sent")).DeliverAsync(Week);
        Assert.Equal(DeliveryState.Sent, record!.State);
        Assert.Single(_smtp.Store.Messages);
    }

    [Fact]
    public void SmtpOptions_BadAddresses_FailValidationNamingThem()
    {
        var options = new SmtpOptions { From = "not an address", To = ["boss@example.test", "nobody at all"] };
        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains("nobody at all", errors[1].ErrorMessage);
    }

    [Fact]
    public void RecipientsKey_MixedCaseAndDuplicates_SortedLowercaseJoined() =>
        Assert.Equal("a@x.org;b@x.org", RecipientsKey.From([" B@x.org", "a@x.org", "b@X.org", ""]));

    private static int ClosedPort()
    {
        // Bind and release: nothing listens on the port afterwards, so connecting is refused.
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _db.Dispose();
    }
}
