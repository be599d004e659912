namespace Summarizer.Gather.Sources;

/// <summary>
/// What an analyst does about a refused submission, from what is known of it (its source and whether a team was
/// resolved), for <c>GET /api/weeks/{week}/refused</c> and the <c>/missing</c> page. The stored reason says what was
/// wrong with this submission; this says how the report gets in. Fetching is idempotent by Message-Id, so a refused
/// mail is never reconsidered: the report has to be sent again.
/// </summary>
public static class RefusalAdvice
{
    /// <summary>One sentence, e.g. "Ask payments to fix what the reason says and mail the report again; …".</summary>
    public static string For(RefusedSubmission refused) => (refused.Provenance.Source, refused.Team?.Trim()) switch
    {
        (MailReportReader.Source, null) =>
            "If the sender may report for a team, add its address to Summarizer:Teams:<team>:Addresses and have the report mailed again; otherwise ignore it.",
        (MailReportReader.Source, var team) =>
            $"Ask {team} to fix what the reason says and mail the report again; the newer mail is used.",
        (UploadReportSource.SourceKind, var team) =>
            $"Ask {team ?? "the team"} to fix what the reason says and upload the report again on its page (/review/{team ?? "<team>"}).",
        (_, var team) => $"Ask {team ?? "the sender"} to fix what the reason says and submit the report again.",
    };
}
