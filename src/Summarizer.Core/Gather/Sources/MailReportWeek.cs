using MimeKit;

namespace Summarizer.Gather.Sources;

/// <summary>
/// The ISO week a mailed report is for. In order: the week the report names (as for a file, <see cref="WeekDetector.FromReport"/>: front matter, <c>2024-W26</c>,
/// <c>Week 26, 2024</c>, <c>2024年第26周</c>, a <c>Created:</c> date), then the week its subject names; otherwise its
/// date: a report sent on a Monday (the sender's local date, from the Date header) is last week's — the Monday-morning
/// report — and one sent Tuesday to Sunday is that week's. Without a usable Date header the server's delivery time counts.
/// </summary>
public static class MailReportWeek
{
    public static IsoWeek Of(IReadOnlyList<string>? reportLines, string? subject, DateTimeOffset sent)
    {
        // Without a filed week: a title's "第3周" or "Week 3" (of a migration, a sprint) must not move a mail to week 3.
        if (reportLines is not null && WeekDetector.FromReport(reportLines) is { } named) return named;
        if (!string.IsNullOrWhiteSpace(subject) && WeekDetector.FromText([subject]) is { } inSubject) return inSubject;
        return FromDate(sent);
    }

    /// <summary>The week by date alone: Monday belongs to the week before, every other day to its own week.</summary>
    public static IsoWeek FromDate(DateTimeOffset sent)
    {
        var local = DateOnly.FromDateTime(sent.DateTime); // the sender's own calendar date (offset kept by MimeKit)
        var week = IsoWeek.FromDate(local);
        return local.DayOfWeek == DayOfWeek.Monday ? week.Previous : week;
    }

    /// <summary>When the sender sent it (the Date header with its offset), else <paramref name="delivered"/>.</summary>
    public static DateTimeOffset SentAt(MimeMessage message, DateTimeOffset delivered) =>
        message.Headers.Contains(HeaderId.Date) && message.Date != DateTimeOffset.MinValue ? message.Date : delivered;
}
