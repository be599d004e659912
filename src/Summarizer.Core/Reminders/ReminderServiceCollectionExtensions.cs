using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using Summarizer.History;
using Summarizer.Store;

namespace Summarizer.Reminders;

public static class ReminderServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ReminderService"/>, <see cref="MissingReports"/> and the input folder's
    /// <see cref="IReportPresence"/>, with <see cref="ReminderOptions"/> (<c>Summarizer:Schedule</c>) and the team
    /// directory (<c>Summarizer:Teams</c>) validated at start-up. Needs AddDigestStore, AddDelivery, AddWeekComparer
    /// and the pipeline (gatherer, <c>SummarizerOptions</c>).
    /// </summary>
    public static IServiceCollection AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>().BindConfiguration(ReminderOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddTeamDirectory();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ReportGatherer>();
        services.TryAddSingleton<IReportPresence, GatheredReportPresence>();
        services.TryAddSingleton(sp => (IReminderOutbox)sp.GetRequiredService<IDigestStore>());
        services.TryAddSingleton<ExpectedTeams>();
        services.TryAddSingleton<MissingReports>();
        services.TryAddSingleton<ReminderMessage>();
        services.TryAddSingleton<ReminderService>();
        return services;
    }
}
