using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Summarizer.Delivery;
using Summarizer.History;
using Summarizer.Host.Worker;
using Summarizer.Store;
using Summarizer.Tests.Store;

namespace Summarizer.Tests.Worker;

/// <summary>The DI extensions the host calls, bound from configuration as appsettings/env would give it.</summary>
public sealed class WorkerRegistrationTests : IDisposable
{
    private readonly TempDb _db = new();

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddDigestStore(config).AddWeekComparer(config).AddDelivery(config).AddDigestWorker(config);
        services.AddSingleton<IWeeklyDigestJob>(sp => new RecordingDigestJob(sp.GetRequiredService<IDigestStore>(), TimeProvider.System));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddDigestWorker_WithStoreAndDelivery_ResolvesEverythingFromConfiguration()
    {
        using var sp = Build(new()
        {
            ["Summarizer:Store"] = _db.ConnectionString,
            ["Summarizer:Schedule:Cron"] = "30 9 * * FRI",
            ["Summarizer:History:Weeks"] = "6",
            ["Summarizer:Delivery:Folder"] = "out/mail",
            ["Summarizer:Delivery:Smtp:Host"] = "smtp.example.test",
            ["Summarizer:Delivery:Smtp:To:0"] = "boss@example.test",
            ["Summarizer:Delivery:Smtp:To:1"] = "cto@example.test",
        });

        Assert.IsType<DigestWorker>(Assert.Single(sp.GetServices<IHostedService>()));
        Assert.IsType<SqliteDigestStore>(sp.GetRequiredService<IDigestStore>());
        Assert.Equal(["boss@example.test", "cto@example.test"], sp.GetRequiredService<IOptions<SmtpOptions>>().Value.To);
        Assert.Equal(6, sp.GetRequiredService<IOptions<HistoryOptions>>().Value.Weeks);
        Assert.Equal("30 9 * * FRI", sp.GetRequiredService<IOptions<ScheduleOptions>>().Value.Cron);
        Assert.NotNull(sp.GetRequiredService<IWeekComparer>());
        Assert.NotNull(sp.GetRequiredService<DeliveryService>());
    }

    [Fact]
    public void AddDigestWorker_BadCron_FailsValidationWithTheSettingName()
    {
        using var sp = Build(new() { ["Summarizer:Store"] = _db.ConnectionString, ["Summarizer:Schedule:Cron"] = "mondays" });
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<ScheduleOptions>>().Value);
        Assert.Contains("'mondays' is not a cron expression", ex.Message);
    }

    public void Dispose() => _db.Dispose();
}
