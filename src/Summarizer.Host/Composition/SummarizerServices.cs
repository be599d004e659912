using Summarizer.AI;
using Summarizer.History;
using Summarizer.Store;

namespace Summarizer.Host.Composition;

/// <summary>Everything every entry point needs: the pipeline, the store, the engines.</summary>
public static class SummarizerServices
{
    public static IServiceCollection AddSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSummarizerPipeline(configuration);
        services.AddDigestStore(configuration);
        services.AddWeekComparer(configuration);
        services.AddLlmEngine(configuration); // only when Summarizer:Llm:Endpoint is set
        return services;
    }
}
