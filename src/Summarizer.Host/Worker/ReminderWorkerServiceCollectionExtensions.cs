using Summarizer.Reminders;

namespace Summarizer.Host.Worker;

public static class ReminderWorkerServiceCollectionExtensions
{
    /// <summary>Registers the reminders (<see cref="ReminderServiceCollectionExtensions.AddReminders"/>) and their hosted <see cref="ReminderWorker"/>.</summary>
    public static IServiceCollection AddReminderWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddReminders(configuration);
        services.AddHostedService<ReminderWorker>();
        return services;
    }
}
