using System.Globalization;

namespace Summarizer.Reminders;

/// <summary>
/// When a week's reports are due: a weekday and a local time (<c>"Friday 18:00"</c>) in the schedule's zone, on that
/// weekday of the reported ISO week itself (Monday..Sunday), so "Friday 18:00" of 2024-W26 is 2024-06-28 18:00 local.
/// Configured as <c>Summarizer:Schedule:SubmissionDeadline</c>.
/// </summary>
public sealed record SubmissionDeadline(DayOfWeek Day, TimeOnly Time, TimeZoneInfo Zone)
{
    /// <summary>The accepted format, for error messages and the README.</summary>
    public const string Format = "'<weekday> HH:mm' in English, e.g. 'Friday 18:00' or 'Fri 18:00'";

    /// <summary>Reads <c>"Friday 18:00"</c> (full or three-letter English weekday, case-insensitive; 24-hour time).</summary>
    /// <param name="problem">Why the text is not a deadline, naming the format; null on success.</param>
    public static bool TryParse(string? text, TimeZoneInfo zone, out SubmissionDeadline? deadline, out string? problem)
    {
        deadline = null;
        var parts = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || ParseDay(parts[0]) is not { } day)
        {
            problem = $"'{text}' is not a submission deadline; write {Format}.";
            return false;
        }
        if (!TimeOnly.TryParseExact(parts[1], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            problem = $"'{parts[1]}' in '{text}' is not a time of day; write {Format}.";
            return false;
        }
        deadline = new SubmissionDeadline(day, time, zone);
        problem = null;
        return true;
    }

    /// <summary>The instant reports of <paramref name="week"/> are due (a local time skipped by a clock change moves forward an hour).</summary>
    public DateTimeOffset For(IsoWeek week)
    {
        var date = week.Monday.AddDays(((int)Day + 6) % 7); // ISO: Monday is day 0
        var local = date.ToDateTime(Time);
        if (Zone.IsInvalidTime(local)) local = local.AddHours(1);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The latest deadline at or before <paramref name="now"/>, with its week.</summary>
    public (IsoWeek Week, DateTimeOffset At) LastAtOrBefore(DateTimeOffset now)
    {
        var week = IsoWeek.FromDate(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Zone).DateTime));
        return For(week) <= now ? (week, For(week)) : (week.Previous, For(week.Previous));
    }

    /// <summary>The first deadline strictly after <paramref name="now"/>, with its week.</summary>
    public (IsoWeek Week, DateTimeOffset At) NextAfter(DateTimeOffset now)
    {
        var (week, _) = LastAtOrBefore(now);
        return (week.Next, For(week.Next));
    }

    /// <summary>"Friday 18:00 (Asia/Shanghai)".</summary>
    public override string ToString() => $"{Day} {Time:HH\\:mm} ({Zone.Id})";

    private static DayOfWeek? ParseDay(string word) =>
        Enum.GetValues<DayOfWeek>().Cast<DayOfWeek?>().FirstOrDefault(d =>
            string.Equals(word, d.ToString(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(word, d.ToString()![..3], StringComparison.OrdinalIgnoreCase));
}
