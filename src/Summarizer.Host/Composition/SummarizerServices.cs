namespace Summarizer.Host.Composition;

/// <summary>Everything every entry point needs: the pipeline, the store, the engines.</summary>
public static class SummarizerServices
{
    public static IServiceCollection AddSummarizer(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSummarizerPipeline(configuration);
        // Store, history and the LLM engine are wired here as they land.
        return services;
    }
}
