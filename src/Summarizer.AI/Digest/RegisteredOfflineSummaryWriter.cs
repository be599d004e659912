using Microsoft.Extensions.DependencyInjection;
using Summarizer.Digest;

namespace Summarizer.AI.Digest;

/// <summary>
/// The offline summary writer the host registered, found when first needed: resolving it while the LLM writer is
/// being built would make the LLM writer depend on the list it belongs to.
/// </summary>
internal sealed class RegisteredOfflineSummaryWriter(IServiceProvider services) : IExecutiveSummaryWriter
{
    public const string OfflineEngine = "offline";

    public string Engine => OfflineEngine;

    public Task<IReadOnlyList<string>> WriteAsync(Store.WeekSnapshot week, CancellationToken cancellationToken)
    {
        var offline = services.GetServices<IExecutiveSummaryWriter>().FirstOrDefault(w => w.Engine == OfflineEngine)
            ?? throw new InvalidOperationException("No offline IExecutiveSummaryWriter is registered: the LLM summary writer needs it as its fallback.");
        return offline.WriteAsync(week, cancellationToken);
    }
}
