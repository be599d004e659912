namespace Summarizer.Reminders;

/// <summary>
/// Answers "which teams have a report for this week?" for the reminders and the missing-teams list. The gatherer
/// answers (<see cref="GatheredReportPresence"/>: the input folder, and the report sources wherever the gatherer merges
/// them); another answer, such as the store's submissions alone, replaces this one registration.
/// </summary>
public interface IReportPresence
{
    /// <summary>Names of the teams with a usable report for <paramref name="week"/>, as the gatherer names them.</summary>
    Task<IReadOnlyList<string>> TeamsWithReportAsync(IsoWeek week, CancellationToken ct = default);
}
