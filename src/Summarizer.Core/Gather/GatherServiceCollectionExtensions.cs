using Microsoft.Extensions.DependencyInjection;
using Summarizer.Sections;

namespace Summarizer.Gather;

public static class GatherServiceCollectionExtensions
{
    /// <summary>
    /// Registers the gather and sections steps (<see cref="ReportGatherer"/>, <see cref="SectionParser"/>) and
    /// <see cref="GatherOptions"/>. The host binds the options: <c>AddOptions&lt;GatherOptions&gt;().BindConfiguration(GatherOptions.SectionName)</c>.
    /// </summary>
    public static IServiceCollection AddReportGathering(this IServiceCollection services)
    {
        services.AddOptions<GatherOptions>();
        services.AddSingleton<ReportGatherer>();
        services.AddSingleton<SectionParser>();
        return services;
    }
}
