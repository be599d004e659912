using Microsoft.Extensions.DependencyInjection;
using Summarizer.Sections;

namespace Summarizer.Gather;

public static class GatherServiceCollectionExtensions
{
    /// <summary>
    /// Registers the gather and sections steps (<see cref="ReportGatherer"/>, <see cref="SectionParser"/>) with
    /// <see cref="GatherOptions"/> bound from <c>Summarizer:Gather</c> and validated at start-up.
    /// </summary>
    public static IServiceCollection AddReportGathering(this IServiceCollection services)
    {
        services.AddOptions<GatherOptions>().BindConfiguration(GatherOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ReportGatherer>();
        services.AddSingleton<SectionParser>();
        return services;
    }
}
