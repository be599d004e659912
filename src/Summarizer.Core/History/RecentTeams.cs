using Microsoft.Extensions.Options;
using Summarizer.Store;

namespace Summarizer.History;

/// <summary>
/// The teams that reported in the <see cref="HistoryOptions.Weeks"/> stored weeks before a week: who is expected
/// when no team directory is configured (the same teams the digest names as "did not report").
/// </summary>
public sealed class RecentTeams(IDigestStore store, IOptions<HistoryOptions> options)
{
    /// <summary>Team names as last written, ordered by name; empty when no earlier week is stored.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(IsoWeek week, CancellationToken ct = default)
    {
        var history = await HistoryWeeks.LoadAsync(store, week, options.Value.Weeks, ct);
        return MissingTeams.LastSeen(history).Select(t => t.Team).ToList();
    }
}
