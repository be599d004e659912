using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.Gather.Sources;

namespace Summarizer.History;

public static class HistoryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="WeekComparer"/> and <see cref="ExpectedTeams"/> with <see cref="HistoryOptions"/> from
    /// <c>Summarizer:History</c> and the team directory (<c>Summarizer:Teams</c>), and the digest language choice with
    /// <see cref="DigestLanguageOptions"/> from <c>Summarizer:Digest</c>.
    /// </summary>
    public static IServiceCollection AddWeekComparer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HistoryOptions>().BindConfiguration(HistoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddTeamDirectory();
        services.TryAddSingleton<ExpectedTeams>();
        services.AddOptions<DigestLanguageOptions>().BindConfiguration(DigestLanguageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<DigestLanguageChoice>();
        services.AddSingleton<IWeekComparer, WeekComparer>();
        return services;
    }
}
