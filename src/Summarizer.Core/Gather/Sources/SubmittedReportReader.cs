using Summarizer.Text;

namespace Summarizer.Gather.Sources;

/// <summary>
/// Turns a <see cref="SubmittedReport"/> into a <see cref="ReportDocument"/> through <see cref="ReportFileLoader"/>
/// (same readers, limits and reasons as a file on disk), or into a <see cref="RejectedFile"/> with its reason. The
/// team is the one the source resolved (a token, a sender address): front matter naming another team is refused, so
/// a report's text can never make it speak for another team.
/// </summary>
public sealed class SubmittedReportReader(ReportFileLoader loader)
{
    public (ReportDocument? Report, RejectedFile? Rejected) Read(SubmittedReport submission)
    {
        var file = SubmissionFile.Of(submission);
        var loaded = loader.Load(submission.FileName, submission.Content, file);
        if (loaded.Rejected is { } rejected) return (null, rejected);
        var claimed = FrontMatter.Find(loaded.Content!.Lines!)?["team"]?.Trim();
        if (claimed is { Length: > 0 } && !TeamName.Same(claimed, submission.Team))
            return (null, new RejectedFile(file,
                $"names team '{claimed}' in its front matter, but it was sent for team '{submission.Team}'; fix 'team:', or send it for team '{claimed}'"));
        return (ReportDocuments.From(loaded, submission.Team.Trim(), submission.Week, submission.Provenance), null);
    }
}
