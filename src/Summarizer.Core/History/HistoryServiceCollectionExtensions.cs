using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Summarizer.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="WeekComparer"/> with <see cref="HistoryOptions"/> from <c>Summarizer:History</c> and the
    /// digest language choice with <see cref="DigestLanguageOptions"/> from <c>Summarizer:Digest</c>.
    /// </summary>
    public static IServiceCollection AddWeekComparer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HistoryOptions>().BindConfiguration(HistoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DigestLanguageOptions>().BindConfiguration(DigestLanguageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DigestLanguageChoice>();
        services.AddSingleton<IWeekComparer, WeekComparer>();
        return services;
    }
}
