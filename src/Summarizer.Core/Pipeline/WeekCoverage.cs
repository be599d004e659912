using Summarizer.Store;

namespace Summarizer.Pipeline;

/// <summary>
/// Which teams a run speaks for. A run of the whole week replaces the stored week; a run of part of it (<c>--team</c>,
/// or the API's <c>input</c> naming a folder that holds some of the teams) replaces only the teams it read and keeps
/// every other team's reports, items (and so their reviews) and changes as they were. Only a whole-week run may say a
/// team did not report: a partial run cannot know.
/// </summary>
/// <param name="Teams">Teams the run read or was asked for (compared as <see cref="Gather.TeamName.Same"/>); null for the whole week.</param>
public sealed record WeekCoverage(IReadOnlyCollection<string>? Teams)
{
    public static readonly WeekCoverage WholeWeek = new((IReadOnlyCollection<string>?)null);

    public bool IsWholeWeek => Teams is null;

    public bool Covers(string team) => Teams is null || Teams.Any(t => Gather.TeamName.Same(t, team));

    /// <summary>
    /// The week to store: this run's snapshot, plus — for a partial run — what <paramref name="stored"/> (the week as
    /// stored before, items as extracted, without reviews folded in) holds for the teams this run did not cover.
    /// </summary>
    public WeekSnapshot Merge(WeekSnapshot? stored, WeekSnapshot run)
    {
        if (IsWholeWeek || stored is null) return run;
        var runFiles = run.Reports.Select(r => r.File).Concat(run.Rejected.Select(r => r.File)).ToHashSet(StringComparer.Ordinal);
        var keptReports = stored.Reports.Where(r => !Covers(r.Team) && !runFiles.Contains(r.File)).ToList();
        var keptFiles = keptReports.Select(r => r.File).ToHashSet(StringComparer.Ordinal);
        return run with
        {
            Engine = stored.Engine == run.Engine || stored.Items.Count == 0 ? run.Engine : "mixed",
            Reports = [.. keptReports, .. run.Reports],
            Rejected = [.. stored.Rejected.Where(r => !runFiles.Contains(r.File) && !keptFiles.Contains(r.File)), .. run.Rejected],
            Items = stored.Items.Where(i => !Covers(i.Team)).Concat(run.Items)
                .OrderBy(i => i.Source.File, StringComparer.Ordinal).ThenBy(i => i.Source.Line).ToList(),
            Changes = [.. stored.Changes.Where(c => !Covers(c.Team)), .. run.Changes],
            DegradedSections = [.. stored.DegradedSections.Where(s => keptFiles.Any(f => s.StartsWith(f + "#", StringComparison.Ordinal))), .. run.DegradedSections],
        };
    }
}
