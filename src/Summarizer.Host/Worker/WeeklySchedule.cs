using Cronos;
using Microsoft.Extensions.Options;

namespace Summarizer.Host.Worker;

/// <summary>Occurrences of the configured cron in its zone, and the week each occurrence digests.</summary>
public sealed class WeeklySchedule
{
    private readonly CronExpression _cron;

    public WeeklySchedule(IOptions<ScheduleOptions> options)
    {
        var o = options.Value;
        _cron = CronExpression.Parse(o.Cron, FormatOf(o.Cron));
        Zone = TimeZoneInfo.FindSystemTimeZoneById(o.TimeZone);
    }

    public TimeZoneInfo Zone { get; }

    /// <summary>The first occurrence strictly after <paramref name="now"/>.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset now) => _cron.GetNextOccurrence(now, Zone);

    /// <summary>The latest occurrence at or before <paramref name="now"/>.</summary>
    public DateTimeOffset? LastAtOrBefore(DateTimeOffset now) => _cron.GetPreviousOccurrence(now, Zone, inclusive: true);

    /// <summary>The ISO week before the occurrence's local date: a Monday run digests the week that just ended.</summary>
    public IsoWeek WeekFor(DateTimeOffset occurrence) =>
        IsoWeek.FromDate(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(occurrence, Zone).DateTime)).Previous;

    internal static CronFormat FormatOf(string cron) =>
        cron.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard;
}
