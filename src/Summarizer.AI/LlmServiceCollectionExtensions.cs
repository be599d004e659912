using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Telemetry;
using Summarizer.AI.Digest;
using Summarizer.AI.Extraction;
using Summarizer.AI.Http;
using Summarizer.AI.Prompts;
using Summarizer.Digest;
using Summarizer.Extraction;

namespace Summarizer.AI;

public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Summarizer:Llm</c> and, only when its Endpoint is set, registers the LLM extractor and summary writer
    /// (as <see cref="IItemExtractor"/> / <see cref="IExecutiveSummaryWriter"/> with Engine "llm"), the Kernel factory and
    /// the named HttpClient with its Polly pipeline. Registers <see cref="OfflineExtractor"/> if missing (the fallback).
    /// </summary>
    public static IServiceCollection AddLlmEngine(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(LlmOptions.SectionName);
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<OfflineExtractor>();
        if (!(section.Get<LlmOptions>() ?? new LlmOptions()).IsConfigured) return services;

        services.TryAddSingleton(TimeProvider.System);
        // Polly's own events (attempts, retries, the circuit opening at Error) are for debugging: a user sees our one
        // Warning line per outcome instead (LlmResilience's circuit line, the extractor's failed-call line).
        services.Configure<TelemetryOptions>(telemetry =>
        {
            var inner = telemetry.SeverityProvider;
            telemetry.SeverityProvider = args =>
                args.Source.PipelineName?.StartsWith(LlmResilience.HttpClientName, StringComparison.Ordinal) == true
                    ? ResilienceEventSeverity.Debug
                    : inner?.Invoke(args) ?? args.Event.Severity;
        });
        var client = services.AddHttpClient(LlmResilience.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        client.AddResilienceHandler("llm", (pipeline, context) =>
            {
                var sp = context.ServiceProvider;
                LlmResilience.Configure(pipeline, sp.GetRequiredService<IOptions<LlmOptions>>().Value, sp.GetRequiredService<TimeProvider>(),
                    sp.GetRequiredService<ILoggerFactory>().CreateLogger("Summarizer.AI.Http.LlmResilience"));
            });
        // Inside the Polly pipeline (added after it): each attempt that reached the endpoint counts in the run's cost line.
        client.AddHttpMessageHandler(() => new ModelCallMetering());
        services.TryAddSingleton<LlmKernelFactory>();
        services.TryAddSingleton<LlmPrompts>();
        services.TryAddSingleton<LlmItemExtractor>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IItemExtractor, LlmItemExtractor>(sp => sp.GetRequiredService<LlmItemExtractor>()));
        services.TryAddSingleton(sp => new LlmExecutiveSummaryWriter(
            sp.GetRequiredService<LlmKernelFactory>(), sp.GetRequiredService<LlmPrompts>(), new RegisteredOfflineSummaryWriter(sp),
            sp.GetRequiredService<IOptions<LlmOptions>>(), sp.GetRequiredService<ILogger<LlmExecutiveSummaryWriter>>(),
            sp.GetService<Summarizer.Store.IDigestStore>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IExecutiveSummaryWriter, LlmExecutiveSummaryWriter>(sp => sp.GetRequiredService<LlmExecutiveSummaryWriter>()));
        return services;
    }
}
