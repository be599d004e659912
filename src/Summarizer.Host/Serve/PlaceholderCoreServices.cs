using Microsoft.Extensions.DependencyInjection.Extensions;
using Summarizer.Digest;
using Summarizer.Extraction;
using Summarizer.Gather;
using Summarizer.History;
using Summarizer.Pipeline;
using Summarizer.Sections;
using Summarizer.Store;
using Summarizer.Verification;

namespace Summarizer.Host.Serve;

/// <summary>
/// PLACEHOLDER until the lead's core registration exists: registers the store, the pipeline and the digest renderer
/// so <c>serve</c> runs on its own. Replace the call in <see cref="SummarizerWebApp.Create"/> with the lead's extension
/// methods and delete this file. Every registration is a TryAdd, so real registrations made earlier win.
/// </summary>
internal static class PlaceholderCoreServices
{
    public static IServiceCollection AddPlaceholderCore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SummarizerOptions>().BindConfiguration(SummarizerOptions.SectionName).ValidateDataAnnotations();
        services.AddDigestStore(configuration);
        services.AddHostedService<StoreInitializer>();
        services.TryAddSingleton<ReportGatherer>();
        services.TryAddSingleton<SectionParser>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IItemExtractor, OfflineExtractor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExecutiveSummaryWriter, OfflineExecutiveSummaryWriter>());
        services.TryAddSingleton<ExtractorCatalog>();
        services.TryAddSingleton<ItemVerifier>();
        services.TryAddSingleton<IWeekComparer, NoHistoryComparer>();
        services.TryAddSingleton<DigestComposer>();
        services.TryAddSingleton<MarkdownDigestWriter>();
        services.TryAddSingleton<HtmlDigestWriter>();
        services.TryAddSingleton<WeekDigestRenderer>();
        services.TryAddSingleton<DigestAssembler>();
        services.TryAddSingleton<DigestPipeline>();
        return services;
    }

    /// <summary>PLACEHOLDER comparer: no week-over-week changes until the real one is registered.</summary>
    private sealed class NoHistoryComparer : IWeekComparer
    {
        public Task<WeekComparison> CompareAsync(IsoWeek week, IReadOnlyList<ExtractedItem> items, IReadOnlyList<ReportInfo> reports, CancellationToken ct) =>
            Task.FromResult(new WeekComparison(items, []));
    }
}
