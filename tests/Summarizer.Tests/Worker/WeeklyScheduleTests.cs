using Microsoft.Extensions.Options;
using Summarizer.Host.Worker;

namespace Summarizer.Tests.Worker;

public sealed class WeeklyScheduleTests
{
    private static WeeklySchedule Schedule(string cron = "0 8 * * MON", string zone = "Asia/Shanghai") =>
        new(Options.Create(new ScheduleOptions { Cron = cron, TimeZone = zone }));

    [Fact]
    public void NextAfter_SundayEveningUtc_IsMonday0800Shanghai()
    {
        // 2024-06-30 20:00Z is already Monday 04:00 in Shanghai; the run is at 08:00 local = 00:00Z.
        var next = Schedule().NextAfter(new DateTimeOffset(2024, 6, 30, 20, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 8, 0, 0, TimeSpan.FromHours(8)), next);
        Assert.Equal(TimeSpan.FromHours(8), TimeZoneInfo.ConvertTime(next!.Value, Schedule().Zone).Offset);
    }

    [Fact]
    public void WeekFor_MondayOccurrence_IsTheWeekThatJustEnded()
    {
        var occurrence = new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(new IsoWeek(2024, 26), Schedule().WeekFor(occurrence));
    }

    [Theory]
    [InlineData(2021, 1, 4, 2020, 53)] // 2020 has 53 ISO weeks
    [InlineData(2027, 1, 4, 2026, 53)]
    [InlineData(2024, 12, 30, 2024, 52)] // Monday of ISO 2025-W01 still digests 2024-W52
    public void WeekFor_AcrossYearBoundary_IsPreviousIsoWeek(int y, int m, int d, int wy, int ww)
    {
        var occurrence = new DateTimeOffset(y, m, d, 8, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(new IsoWeek(wy, ww), Schedule().WeekFor(occurrence));
    }

    [Fact]
    public void WeekFor_LocalDateDiffersFromUtcDate_UsesTheZonesDate()
    {
        // Monday 2024-01-01 00:30 in Shanghai is still Sunday 2023-12-31 in UTC.
        var schedule = Schedule("30 0 * * MON");
        var occurrence = schedule.NextAfter(new DateTimeOffset(2023, 12, 31, 0, 0, 0, TimeSpan.Zero))!.Value;
        Assert.Equal(new DateTimeOffset(2023, 12, 31, 16, 30, 0, TimeSpan.Zero), occurrence);
        Assert.Equal(new IsoWeek(2023, 52), schedule.WeekFor(occurrence));
    }

    [Fact]
    public void LastAtOrBefore_MidWeek_IsThePastMonday()
    {
        var last = Schedule().LastAtOrBefore(new DateTimeOffset(2024, 7, 3, 2, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.Zero), last);
    }

    [Theory]
    [InlineData("every monday", "Asia/Shanghai", "Cron")]
    [InlineData("0 8 * * MON", "Mars/Olympus", "TimeZone")]
    public void Validate_BadCronOrZone_NamesTheSetting(string cron, string zone, string member)
    {
        var options = new ScheduleOptions { Cron = cron, TimeZone = zone };
        var error = Assert.Single(options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)));
        Assert.Equal([member], error.MemberNames);
    }
}
