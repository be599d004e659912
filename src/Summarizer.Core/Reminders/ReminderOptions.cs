using System.ComponentModel.DataAnnotations;

namespace Summarizer.Reminders;

/// <summary>
/// The submission deadline (<c>Summarizer:Schedule:SubmissionDeadline</c>, read in <c>Summarizer:Schedule:TimeZone</c>,
/// the zone of the digest's cron). Unset: no reminders are sent and the missing list shows no deadline.
/// </summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string SectionName = "Summarizer:Schedule";

    /// <summary><c>"Friday 18:00"</c>: see <see cref="Reminders.SubmissionDeadline.Format"/>. None by default.</summary>
    public string? SubmissionDeadline { get; set; }

    /// <summary>The schedule's zone (IANA or Windows id), validated with the schedule. Default <c>Asia/Shanghai</c>, as the schedule's.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>The parsed deadline, or null when none is configured (or the zone is unknown: the schedule's validation names it).</summary>
    public SubmissionDeadline? Deadline =>
        !string.IsNullOrWhiteSpace(SubmissionDeadline) && TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone)
        && Reminders.SubmissionDeadline.TryParse(SubmissionDeadline, zone, out var d, out _) ? d : null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(SubmissionDeadline)
            && !Reminders.SubmissionDeadline.TryParse(SubmissionDeadline, TimeZoneInfo.Utc, out _, out var problem))
            yield return new ValidationResult(problem, [nameof(SubmissionDeadline)]);
    }
}
