using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Summarizer.Host.Serve;
using Summarizer.Host.Worker;
using Summarizer.Tests.Delivery;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Reminders;

/// <summary>
/// <c>serve</c> as deployed with a Friday 18:00 deadline: the store on disk, reports in the input folder, reminders to
/// a loopback SMTP server, driven by a fake clock. Teams: Payments reported early, Search reports at 17:30, Infra
/// (reminders to its lead, not its list) and Data are missing, Ops is missing and has no address.
/// </summary>
public sealed class ReminderServeTests : IAsyncLifetime
{
    private const string AnalystToken = "analyst-token-reminders-4e8a2c6f";
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private static readonly DateTimeOffset Deadline = new(2024, 6, 28, 18, 0, 0, Shanghai);
    private static readonly DateTimeOffset NextDeadline = Deadline.AddDays(7);
    private readonly TempFolder _folder = new();
    private readonly FakeTimeProvider _time = new(Deadline.AddHours(-1));
    private LoopbackSmtpServer _smtp = null!;

    public async Task InitializeAsync()
    {
        _smtp = await LoopbackSmtpServer.StartAsync();
        Report("Payments");
    }

    private void Report(string team) =>
        _folder.Write($"reports/2024-W26/{team}.md", $"# {team} weekly report\n\n## Progress\n- Shipped the refund flow to 20% of users.\n");

