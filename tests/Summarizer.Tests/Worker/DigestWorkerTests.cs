using System.Threading.Channels;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Delivery;
using Summarizer.Host.Worker;
using Summarizer.Store;
using Summarizer.Tests.Delivery;
using Summarizer.Tests.Store;

namespace Summarizer.Tests.Worker;

/// <summary>The worker on a fake clock, with a real SQLite store and mail to a loopback SMTP server.</summary>
public sealed class DigestWorkerTests : IAsyncLifetime
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);
    private readonly TempDb _db = new();
    private readonly FakeTimeProvider _time = new();
    private readonly Channel<DateTimeOffset> _waits = Channel.CreateUnbounded<DateTimeOffset>();
    private LoopbackSmtpServer _smtp = null!;
    private SqliteDigestStore _store = null!;
    private RecordingDigestJob _job = null!;
    private DigestWorker? _worker;

    public async Task InitializeAsync()
    {
        _smtp = await LoopbackSmtpServer.StartAsync();
        _store = new SqliteDigestStore(_db.ConnectionString, _time);
        _job = new RecordingDigestJob(_store, _time);
    }

    private async Task StartWorker(string cron = "0 8 * * MON")
    {
        var smtp = Options.Create(new SmtpOptions { Host = "127.0.0.1", Port = _smtp.Port, Security = SmtpSecurity.None, To = ["boss@example.test"] });
        var delivery = Options.Create(new DeliveryOptions());
        var service = new DeliveryService(_store, new SmtpDigestSender(smtp, NullLogger<SmtpDigestSender>.Instance),
            new DigestFolder(delivery, NullLogger<DigestFolder>.Instance), delivery, smtp, _time, NullLogger<DeliveryService>.Instance);
        var schedule = Options.Create(new ScheduleOptions { Cron = cron });
        _worker = new DigestWorker(_job, service, _store, new WeeklySchedule(schedule), schedule, _time, NullLogger<DigestWorker>.Instance);
        _worker.Waiting += at => _waits.Writer.TryWrite(at);
        await _worker.StartAsync(CancellationToken.None);
    }

    private async Task StopWorker()
    {
        if (_worker is null) return;
        await _worker.StopAsync(CancellationToken.None);
        _worker.Dispose();
        _worker = null;
    }

    private async Task<DateTimeOffset> NextWaitAsync() => await _waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(20));

    private async Task SeedSucceededRun(IsoWeek week)
    {
        var run = await _store.CreateRunAsync(week.ToString(), "offline", null);
        await _store.UpdateRunAsync(run with { State = RunState.Succeeded });
    }

    [Fact]
    public async Task Start_AfterDowntimeOverMonday_CatchesUpOnceAndMails()
    {
        _time.SetUtcNow(new DateTimeOffset(2024, 7, 3, 10, 0, 0, Shanghai)); // Wednesday: Monday's run was missed
        await StartWorker();

        Assert.Equal(new IsoWeek(2024, 26), await _job.NextCallAsync());
        Assert.Equal(new DateTimeOffset(2024, 7, 8, 8, 0, 0, Shanghai), await NextWaitAsync());
        var (mail, _) = Assert.Single(_smtp.Store.Messages);
        Assert.Equal("Weekly digest 2024-W26", mail.Subject);

        await StopWorker();
        await StartWorker(); // a second restart: the week has a succeeded run, nothing runs or mails again
        Assert.Equal(new DateTimeOffset(2024, 7, 8, 8, 0, 0, Shanghai), await NextWaitAsync());
        Assert.Equal([new IsoWeek(2024, 26)], _job.Weeks);
        Assert.Single(_smtp.Store.Messages);
    }

    [Fact]
    public async Task Occurrence_MondayMorning_RunsPreviousWeekOnceThenWaitsAWeek()
    {
        await SeedSucceededRun(new IsoWeek(2024, 25)); // last Monday's week is done: no catch-up
        _time.SetUtcNow(new DateTimeOffset(2024, 7, 1, 7, 0, 0, Shanghai));
        await StartWorker();

        var wake = await NextWaitAsync();
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 8, 0, 0, Shanghai), wake);
        Assert.Empty(_job.Weeks);

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.Empty(_job.Weeks); // the timer is not due yet
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new IsoWeek(2024, 26), await _job.NextCallAsync());
        Assert.Equal(new DateTimeOffset(2024, 7, 8, 8, 0, 0, Shanghai), await NextWaitAsync());
        Assert.Single(_smtp.Store.Messages);
        Assert.Single(_job.Weeks);
    }

    [Fact]
    public async Task EveryMinuteCron_FiresOncePerMinute()
    {
        var start = new DateTimeOffset(2024, 7, 3, 12, 0, 30, TimeSpan.Zero);
        await SeedSucceededRun(new IsoWeek(2024, 26)); // 12:00:00's week
        _time.SetUtcNow(start);
        await StartWorker("* * * * *");
        Assert.Equal(start.AddSeconds(30), await NextWaitAsync());

        _time.Advance(TimeSpan.FromSeconds(30));
        for (int minute = 1; minute <= 3; minute++)
        {
            Assert.Equal(new IsoWeek(2024, 26), await _job.NextCallAsync());
            Assert.Equal(start.AddSeconds(30 + 60 * minute), await NextWaitAsync());
            Assert.Equal(minute, _job.Weeks.Count);
            _time.Advance(TimeSpan.FromSeconds(59));
            Assert.Equal(minute, _job.Weeks.Count);
            _time.Advance(TimeSpan.FromSeconds(1));
        }
        await _job.NextCallAsync();
        Assert.Equal(4, _job.Weeks.Count);
        Assert.Single(_smtp.Store.Messages); // same week, same recipients: mailed once
    }

    [Fact]
    public async Task FailingRun_IsLoggedAndNextOccurrenceStillRuns()
    {
        await SeedSucceededRun(new IsoWeek(2024, 25));
        _time.SetUtcNow(new DateTimeOffset(2024, 7, 1, 7, 59, 0, Shanghai));
        _job.FailNext();
        await StartWorker();
        await NextWaitAsync();

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(new IsoWeek(2024, 26), await _job.NextCallAsync()); // throws inside
        await NextWaitAsync();
        Assert.Empty(_smtp.Store.Messages);
        Assert.False(_worker!.ExecuteTask!.IsCompleted);

        _time.Advance(TimeSpan.FromDays(7));
        Assert.Equal(new IsoWeek(2024, 27), await _job.NextCallAsync());
        await NextWaitAsync();
        Assert.Equal("Weekly digest 2024-W27", Assert.Single(_smtp.Store.Messages).Message.Subject);
    }

    [Fact]
    public async Task Disabled_DoesNothing()
    {
        _time.SetUtcNow(new DateTimeOffset(2024, 7, 3, 10, 0, 0, Shanghai));
        var schedule = Options.Create(new ScheduleOptions { Enabled = false });
        var delivery = Options.Create(new DeliveryOptions());
        var smtp = Options.Create(new SmtpOptions());
        var service = new DeliveryService(_store, new SmtpDigestSender(smtp, NullLogger<SmtpDigestSender>.Instance),
            new DigestFolder(delivery, NullLogger<DigestFolder>.Instance), delivery, smtp, _time, NullLogger<DeliveryService>.Instance);
        using var worker = new DigestWorker(_job, service, _store, new WeeklySchedule(schedule), schedule, _time, NullLogger<DigestWorker>.Instance);
        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Empty(_job.Weeks);
    }

    public async Task DisposeAsync()
    {
        await StopWorker();
        await _smtp.DisposeAsync();
        _db.Dispose();
    }
}
