using MimeKit;

namespace Summarizer.Gather.Sources;

/// <summary>
/// Which team a mail speaks for, from the team directory (<see cref="TeamDirectoryOptions"/>). The sender (From) is
/// asked first; then the mailing list it came through: a <c>List-Id</c> (<c>&lt;payments.example.com&gt;</c> matches the
/// listed address <c>payments@example.com</c>, the Mailman convention), then the To and Cc addresses. A team named only
/// by a list, To or Cc address counts when the sender writes from that address's domain (or a sub- or parent domain): anyone can Cc a team lead
/// or forge a List-Id, and an outsider must never replace a team's report. An address listed for two teams cannot occur
/// (validated at start-up); a mail whose addresses name two teams at the same step is refused.
/// </summary>
public sealed class MailTeamResolver(TeamDirectoryOptions directory)
{
    private readonly Dictionary<string, string> _teamOf = directory.Teams
        .SelectMany(t => t.Value.Addresses.Where(TeamAddress.IsAddress).Select(a => (Address: TeamAddress.Normalize(a), Team: t.Key)))
        .GroupBy(x => x.Address).ToDictionary(g => g.Key, g => g.First().Team);

    /// <summary>The team, or why none: <see cref="TeamMatch.Team"/> is null and <see cref="TeamMatch.Reason"/> says what to do.</summary>
    public TeamMatch Resolve(MimeMessage message)
    {
        var steps = new[]
        {
            Addresses(message.From),
            ListIdAddresses(message.Headers[HeaderId.ListId]),
            Addresses(message.To).Concat(Addresses(message.Cc)),
        };
        var sender = Addresses(message.From).FirstOrDefault() ?? "(no sender)";
        for (int i = 0; i < steps.Length; i++)
        {
            var listed = steps[i].Where(_teamOf.ContainsKey).ToList();
            // Beyond From, only addresses of the sender's own domain speak for a team.
            var trusted = i == 0 ? listed : listed.Where(a => SameOrganisation(Domain(a), Domain(sender))).ToList();
            var teams = trusted.Select(a => _teamOf[a]).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (teams.Count == 1) return new TeamMatch(teams[0], null);
            if (teams.Count > 1)
                return new TeamMatch(null, $"its addresses name several teams ({string.Join(", ", teams.Order(StringComparer.Ordinal))}); mail each team's report separately, from or to that team's own address");
            if (listed.Count > 0)
                return new TeamMatch(null, $"sender {sender} is not listed for team '{_teamOf[listed[0]]}' and writes from outside {Domain(listed[0])}, the domain of the team's address it names; " +
                    $"add the sender to Summarizer:Teams:{_teamOf[listed[0]]}:Addresses if it may report for the team");
        }
        return new TeamMatch(null, $"unknown sender {sender}; no team lists it (nor the list the mail came through): add it to Summarizer:Teams:<team>:Addresses, or ask the team to mail from a listed address");
    }

    private static string Domain(string address) => address[(address.LastIndexOf('@') + 1)..];

    // lists.example.com and example.com are one organisation; example.com and evil.com are not.
    private static bool SameOrganisation(string a, string b) =>
        a == b || a.EndsWith("." + b, StringComparison.Ordinal) || b.EndsWith("." + a, StringComparison.Ordinal);

    private static IEnumerable<string> Addresses(InternetAddressList list) =>
        list.Mailboxes.Select(m => m.Address).Where(a => !string.IsNullOrWhiteSpace(a)).Select(TeamAddress.Normalize);

    // "Payments team <payments.example.com>" → payments@example.com: list ids are the list address with '@' → '.'.
    private IEnumerable<string> ListIdAddresses(string? listId)
    {
        if (string.IsNullOrWhiteSpace(listId)) yield break;
        var id = listId.Trim();
        var open = id.LastIndexOf('<');
        if (open >= 0) id = id[(open + 1)..].TrimEnd('>', ' ');
        id = id.ToLowerInvariant();
        foreach (var address in _teamOf.Keys)
            if (address.Replace('@', '.') == id) yield return address;
    }
}

/// <summary>What <see cref="MailTeamResolver.Resolve"/> found: a team, or the reason there is none.</summary>
public sealed record TeamMatch(string? Team, string? Reason);
