using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Summarizer.Delivery;
using Summarizer.Gather.Sources;
using Summarizer.History;
using Summarizer.Reminders;
using Summarizer.Store;
using Summarizer.Tests.Store;

namespace Summarizer.Tests.Reminders;

/// <summary>The reminders' options as appsettings or the environment give them, validated at start-up.</summary>
public sealed class ReminderRegistrationTests : IDisposable
{
    private readonly TempDb _db = new();

    private ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(config);
        services.AddOptions<Summarizer.Pipeline.SummarizerOptions>().BindConfiguration("Summarizer");
        services.AddOptions<Summarizer.Digest.DigestLinkOptions>().BindConfiguration("Summarizer:Delivery");
        services.AddDigestStore(config).AddWeekComparer(config).AddDelivery(config).AddReminders(config);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddReminders_BindsDeadlineAndTeamDirectory()
    {
        using var sp = Build(new()
        {
            ["Summarizer:Store"] = _db.ConnectionString,
            ["Summarizer:Schedule:TimeZone"] = "Europe/Berlin",
            ["Summarizer:Schedule:SubmissionDeadline"] = "Thu 17:30",
            ["Summarizer:Teams:Payments:Addresses:0"] = "payments@example.test",
            ["Summarizer:Teams:Payments:RemindTo:0"] = "lead@example.test",
            ["Summarizer:Teams:支付组:Addresses:0"] = "zhifu@example.test",
            ["Summarizer:Teams:Ops"] = "", // a team without addresses: listed, never mailed
        });

        var deadline = sp.GetRequiredService<ReminderService>().Deadline!;
        Assert.Equal((DayOfWeek.Thursday, new TimeOnly(17, 30), "Europe/Berlin"), (deadline.Day, deadline.Time, deadline.Zone.Id));
        var teams = sp.GetRequiredService<IOptions<TeamDirectoryOptions>>().Value.Teams;
        Assert.Equal(["lead@example.test"], teams["payments"].RemindTo);
        Assert.Equal(["zhifu@example.test"], teams["支付组"].Addresses);
        Assert.Empty(teams["Ops"].Addresses);
        Assert.Same(sp.GetRequiredService<IDigestStore>(), sp.GetRequiredService<IReminderOutbox>());
    }

    [Fact]
    public void NoDeadline_RemindersAreOff()
    {
        using var sp = Build(new() { ["Summarizer:Store"] = _db.ConnectionString });
        Assert.Null(sp.GetRequiredService<ReminderService>().Deadline);
    }

    [Fact]
    public void BadDeadline_FailsValidationNamingTheFormat()
    {
        using var sp = Build(new() { ["Summarizer:Store"] = _db.ConnectionString, ["Summarizer:Schedule:SubmissionDeadline"] = "Friday 6pm" });
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<ReminderOptions>>().Value);
        Assert.Contains("'6pm' in 'Friday 6pm' is not a time of day; write '<weekday> HH:mm' in English, e.g. 'Friday 18:00'", ex.Message);
    }

    public void Dispose() => _db.Dispose();
}
