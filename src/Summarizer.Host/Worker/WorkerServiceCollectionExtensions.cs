using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Summarizer.Host.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the weekly <see cref="DigestWorker"/> with <see cref="ScheduleOptions"/> from <c>Summarizer:Schedule</c>.
    /// Needs an <see cref="IWeeklyDigestJob"/>, AddDelivery and AddDigestStore.
    /// </summary>
    public static IServiceCollection AddDigestWorker(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ScheduleOptions>().BindConfiguration(ScheduleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<WeeklySchedule>();
        services.AddHostedService<DigestWorker>();
        return services;
    }
}
