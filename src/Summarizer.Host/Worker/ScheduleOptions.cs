using System.ComponentModel.DataAnnotations;
using Cronos;

namespace Summarizer.Host.Worker;

/// <summary>When the weekly digest is made and mailed (<c>Summarizer:Schedule</c>).</summary>
public sealed class ScheduleOptions : IValidatableObject
{
    public const string SectionName = "Summarizer:Schedule";

    /// <summary>Cron expression, 5 fields (6 with seconds). Default <c>0 8 * * MON</c>: Mondays 08:00.</summary>
    [Required]
    public string Cron { get; set; } = "0 8 * * MON";

    /// <summary>Zone the cron is read in (IANA or Windows id). Default <c>Asia/Shanghai</c>.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>False keeps the worker idle (the API and CLI still run weeks). Default true.</summary>
    public bool Enabled { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CronExpression.TryParse(Cron, WeeklySchedule.FormatOf(Cron), out _))
            yield return new ValidationResult($"'{Cron}' is not a cron expression; write 5 fields such as '0 8 * * MON'.", [nameof(Cron)]);
        if (!System.TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
            yield return new ValidationResult($"Time zone '{TimeZone}' is unknown on this machine; use an IANA id such as 'Asia/Shanghai'.", [nameof(TimeZone)]);
    }
}
