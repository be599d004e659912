using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.Digest;
using Summarizer.Extraction;
using Summarizer.Gather;
using Summarizer.Pipeline;
using Summarizer.Verification;

namespace Summarizer.Host.Composition;

/// <summary>Registers the pipeline steps, one line per step, in pipeline order.</summary>
public static class PipelineServices
{
    public static IServiceCollection AddSummarizerPipeline(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SummarizerOptions>().BindConfiguration(SummarizerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.AddReportGathering();                                               // gather, sections
        services.AddSingleton<OfflineExtractor>();                                   // extract
        services.AddSingleton<IItemExtractor>(sp => sp.GetRequiredService<OfflineExtractor>());
        services.AddSingleton<IExecutiveSummaryWriter, OfflineExecutiveSummaryWriter>();
        services.AddSingleton<ExtractorCatalog>();
        services.AddSingleton<RunLedger>();
        services.AddSingleton<CheckpointedExtraction>();
        services.AddSingleton<ItemVerifier>();                                       // verify
        services.AddSingleton<DigestComposer>();                                     // assemble
        services.AddSingleton<MarkdownDigestWriter>();
        services.AddSingleton<Summarizer.Digest.Html.HtmlDigestWriter>();
        services.AddOptions<DigestLinkOptions>().BindConfiguration(DigestLinkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<WeekDigestRenderer>();
        services.AddSingleton<DigestAssembler>();
        services.AddSingleton<DigestPipeline>();
        return services;
    }
}
