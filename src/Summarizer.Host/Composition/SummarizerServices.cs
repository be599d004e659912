using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.AI;
using Summarizer.Gather.Sources;
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
        // Report sources besides the input folder; the gatherer merges what they hold for the week.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportSource, UploadReportSource>());
        services.AddMailboxSource(); // fetches before gathering when Summarizer:Mailbox:Host is set
        services.AddWeekComparer(configuration);
        services.AddLlmEngine(configuration); // only when Summarizer:Llm:Endpoint is set
        return services;
    }
}
