using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using Summarizer.History;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary>
/// A team's report uploaded or pasted (the API's PUT and the review page's form): checked like a file on disk, stored
/// as a submission (source <c>upload</c>) only when it can be read, and answered with what the digest will say from it
/// and any warnings (its text names another week; a team not seen in earlier weeks). A refused upload stores no report,
/// so the team's previous report stays in use; once team and token are settled its reason is listed among the week's refusals. The team is stored under its canonical spelling (<see cref="CanonicalTeamAsync"/>).
/// </summary>
internal sealed class ReportUploads(SubmissionPreviewer previewer, IReportSubmissionStore store, IOptions<GatherOptions> limits, TimeProvider time,
    IOptions<TeamDirectoryOptions> directory, ExpectedTeams expected, IOptions<UploadWindowOptions> window,
    IDigestStore digests)
{
    /// <summary>Most bytes read from a request: the larger of the text and .docx limits (each format's own limit is checked after).</summary>
    public long MaxBodyBytes => Math.Max(limits.Value.MaxFileBytes, limits.Value.MaxDocxBytes);

    /// <summary>Lets this request's body be as large as a report may be (the server-wide limit is small), before it is read.</summary>
    public void AllowReportSizedBody(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = MaxBodyBytes + 1;
    }

    /// <summary>The request body, or null when it is larger than <see cref="MaxBodyBytes"/>.</summary>
    public async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public string TooLargeReason => $"The report is larger than {MaxBodyBytes / 1024 / 1024} MB, the most a report may be; split it or remove embedded content.";

    /// <summary>
    /// Why a week is beyond the upload window (more than <see cref="UploadWindowOptions.MaxWeeksAhead"/> weeks after the
    /// current ISO week by the server's UTC clock), or null when it is within it.
    /// </summary>
    private string? TooFarAhead(IsoWeek week)
    {
        var current = IsoWeek.FromDate(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        int ahead = (week.Monday.DayNumber - current.Monday.DayNumber) / 7;
        int max = window.Value.MaxWeeksAhead;
        return ahead <= max ? null
            : $"Week {week} is {ahead} weeks after the current week ({current}); a report may be filed at most {max} {(max == 1 ? "week" : "weeks")} ahead " +
              $"({UploadWindowOptions.SectionName}:MaxWeeksAhead). Check the week (a typo in the year?) and upload it under the week it reports on.";
    }

    /// <summary>Checks, previews and (when readable) stores one upload.</summary>
    /// <param name="contentType">The body's (or the form part's) Content-Type: its charset, when declared, decodes the text.</param>
    public async Task<UploadOutcome> SubmitAsync(AccessGrant caller, string week, string team, string fileName, string? contentType, byte[] bytes, CancellationToken ct)
    {
        if (!IsoWeek.TryParse(week, out var w))
            return new UploadOutcome.Refused(StatusCodes.Status400BadRequest, $"Week '{EchoedValue.Show(week)}' is not an ISO week; write it as YYYY-Www, e.g. 2024-W26.");
        if (TooFarAhead(w) is { } ahead)
            return new UploadOutcome.Refused(StatusCodes.Status400BadRequest, ahead);
        if (TeamName.Problem(team) is { } problem)
            return new UploadOutcome.Refused(StatusCodes.Status400BadRequest, $"Team name '{EchoedValue.Show(team)}' {problem}; {TeamName.Allowed}.");
        if (!caller.MayAccessTeam(team))
            return new UploadOutcome.Refused(StatusCodes.Status403Forbidden, caller.OtherTeamReason(team, "submit only that team's report"));
        var (canonical, isNew, near) = await CanonicalTeamAsync(caller, w, team, ct);
        if (canonical is null) return new UploadOutcome.Refused(StatusCodes.Status404NotFound, NotInDirectory(team)!);
        // From here the team and the token are settled, so a refusal is about the report: it is listed for the analyst
        // (refused_submissions, /missing, GET …/refused) as well as answered.
        var now = time.GetUtcNow();
        var provenance = new ReportProvenance(UploadReportSource.SourceKind, Guid.CreateVersion7(now).ToString("n"), now, caller.Reviewer, fileName);
        async Task<UploadOutcome> RefuseAsync(int status, string reason)
        {
            await store.AddRefusedAsync(new RefusedSubmission(w, canonical, provenance, reason), ct);
            return new UploadOutcome.Refused(status, reason);
        }
        if (UploadFormat.UnsupportedReason(contentType, fileName, bytes) is { } unsupported)
            return await RefuseAsync(StatusCodes.Status415UnsupportedMediaType, unsupported);
        if (UploadFormat.IsText(fileName) && UploadFormat.Charset(contentType) is { } charset)
        {
            var converted = TextDecoder.ToUtf8(bytes, charset);
            if (converted.Error is { } error)
                return await RefuseAsync(converted.UnknownCharset ? StatusCodes.Status415UnsupportedMediaType : StatusCodes.Status422UnprocessableEntity,
                    $"The report {EchoedValue.Show(error)}. Nothing was stored; the team's previous report stays in use.");
            bytes = converted.Bytes!;
        }
        var submission = new SubmittedReport(w, canonical, fileName, bytes, provenance);
        var preview = previewer.Preview(submission);
        if (preview.Refusal is { } refusal)
            return await RefuseAsync(StatusCodes.Status422UnprocessableEntity, $"The report {refusal}. Nothing was stored; the team's previous report stays in use.");
        await store.AddAsync(submission, ct);
        preview = preview with { Items = await ReviewedAsync(preview.Items, ct) };
        return new UploadOutcome.Stored(submission, preview, Warnings(submission, preview, isNew, near));
    }

    /// <summary>
    /// The preview as the digest will show it: an item the team already reviewed this week (the same id: week, team,
    /// kind and quote) shows its reviews' status, summary and severity (<see cref="ItemReview.Apply"/>), so what the team
    /// dismissed or corrected is not offered again as new, also when the latest run used a report without that line.
    /// Fields no review changed stay as this upload's extraction says.
    /// </summary>
    private async Task<IReadOnlyList<ExtractedItem>> ReviewedAsync(IReadOnlyList<ExtractedItem> items, CancellationToken ct)
    {
        var reviews = await digests.GetReviewsAsync([.. items.Select(i => i.Id)], ct);
        return [.. items.Select(i => reviews.TryGetValue(i.Id, out var r) ? ItemReview.Apply(i, r) : i)];
    }

    /// <summary>
    /// Why <paramref name="team"/> is unknown when a team directory (<c>Summarizer:Teams</c>) is set and does not list it
    /// (naming the known teams, so a typo in a URL is caught), or null: listed, or no directory.
    /// </summary>
    public string? NotInDirectory(string team)
    {
        var known = directory.Value.Teams.Keys;
        return known.Count == 0 || TeamName.Canonical(team, known) is not null ? null
            : $"Team '{EchoedValue.Show(team)}' is not in the team directory (Summarizer:Teams); known teams: {string.Join(", ", known.Order(StringComparer.Ordinal))}.";
    }

    /// <summary>
    /// The spelling a team is stored under, so a differently capitalised URL never renames it: the team directory's
    /// (null when a directory is set and the team is not in it), else the earlier weeks' (<see cref="ExpectedTeams"/>, which without a directory are the recent weeks' teams),
    /// else the token's team, else the spelling of the team's earlier upload this week, else the name as sent. <c>IsNew</c>: without a directory, earlier weeks are stored and
    /// none of them has this team. <c>Near</c>: for a team seen neither earlier nor this week, a known name it looks like a
    /// misspelling of (<see cref="TeamName.Near"/>), so "payment" beside "payments" is caught even in a first week.
    /// </summary>
    private async Task<(string? Team, bool IsNew, string? Near)> CanonicalTeamAsync(AccessGrant caller, IsoWeek week, string team, CancellationToken ct)
    {
        var known = directory.Value.Teams.Keys;
        if (known.Count > 0) return (TeamName.Canonical(team, known), false, null);
        var earlier = (await expected.ListAsync(week, ct)).Select(t => t.Team).ToList();
        var seen = TeamName.Canonical(team, earlier);
        if (seen is null && caller.Team is { } own && TeamName.Same(own, team)) return (own, earlier.Count > 0, null);
        var thisWeekTeams = seen is null ? (await store.ListLatestAsync(week, ct)).Select(s => s.Team).ToList() : [];
        var thisWeek = TeamName.Canonical(team, thisWeekTeams);
        var near = seen is null && thisWeek is null ? TeamName.Near(team, earlier.Concat(thisWeekTeams)) : null;
        return (seen ?? thisWeek ?? team, seen is null && earlier.Count > 0, near);
    }

    /// <summary>What the team should know about a stored upload: its text names another week; the team is new; its name is close to another team's.</summary>
    private static IReadOnlyList<string> Warnings(SubmittedReport submission, SubmissionPreview preview, bool isNew, string? near)
    {
        var report = preview.Report!;
        var warnings = new List<string>();
        // A wrong file, a wrong charset or an empty export still replaces the team's earlier upload: say so at once.
        if (preview.Items.Count == 0)
            warnings.Add("Nothing was found in this report: no progress, metric, risk, delay, incident or plan was recognised. " +
                "It is stored and replaces the team's earlier upload for this week; check that it is the right file, in the right " +
                "charset, and upload again if not.");
        if (WeekDetector.FromReport(report.Lines, submission.Week) is { } named && named != submission.Week)
            warnings.Add($"This report's text says week {named}; it is filed under {submission.Week}. Upload it under " +
                $"/api/weeks/{named}/reports/{Uri.EscapeDataString(submission.Team)} (or choose week {named} on the review page) if that is its week.");
        if (isNew)
            warnings.Add($"Team '{submission.Team}' is a new team: no report of it was seen in the earlier weeks. Check the spelling " +
                "if the team reported before under another name; otherwise the digest lists it from now on.");
        if (near is not null)
            warnings.Add($"Team '{submission.Team}' looks like a misspelling of '{near}', which has already reported. If they are the same " +
                $"team, upload under '{near}'; as it is, the digest lists them as two teams (an analyst can remove this upload's file from the week).");
        return warnings;
    }
}

/// <summary>What became of an upload: stored with its preview and warnings, or refused with an HTTP status and one reason.</summary>
internal abstract record UploadOutcome
{
    public sealed record Stored(SubmittedReport Submission, SubmissionPreview Preview, IReadOnlyList<string> Warnings) : UploadOutcome;

    public sealed record Refused(int Status, string Reason) : UploadOutcome;
}

/// <summary>
/// The answer to a stored upload: where the digest will cite it (<see cref="File"/>), who sent it when, the items it
/// will list (kind, severity, summary, quote, 1-based lines), the candidates dropped with their reasons, and warnings
/// the team should act on (its text names another week; a team not seen in earlier weeks), empty when none.
/// </summary>
public sealed record ReportUploadAnswer(string Week, string Team, string File, DateTimeOffset ReceivedAt, string? Sender,
    IReadOnlyList<ExtractedItem> Items, IReadOnlyList<DroppedCandidate> Dropped, IReadOnlyList<string> Warnings);
