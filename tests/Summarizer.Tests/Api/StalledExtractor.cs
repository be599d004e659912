using System.Runtime.CompilerServices;
using Summarizer.Extraction;

namespace Summarizer.Tests.Api;

/// <summary>An "offline" engine that signals when extraction starts and then waits for cancellation: a run that is surely in flight.</summary>
internal sealed class StalledExtractor : IItemExtractor
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Engine => OfflineExtractor.EngineName;

    public string Version => "stalled";

    public async IAsyncEnumerable<SectionExtraction> ExtractAsync(IReadOnlyList<ReportSection> units, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken);
        yield break;
    }
}
