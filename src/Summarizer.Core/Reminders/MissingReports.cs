using Summarizer.Gather;
using Summarizer.History;
using Summarizer.Store;

namespace Summarizer.Reminders;

/// <summary>An expected team with no report for the week: where its reminder goes (empty: listed, not mailed) and the reminder so far.</summary>
public sealed record MissingReport(string Team, IReadOnlyList<string> RemindTo, ReminderRecord? Reminder);

/// <summary>
/// A week's missing teams as the analyst sees them: its deadline (null when none is set), whether it passed, the zone
/// to show times in, and whether reminders can be mailed at all (<paramref name="CanMail"/>: an SMTP host is set).
/// </summary>
public sealed record MissingWeek(IsoWeek Week, DateTimeOffset? Deadline, bool DeadlinePassed, TimeZoneInfo Zone, IReadOnlyList<MissingReport> Teams, bool CanMail = true)
{
    /// <summary>
    /// The team's reminder status: its reminder row when one was recorded; otherwise what the deadline and the
    /// configuration say — never "not yet" once the deadline passed.
    /// </summary>
    public ReminderStatus StatusOf(MissingReport team) => team.Reminder?.State switch
    {
        ReminderState.Pending => ReminderStatus.Pending,
        ReminderState.Sent => ReminderStatus.Sent,
        ReminderState.Failed => ReminderStatus.Failed,
        ReminderState.NoAddress => ReminderStatus.NoAddress,
        ReminderState.Withdrawn => ReminderStatus.Withdrawn,
        _ when Deadline is null => ReminderStatus.NoDeadline,
        _ when !DeadlinePassed => ReminderStatus.NotYet,
        _ when team.RemindTo.Count == 0 => ReminderStatus.NoAddress,
        _ when !CanMail => ReminderStatus.NoRelay,
        _ => ReminderStatus.Missed,
    };
}

/// <summary>
/// Which expected teams (<see cref="ExpectedTeams"/>: the directory, else the teams of recent stored weeks) have no
/// report for a week. "Has a report" is <see cref="IReportPresence"/>'s answer.
/// </summary>
public sealed class MissingReports(IReportPresence presence, ExpectedTeams expected, IReminderOutbox outbox)
{
    /// <summary>The week's missing teams by name, each with its reminder when one was recorded.</summary>
    public async Task<IReadOnlyList<MissingReport>> ListAsync(IsoWeek week, CancellationToken ct = default)
    {
        var present = (await presence.TeamsWithReportAsync(week, ct)).Select(TeamName.Key).ToHashSet(StringComparer.Ordinal);
        var reminders = (await outbox.ListRemindersAsync(week.ToString(), ct)).ToDictionary(r => TeamName.Key(r.Team), StringComparer.Ordinal);
        return (await expected.ListAsync(week, ct))
            .Where(e => !present.Contains(TeamName.Key(e.Team)))
            .Select(e => new MissingReport(e.Team, e.RemindTo, reminders.GetValueOrDefault(TeamName.Key(e.Team))))
            .OrderBy(m => m.Team, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>True when the team now has a report for the week (its pending reminder is then withdrawn).</summary>
    public async Task<bool> HasReportAsync(IsoWeek week, string team, CancellationToken ct = default) =>
        (await presence.TeamsWithReportAsync(week, ct)).Any(t => TeamName.Same(t, team));
}
