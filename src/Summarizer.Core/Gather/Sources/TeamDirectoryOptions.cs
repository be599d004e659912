namespace Summarizer.Gather.Sources;

/// <summary>
/// The team directory (<c>Summarizer:Teams:{team}</c>): which addresses speak for a team (mailbox source) and where its
/// reminders go. Bound from section <c>Summarizer</c>, so <see cref="Teams"/> reads <c>Summarizer:Teams</c>.
/// Shared by the mailbox source and the reminders; when empty, reminders expect the teams of recent weeks.
/// </summary>
public sealed class TeamDirectoryOptions
{
    public const string SectionName = "Summarizer";

    /// <summary>Team name (as in the digest) → its contact. Compared without regard to case.</summary>
    public Dictionary<string, TeamContact> Teams { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

/// <summary>One team's addresses in the <see cref="TeamDirectoryOptions"/>.</summary>
public sealed class TeamContact
{
    /// <summary>Sender or mailing-list addresses whose mail is this team's report (<c>Summarizer:Teams:{team}:Addresses:0</c>, …).</summary>
    public string[] Addresses { get; set; } = [];

    /// <summary>Where the team's reminder goes; when empty, to <see cref="Addresses"/>.</summary>
    public string[] RemindTo { get; set; } = [];
}
