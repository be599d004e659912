using Summarizer.Digest;
using Summarizer.Extraction;

namespace Summarizer.Pipeline;

/// <summary>Picks the engine a run asked for: <c>auto</c> prefers the LLM when one is configured.</summary>
public sealed class ExtractorCatalog(IEnumerable<IItemExtractor> extractors, IEnumerable<IExecutiveSummaryWriter> summaryWriters)
{
    /// <summary>Why <paramref name="engine"/> cannot run here (e.g. llm without an endpoint), or null when it can.</summary>
    public string? Problem(string engine)
    {
        try { Resolve(engine); return null; }
        catch (ConfigurationException ex) { return ex.Message; }
    }

    /// <exception cref="ConfigurationException">The engine is unknown or not configured; the message says how to fix it.</exception>
    public IItemExtractor Resolve(string engine)
    {
        var byName = extractors.ToDictionary(e => e.Engine, StringComparer.OrdinalIgnoreCase);
        return engine.ToLowerInvariant() switch
        {
            "auto" => byName.GetValueOrDefault("llm") ?? byName[OfflineExtractor.EngineName],
            "offline" => byName[OfflineExtractor.EngineName],
            "llm" => byName.GetValueOrDefault("llm") ?? throw new ConfigurationException(
                "--engine llm needs an LLM endpoint: set Summarizer:Llm:Endpoint (env Summarizer__Llm__Endpoint) and Summarizer:Llm:Model."),
            _ => throw new ConfigurationException($"Unknown engine '{engine}': use auto, offline or llm."),
        };
    }

    public IExecutiveSummaryWriter SummaryWriterFor(IItemExtractor extractor) =>
        summaryWriters.FirstOrDefault(w => w.Engine == extractor.Engine) ?? summaryWriters.First(w => w.Engine == OfflineExtractor.EngineName);
}

/// <summary>The configuration or the request is wrong; the message says how to fix it.</summary>
public sealed class ConfigurationException(string message) : Exception(message);

/// <summary>Nothing usable was found to digest; the message says where we looked.</summary>
public sealed class NothingToDigestException(string message) : Exception(message);
