namespace Summarizer.Reminders;

/// <summary>
/// Answers "which teams have a report for this week?" for the reminders and the missing-teams list. The input folder
/// answers today (<see cref="FolderReportPresence"/>); submitted reports (mailbox, upload) add theirs by composing
/// another implementation, so one question keeps one owner.
/// </summary>
public interface IReportPresence
{
    /// <summary>Names of the teams with a usable report for <paramref name="week"/>, as the gatherer names them.</summary>
    Task<IReadOnlyList<string>> TeamsWithReportAsync(IsoWeek week, CancellationToken ct = default);
}
