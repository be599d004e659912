using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Summarizer.Host.Serve;
using Summarizer.Host.Worker;
using Summarizer.Store;
using Summarizer.Tests.Delivery;
using Summarizer.Tests.TestSupport;

namespace Summarizer.Tests.Worker;

/// <summary>
/// `serve` as deployed: the real pipeline over the samples, the store on disk, mail to a loopback SMTP server,
/// on an every-minute schedule driven by a fake clock.
/// </summary>
public sealed class ServeScheduleTests
{
    // Monday 2024-07-01 07:59:30 in Shanghai: the digest covers 2024-W26.
    private static readonly DateTimeOffset Start = new(2024, 7, 1, 7, 59, 30, TimeSpan.FromHours(8));

    [Fact]
    public async Task EveryMinuteSchedule_MailsOneHtmlDigest_AndNoSecondOneAfterARestart()
    {
        using var folder = new TempFolder();
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        var time = new FakeTimeProvider(Start);

        var (app, waits) = Create(folder, smtp, time);
        await app.StartAsync();
        await NextWait(waits); // start-up catch-up made and mailed the digest of the missed occurrence
        var mail = Assert.Single(smtp.Store.Messages).Message;
        Assert.Contains("2024-W26", mail.Subject);
        Assert.Contains("周报摘要 2024-W26", mail.HtmlBody);
        Assert.Contains("周报摘要 2024-W26", mail.TextBody);

        time.Advance(TimeSpan.FromSeconds(30)); // 08:00, the next occurrence: same week, already mailed
        await NextWait(waits);
        await app.StopAsync();
        await app.DisposeAsync();

        (app, waits) = Create(folder, smtp, time);
        await app.StartAsync();
        await NextWait(waits);
        var store = app.Services.GetRequiredService<IDigestStore>();
        Assert.Single(smtp.Store.Messages);
        Assert.True((await store.ListRunsAsync("2024-W26")).Count(r => r.State == RunState.Succeeded) >= 2);
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static (Microsoft.AspNetCore.Builder.WebApplication, Channel<DateTimeOffset>) Create(TempFolder folder, LoopbackSmtpServer smtp, FakeTimeProvider time)
    {
        var app = SummarizerWebApp.Create(
        [
            "--urls", "http://127.0.0.1:0",
            $"--Summarizer:Store=Data Source={Path.Combine(folder.Path, "summarizer.db")}",
            $"--Summarizer:Input={RepoPaths.Samples}",
            $"--Summarizer:Output={Path.Combine(folder.Path, "out")}",
            "--Summarizer:Schedule:Cron=* * * * *",
            "--Summarizer:Delivery:Smtp:Host=127.0.0.1",
            $"--Summarizer:Delivery:Smtp:Port={smtp.Port}",
            "--Summarizer:Delivery:Smtp:Security=None",
            "--Summarizer:Delivery:Smtp:From=digest@example.test",
            "--Summarizer:Delivery:Smtp:To:0=head@example.test",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Warning",
        ], services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time)));
        var waits = Channel.CreateUnbounded<DateTimeOffset>();
        app.Services.GetServices<IHostedService>().OfType<DigestWorker>().Single().Waiting += at => waits.Writer.TryWrite(at);
        return (app, waits);
    }

    private static Task<DateTimeOffset> NextWait(Channel<DateTimeOffset> waits) =>
        waits.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
}
