using System.ComponentModel.DataAnnotations;

namespace Summarizer.Gather.Sources;

/// <summary>
/// The team directory (<c>Summarizer:Teams:{team}</c>), shared by the mailbox source and reminders: which mail
/// addresses speak for a team and whom to remind. Bound from section <c>Summarizer</c>, so the keys are
/// <c>Summarizer:Teams:payments:Addresses:0</c> = <c>pay-lead@example.com</c>.
/// </summary>
public sealed class TeamDirectoryOptions : IValidatableObject
{
    public const string SectionName = "Summarizer";

    /// <summary>Team name (as in reports and digests) → its addresses. Empty: no mail is any team's report.</summary>
    public Dictionary<string, TeamContact> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (team, contact) in Teams)
        {
            if (TeamName.Problem(team) is { } problem)
                yield return new ValidationResult($"Summarizer:Teams:{team}: the team name {problem}; {TeamName.Allowed}.", [nameof(Teams)]);
            foreach (var address in contact.Addresses.Concat(contact.RemindTo))
                if (!TeamAddress.IsAddress(address))
                    yield return new ValidationResult($"Summarizer:Teams:{team}: '{address}' is not a mail address; write it as 'lead@example.com'.", [nameof(Teams)]);
            foreach (var address in contact.Addresses.Where(TeamAddress.IsAddress).Select(TeamAddress.Normalize))
            {
                // One address speaks for one team, or a mail from it could land in either team's slot.
                if (owner.TryGetValue(address, out var other) && !TeamName.Same(other, team))
                    yield return new ValidationResult($"Summarizer:Teams: '{address}' is listed for both '{other}' and '{team}'; an address speaks for one team only.", [nameof(Teams)]);
                owner[address] = team;
            }
        }
    }
}

/// <summary>One team's entry in the <see cref="TeamDirectoryOptions"/>.</summary>
public sealed class TeamContact
{
    /// <summary>Sender or mailing-list addresses whose mail is this team's report (From, To, Cc or List-Id).</summary>
    public string[] Addresses { get; set; } = [];

    /// <summary>Who gets the reminder when the team's report is missing; empty means <see cref="Addresses"/>.</summary>
    public string[] RemindTo { get; set; } = [];
}
