namespace Summarizer.Extraction;

/// <summary>
/// Proposes items for heading units of reports. Both engines implement it: the offline rules and the LLM.
/// Results stream per section so the pipeline can checkpoint each one as soon as it is done.
/// </summary>
public interface IItemExtractor
{
    /// <summary>"offline" or "llm".</summary>
    string Engine { get; }

    /// <summary>Identifies the engine's behaviour (rules version, or model + prompt version): part of checkpoint keys.</summary>
    string Version { get; }

    IAsyncEnumerable<SectionExtraction> ExtractAsync(IReadOnlyList<ReportSection> units, CancellationToken cancellationToken);
}

/// <summary>The candidates found in one heading unit.</summary>
/// <param name="Degraded">True when the preferred engine failed for good and another engine stood in.</param>
/// <param name="Usage">Tokens and calls spent for this section (a batch's usage is attributed to its first section).</param>
/// <param name="Dropped">Candidates the engine itself refused (LLM grounding), listed with the verifier's drops; checkpointed with the candidates.</param>
public sealed record SectionExtraction(
    string SectionId,
    IReadOnlyList<ItemCandidate> Candidates,
    bool Degraded = false,
    ExtractionUsage? Usage = null,
    IReadOnlyList<DroppedCandidate>? Dropped = null);

public sealed record ExtractionUsage(int Calls, long PromptTokens, long CompletionTokens, int CachedSections = 0)
{
    public static readonly ExtractionUsage None = new(0, 0, 0);
    public ExtractionUsage Add(ExtractionUsage? other) => other is null ? this :
        new(Calls + other.Calls, PromptTokens + other.PromptTokens, CompletionTokens + other.CompletionTokens, CachedSections + other.CachedSections);
}

/// <summary>
/// A section's checkpoint in the store (the <c>section_results</c> payload, JSON <c>{"candidates": [...], "dropped": [...]}</c>):
/// what the engine proposed and what it refused, so a cached re-run lists the same drops as the run that paid for them.
/// </summary>
public sealed record SectionResult(IReadOnlyList<ItemCandidate> Candidates, IReadOnlyList<DroppedCandidate> Dropped);
