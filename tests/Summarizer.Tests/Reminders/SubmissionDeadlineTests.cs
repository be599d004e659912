using Summarizer.Reminders;

namespace Summarizer.Tests.Reminders;

public sealed class SubmissionDeadlineTests
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static SubmissionDeadline Parse(string text, TimeZoneInfo zone)
    {
        Assert.True(SubmissionDeadline.TryParse(text, zone, out var d, out var problem), problem);
        return d!;
    }

    [Theory]
    [InlineData("Friday 18:00", DayOfWeek.Friday, 18, 0)]
    [InlineData("fri 9:30", DayOfWeek.Friday, 9, 30)]
    [InlineData("  SUNDAY   23:59 ", DayOfWeek.Sunday, 23, 59)]
    [InlineData("Mon 00:00", DayOfWeek.Monday, 0, 0)]
    public void TryParse_WeekdayAndTime(string text, DayOfWeek day, int hour, int minute)
    {
        var d = Parse(text, Shanghai);
        Assert.Equal(day, d.Day);
        Assert.Equal(new TimeOnly(hour, minute), d.Time);
    }

    [Theory]
    [InlineData("Friday", "is not a submission deadline")]
    [InlineData("18:00 Friday", "is not a submission deadline")]
    [InlineData("Freitag 18:00", "is not a submission deadline")]
    [InlineData("Friday 6pm", "'6pm' in 'Friday 6pm' is not a time of day")]
    [InlineData("Friday 25:00", "is not a time of day")]
    public void TryParse_Refuses_NamingTheFormat(string text, string reason)
    {
        Assert.False(SubmissionDeadline.TryParse(text, Shanghai, out var d, out var problem));
        Assert.Null(d);
        Assert.Contains(reason, problem);
        Assert.Contains("'Friday 18:00'", problem);
    }

    [Fact]
    public void For_IsTheWeekdayOfTheReportedWeek_InTheZone()
    {
        // 2024-W26 runs Mon 24 Jun .. Sun 30 Jun; Friday 18:00 in Shanghai (UTC+8) is 10:00 UTC.
        Assert.Equal(new DateTimeOffset(2024, 6, 28, 10, 0, 0, TimeSpan.Zero), Parse("Friday 18:00", Shanghai).For(new IsoWeek(2024, 26)));
        Assert.Equal(new DateTimeOffset(2024, 6, 30, 15, 59, 0, TimeSpan.Zero), Parse("Sunday 23:59", Shanghai).For(new IsoWeek(2024, 26)));
        // Summer time in Berlin (UTC+2) and a week that starts in the previous calendar year (2025-W01 is Mon 30 Dec 2024).
        Assert.Equal(new DateTimeOffset(2024, 6, 28, 16, 0, 0, TimeSpan.Zero), Parse("Friday 18:00", Berlin).For(new IsoWeek(2024, 26)));
        Assert.Equal(new DateTimeOffset(2024, 12, 31, 8, 0, 0, TimeSpan.Zero), Parse("Tue 09:00", Berlin).For(new IsoWeek(2025, 1)));
    }

    [Fact]
    public void LastAndNext_AroundTheDeadline()
    {
        var d = Parse("Friday 18:00", Shanghai);
        var due = new DateTimeOffset(2024, 6, 28, 18, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal((new IsoWeek(2024, 25), due.AddDays(-7)), d.LastAtOrBefore(due.AddSeconds(-1)));
        Assert.Equal((new IsoWeek(2024, 26), due), d.LastAtOrBefore(due));
        Assert.Equal((new IsoWeek(2024, 26), due), d.NextAfter(due.AddSeconds(-1)));
        Assert.Equal((new IsoWeek(2024, 27), due.AddDays(7)), d.NextAfter(due));
        // Monday 01:00 local is still after the previous Friday's deadline.
        Assert.Equal((new IsoWeek(2024, 26), due), d.LastAtOrBefore(new DateTimeOffset(2024, 7, 1, 1, 0, 0, TimeSpan.FromHours(8))));
    }
}
