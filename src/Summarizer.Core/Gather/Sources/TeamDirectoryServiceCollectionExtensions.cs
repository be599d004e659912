using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Summarizer.Gather.Sources;

public static class TeamDirectoryServiceCollectionExtensions
{
    /// <summary>
    /// Binds the team directory (<see cref="TeamDirectoryOptions"/>, <c>Summarizer:Teams</c>) once, validated at start-up.
    /// The mailbox, the reminders and the compare step all read it; binding twice would append every address array a
    /// second time, so later calls add nothing.
    /// </summary>
    public static IServiceCollection AddTeamDirectory(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(IConfigureOptions<TeamDirectoryOptions>)))
            services.AddOptions<TeamDirectoryOptions>().BindConfiguration(TeamDirectoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