    private sealed record Host(WebApplication App, Channel<DateTimeOffset> Waits) : IAsyncDisposable
    {
        public Task<DateTimeOffset> NextWait() => Waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));

        public HttpClient Client()
        {
            var client = new HttpClient { BaseAddress = new Uri(App.Urls.First()) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AnalystToken);
            return client;
        }

        public async ValueTask DisposeAsync()
        {
            await App.StopAsync();
            await App.DisposeAsync();
        }
    }

    private async Task<Host> StartHost(Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        var app = SummarizerWebApp.Create(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Summarizer:Store=Data Source={Path.Combine(_folder.Path, "summarizer.db")}",
            $"--Summarizer:Input={Path.Combine(_folder.Path, "reports")}",
            $"--Summarizer:Output={Path.Combine(_folder.Path, "out")}",
            $"--Summarizer:Auth:Tokens:{AnalystToken}=analyst",
            "--Summarizer:Schedule:SubmissionDeadline=Friday 18:00",
            "--Summarizer:Delivery:BaseUrl=https://digest.example.test",
            "--Summarizer:Delivery:Smtp:Host=127.0.0.1",
            $"--Summarizer:Delivery:Smtp:Port={_smtp.Port}",
            "--Summarizer:Delivery:Smtp:Security=None",
            "--Summarizer:Delivery:Smtp:From=digest@example.test",
            "--Summarizer:Teams:Payments:Addresses:0=payments@example.test",
            "--Summarizer:Teams:Search:Addresses:0=search@example.test",
            "--Summarizer:Teams:Infra:Addresses:0=infra-list@example.test",
            "--Summarizer:Teams:Infra:RemindTo:0=infra-lead@example.test",
            "--Summarizer:Teams:Data:Addresses:0=data@example.test",
            "--Summarizer:Teams:Ops=", // no address: listed, not mailed
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
            "--Logging:LogLevel:Summarizer.Reminders=Debug",
        ], services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_time));
            if (logs is not null) services.AddSingleton(logs);
        });
        var waits = Channel.CreateUnbounded<DateTimeOffset>();
        app.Services.GetServices<IHostedService>().OfType<ReminderWorker>().Single().Waiting += at => waits.Writer.TryWrite(at);
        await app.StartAsync();
        return new Host(app, waits);
    }

    private List<(MimeMessage Message, IReadOnlyList<string> Envelope)> Mails() => [.. _smtp.Store.Messages];

    private static async Task<JsonElement> Missing(Host host)
    {
        using var client = host.Client();
        return await client.GetFromJsonAsync<JsonElement>("/api/weeks/2024-w26/missing");
    }

    private static async Task<string> MissingPage(Host host)
    {
        using var client = host.Client();
        return await client.GetStringAsync("/missing?week=2024-W26");
    }

    private static List<(string Team, string State, string? RemindedAt)> Teams(JsonElement answer) =>
        answer.GetProperty("missing").EnumerateArray()
            .Select(t => (t.GetProperty("team").GetString()!, t.GetProperty("state").GetString()!,
                t.GetProperty("remindedAt").ValueKind == JsonValueKind.Null ? null : t.GetProperty("remindedAt").GetDateTimeOffset().ToString("O")))
            .ToList();

    [Fact]
    public async Task AtTheDeadline_ExactlyTheMissingTeamsGetOneReminderEach_AndARestartSendsNothingMore()
    {
        await using (var host = await StartHost())
        {
            Assert.Equal(Deadline, await host.NextWait());
            var before = await Missing(host);
            Assert.False(before.GetProperty("deadlinePassed").GetBoolean());
            Assert.Equal([("Data", "notYet", null), ("Infra", "notYet", null), ("Ops", "notYet", null), ("Search", "notYet", null)], Teams(before));

            _time.Advance(TimeSpan.FromMinutes(30));
            Report("Search"); // 17:30: in time
            _time.Advance(TimeSpan.FromMinutes(30));
            Assert.Equal(NextDeadline, await host.NextWait());

            var mails = Mails().OrderBy(m => m.Message.Subject, StringComparer.Ordinal).ToList();
            Assert.Equal(2, mails.Count);
            AssertReminder(mails[0], "Data", "data@example.test", others: ["Infra", "Ops", "Search", "Payments"]);
            AssertReminder(mails[1], "Infra", "infra-lead@example.test", others: ["Data", "Ops", "Search", "Payments"]);

            var after = await Missing(host);
            Assert.True(after.GetProperty("deadlinePassed").GetBoolean());
            var at = Deadline.ToUniversalTime().ToString("O");
            Assert.Equal([("Data", "sent", at), ("Infra", "sent", at), ("Ops", "noAddress", null)], Teams(after));

            var page = await MissingPage(host);
            Assert.Contains("The deadline passed Fri 28 Jun 2024 18:00 (Asia/Shanghai)", page);
            Assert.Contains("reminded at Fri 28 Jun 2024 18:00 (Asia/Shanghai)", page);
            Assert.Contains("no address to remind: listed only", page);
            Assert.DoesNotContain(">Search<", page);
        }

        _time.Advance(TimeSpan.FromHours(16)); // Saturday 10:00: a new host on the same store catches up on the deadline
        await using (var host = await StartHost())
        {
            Assert.Equal(NextDeadline, await host.NextWait());
            Assert.Equal(2, Mails().Count);
            Assert.Equal([("Data", "sent"), ("Infra", "sent"), ("Ops", "noAddress")], Teams(await Missing(host)).Select(t => (t.Team, t.State)));
        }
    }

    [Fact]
    public async Task TwoHostsOnOneStore_AtTheDeadline_MailEachMissingTeamOnce()
    {
        Report("Search");
        await using var first = await StartHost();
        await using var second = await StartHost();
        Assert.Equal(Deadline, await first.NextWait());
        Assert.Equal(Deadline, await second.NextWait());

        _time.Advance(TimeSpan.FromHours(1));
        // A host that finds a reminder leased by the other one looks again a few seconds later; let both settle.
        await Settle(first, second);

        Assert.Equal(["data@example.test", "infra-lead@example.test"], Mails().SelectMany(m => m.Envelope).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RelayRefusesOnce_TheReminderIsRetriedAfterTheBackOff_AndSentOnce()
    {
        await using var host = await DeadlineWithDataRefusedOnce();
        var failed = Teams(await Missing(host));
        Assert.Equal(("Data", "failed", null), failed[0]);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(NextDeadline, await host.NextWait());
        AssertReminder(Assert.Single(Mails()), "Data", "data@example.test", others: ["Infra", "Ops", "Search", "Payments"]);
        Assert.Equal(("Data", "sent", Deadline.AddMinutes(1).ToUniversalTime().ToString("O")), Teams(await Missing(host))[0]);
    }

    [Fact]
    public async Task RelayRefuses_OnePlainWarningLineNamesTeamWeekReasonAndRetry_TheExceptionOnlyAtDebug()
    {
        var logs = new Summarizer.Tests.AI.CapturedLogs(Microsoft.Extensions.Logging.LogLevel.Debug);
        await using var host = await DeadlineWithDataRefusedOnce(logs);

        var retry = Deadline.AddMinutes(1).ToUniversalTime().ToString("O");
        var ours = logs.Lines.Where(l => l.Contains(" [Summarizer.", StringComparison.Ordinal)).ToList(); // not the framework's
        var warning = Assert.Single(ours, l => l.StartsWith("Warning", StringComparison.Ordinal));
        Assert.StartsWith("Warning [Summarizer.Reminders.ReminderService]: Mailing the reminder of 2024-W26 (Data) failed (attempt 1): ", warning);
        Assert.Contains("try later", warning);                      // the relay's own reason
        Assert.EndsWith($"; retrying at {retry}", warning);
        Assert.DoesNotContain("\n", warning);
        Assert.DoesNotContain(ours, l => l.EndsWith("[with exception]", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal));
        Assert.Single(ours, l => l.StartsWith("Debug", StringComparison.Ordinal) && l.EndsWith("[with exception]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PastWeek_HostStartedAfterTheDeadlineAndTheDigest_ShowsNoReminderSent_NotNotYet()
    {
        // Monday 1 Jul 18:00: the W26 deadline (Fri 18:00) and the digest (Mon 08:00) both passed before the first start.
        _time.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1));
        await using var host = await StartHost();
        Assert.Equal(NextDeadline, await host.NextWait());

        var answer = await Missing(host);
        Assert.True(answer.GetProperty("deadlinePassed").GetBoolean());
        Assert.Equal([("Data", "missed", null), ("Infra", "missed", null), ("Ops", "noAddress", null), ("Search", "missed", null)], Teams(answer));
        Assert.Empty(Mails());

        var page = await MissingPage(host);
        Assert.Contains("data-team=\"Data\" data-state=\"missed\"", page);
        Assert.Contains("deadline passed, no reminder sent (the host was not running at the deadline)", page);
        Assert.DoesNotContain("notYet", page);
        Assert.DoesNotContain("reminded at the deadline if still missing", page);
    }

    [Fact]
    public async Task ATeamThatReportsBeforeItsRetry_IsNotMailed()
    {
        await using var host = await DeadlineWithDataRefusedOnce();
        Report("Data"); // late, but before the retry
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(NextDeadline, await host.NextWait());
        Assert.Empty(Mails());
        Assert.Equal([("Ops", "noAddress", null)], Teams(await Missing(host)));
        var data = (await ((Summarizer.Store.IReminderOutbox)host.App.Services.GetRequiredService<Summarizer.Store.IDigestStore>())
            .ListRemindersAsync("2024-W26")).Single(r => r.Team == "Data");
        Assert.Equal(Summarizer.Store.ReminderState.Withdrawn, data.State);
    }

    /// <summary>Only Data (and Ops, without address) is missing; the relay refuses Data's reminder at the deadline.</summary>
    private async Task<Host> DeadlineWithDataRefusedOnce(Microsoft.Extensions.Logging.ILoggerProvider? logs = null)
    {
        Report("Search");
        Report("Infra");
        _smtp.Store.RefuseNext(1);
        var host = await StartHost(logs);
        Assert.Equal(Deadline, await host.NextWait());
        _time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(Deadline.AddMinutes(1), await host.NextWait()); // Summarizer:Delivery:RetryDelay
        Assert.Empty(Mails());
        return host;
    }

    /// <summary>
    /// Lets hosts that met each other's lease settle: each host's first wait after the deadline means its pass is done
    /// (what it sent is marked); only then the clock moves to the earliest short retry, until all wait for next week.
    /// </summary>
    private async Task Settle(params Host[] hosts)
    {
        var waits = await Task.WhenAll(hosts.Select(h => h.NextWait()));
        while (waits.Any(w => w != NextDeadline))
        {
            var earliest = waits.Where(w => w != NextDeadline).Min();
            Assert.True(earliest < Deadline.AddMinutes(1), $"unexpected wait until {earliest:O}");
            if (earliest > _time.GetUtcNow()) _time.Advance(earliest - _time.GetUtcNow());
            for (int i = 0; i < hosts.Length; i++)
                if (waits[i] != NextDeadline) waits[i] = await hosts[i].NextWait();
        }
    }

    private void AssertReminder((MimeMessage Message, IReadOnlyList<string> Envelope) mail, string team, string to, string[] others)
    {
        Assert.Equal([to], mail.Envelope);
        Assert.Equal(to, Assert.Single(mail.Message.To.Mailboxes).Address);
        Assert.Equal($"Reminder: weekly report missing: {team} 2024-W26", mail.Message.Subject);
        var body = mail.Message.TextBody;
        Assert.Contains($"Summarizer has no weekly report from {team} for 2024-W26 (Mon 24 Jun – Sun 30 Jun 2024).", body);
        Assert.Contains("Reports were due Friday 28 Jun 2024 18:00 (Asia/Shanghai).", body);
        Assert.Contains($"- upload or paste it on https://digest.example.test/review/{team}?week=2024-W26 (with your team's token)", body);
        Assert.DoesNotContain("mail it to", body);              // no mailbox is configured
        Assert.DoesNotContain(_folder.Path, body);              // a server path is no way for a team to submit
        Assert.DoesNotContain("reports folder", body);
        foreach (var other in others) Assert.DoesNotContain(other, body + mail.Message.Subject);
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
