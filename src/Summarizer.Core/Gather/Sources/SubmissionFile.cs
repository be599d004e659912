using System.Globalization;

namespace Summarizer.Gather.Sources;

/// <summary>
/// The name a submission is cited by (<see cref="ReportDocument.File"/>, item sources, rejections):
/// <c>source:received-time/team.ext</c>, e.g. <c>upload:2026-11-27T10-00-00Z/payments.md</c> or
/// <c>mailbox:2026-11-27T08-12-45Z/search.docx</c>. It is stable (the same submission always gets the same name),
/// says where and when the report came in, and ends in the team's name like a folder file, so everything that reads a
/// team from a cited file name (a rejected report still counts as reported) treats both alike. The sender stays in
/// <see cref="ReportDocument.Provenance"/>.
/// </summary>
public static class SubmissionFile
{
    public static string Of(SubmittedReport report) =>
        $"{report.Provenance.Source}:{Stamp(report.Provenance)}/{report.Team.Trim()}{Path.GetExtension(report.FileName).ToLowerInvariant()}";

    /// <summary>
    /// The name a refused submission is listed by among the files not used: <c>mailbox:2026-11-27T08-12-45Z/ops.mail</c>
    /// (the team it speaks for, so the team counts as reported), or <c>…/(unknown team).mail</c>; a refused upload keeps
    /// the extension of the name it was sent under (<c>upload:…/ops.exe</c>, the provenance's subject).
    /// </summary>
    public static string Of(RefusedSubmission refused) =>
        $"{refused.Provenance.Source}:{Stamp(refused.Provenance)}/{refused.Team?.Trim() ?? "(unknown team)"}{RefusedExtension(refused.Provenance)}";

    private static string RefusedExtension(ReportProvenance p) =>
        p.Source != UploadReportSource.SourceKind ? ".mail"
        : Path.GetExtension(p.Subject ?? "") is { Length: > 1 } ext ? ext.ToLowerInvariant() : ".upload";

    private static string Stamp(ReportProvenance p) => p.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH-mm-ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="file"/> names a submission rather than a file under the input folder.</summary>
    public static bool IsSubmission(string file) => file.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && file.IndexOf('/', StringComparison.Ordinal) > colon;
}
