using System.Text.Json.Serialization;

namespace Summarizer.Reminders;

/// <summary>
/// Where a missing team's reminder stands, as <c>/missing</c> and <c>GET /api/weeks/{week}/missing</c> show it
/// (the API's <c>state</c> is the camelCase name). Derived from the week's deadline, the team's reminder row and the
/// configuration by <see cref="MissingWeek.StatusOf"/>.
/// </summary>
public enum ReminderStatus
{
    /// <summary>No submission deadline is configured: nobody is reminded.</summary>
    [JsonStringEnumMemberName("noDeadline")] NoDeadline,
    /// <summary>The deadline has not passed yet; the team is reminded then if still missing.</summary>
    [JsonStringEnumMemberName("notYet")] NotYet,
    /// <summary>Recorded at the deadline, being sent.</summary>
    [JsonStringEnumMemberName("pending")] Pending,
    /// <summary>The relay accepted the reminder.</summary>
    [JsonStringEnumMemberName("sent")] Sent,
    /// <summary>The relay refused or was down; retried with the delivery back-off.</summary>
    [JsonStringEnumMemberName("failed")] Failed,
    /// <summary>The team has no address to remind: listed only.</summary>
    [JsonStringEnumMemberName("noAddress")] NoAddress,
    /// <summary>The team reported before its reminder went out (and is missing again since, e.g. its file was removed).</summary>
    [JsonStringEnumMemberName("withdrawn")] Withdrawn,
    /// <summary>No SMTP host is configured: listed only.</summary>
    [JsonStringEnumMemberName("noRelay")] NoRelay,
    /// <summary>
    /// The deadline passed and no reminder was recorded: the host (or its schedule) was not running at the deadline,
    /// or the digest came due before it started again (a late reminder is not sent then).
    /// </summary>
    [JsonStringEnumMemberName("missed")] Missed,
}
