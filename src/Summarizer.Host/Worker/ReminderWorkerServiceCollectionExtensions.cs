using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.Reminders;

namespace Summarizer.Host.Worker;

public static class ReminderWorkerServiceCollectionExtensions
{
    /// <summary>Registers the reminders (<see cref="ReminderServiceCollectionExtensions.AddReminders"/>) and their hosted <see cref="ReminderWorker"/>; needs AddDigestWorker's <see cref="ScheduleOptions"/>.</summary>
    public static IServiceCollection AddReminderWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReminders(configuration);
        services.TryAddSingleton<WeeklySchedule>(); // the digest's occurrences bound the start-up catch-up
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
