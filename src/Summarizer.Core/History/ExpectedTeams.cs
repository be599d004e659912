using Microsoft.Extensions.Options;
using Summarizer.Gather.Sources;
using Summarizer.Store;

namespace Summarizer.History;

/// <summary>A team expected to report: its name, whom to remind (empty: listed, not mailed) and the last stored week it reported in (null: none on record).</summary>
public sealed record ExpectedTeam(string Team, IReadOnlyList<string> RemindTo, IsoWeek? LastReported);

/// <summary>
/// The one answer to "which teams should report this week?", for the reminders, <c>/missing</c> and the digest's
/// missing teams alike: the team directory (<c>Summarizer:Teams</c>) when one is configured — so a team that never
/// reported is expected from the first week — else the teams that reported in the <see cref="HistoryOptions.Weeks"/>
/// stored weeks before (without addresses).
/// </summary>
public sealed class ExpectedTeams(IDigestStore store, IOptions<HistoryOptions> history, IOptions<TeamDirectoryOptions> directory)
{
    /// <summary>The expected teams of <paramref name="week"/>, ordered by name.</summary>
    public async Task<IReadOnlyList<ExpectedTeam>> ListAsync(IsoWeek week, CancellationToken ct = default) =>
        Of(await HistoryWeeks.LoadAsync(store, week, history.Value.Weeks, ct));

    /// <summary>The expected teams given the earlier weeks already loaded (oldest first), for the compare step.</summary>
    internal IReadOnlyList<ExpectedTeam> Of(IReadOnlyList<HistoryWeek> earlier)
    {
        var seen = MissingTeams.LastSeen(earlier);
        var teams = directory.Value.Teams;
        if (teams.Count == 0) return seen.Select(s => new ExpectedTeam(s.Team, [], s.Week)).ToList();
        var lastWeek = seen.ToDictionary(s => TextKey.Normalize(s.Team), s => s.Week, StringComparer.Ordinal);
        return teams
            .Select(kv => new ExpectedTeam(kv.Key.Trim(), RemindTo(kv.Value), lastWeek.TryGetValue(TextKey.Normalize(kv.Key), out var w) ? w : null))
            .OrderBy(t => t.Team, StringComparer.Ordinal)
            .ToList();
    }

    // RemindTo when given, else the addresses that speak for the team.
    private static IReadOnlyList<string> RemindTo(TeamContact contact) =>
        (contact.RemindTo.Any(a => !string.IsNullOrWhiteSpace(a)) ? contact.RemindTo : contact.Addresses)
        .Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()).ToList();
}
