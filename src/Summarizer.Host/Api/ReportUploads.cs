using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Summarizer.Gather;
using Summarizer.Gather.Sources;
using Summarizer.Pipeline;

namespace Summarizer.Host.Api;

/// <summary>
/// A team's report uploaded or pasted (the API's PUT and the review page's form): checked like a file on disk, stored
/// as a submission (source <c>upload</c>) only when it can be read, and answered with what the digest will say from it.
/// A refused upload stores nothing, so the team's previous report stays in use.
/// </summary>
internal sealed class ReportUploads(SubmissionPreviewer previewer, IReportSubmissionStore store, IOptions<GatherOptions> limits, TimeProvider time,
    IOptions<TeamDirectoryOptions> directory)
{
    /// <summary>Content types accepted and the extension (reader) each picks; a <c>name</c> overrides them.</summary>
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text/markdown"] = ".md", ["text/x-markdown"] = ".md", ["text/plain"] = ".txt", ["text/html"] = ".html",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
    };

    /// <summary>Most bytes read from a request: the larger of the text and .docx limits (each format's own limit is checked after).</summary>
    public long MaxBodyBytes => Math.Max(limits.Value.MaxFileBytes, limits.Value.MaxDocxBytes);

    /// <summary>The file name whose extension picks the reader: <paramref name="name"/>'s, else the content type's, else null.</summary>
    public static string? FileNameFor(string? contentType, string? name)
    {
        if (!string.IsNullOrWhiteSpace(name)) return Path.GetFileName(name.Trim());
        var mediaType = contentType?.Split(';')[0].Trim();
        return mediaType is not null && Extensions.TryGetValue(mediaType, out var ext) ? "report" + ext : null;
    }

    public static string UnsupportedTypeReason(string? contentType) =>
        $"Content-Type '{EchoedValue.Show(contentType)}' is not a report format; send text/markdown, text/plain, text/html or " +
        $"{Extensions.Keys.Last()}, or name the file with ?name=report.md ({ReportFileLoader.SupportedExtensions}).";

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

    /// <summary>Checks, previews and (when readable) stores one upload.</summary>
    public async Task<UploadOutcome> SubmitAsync(AccessGrant caller, string week, string team, string fileName, byte[] bytes, CancellationToken ct)
    {
        if (!IsoWeek.TryParse(week, out var w))
            return new UploadOutcome.Refused(StatusCodes.Status400BadRequest, $"Week '{EchoedValue.Show(week)}' is not an ISO week; write it as YYYY-Www, e.g. 2024-W26.");
        var t = team.Trim();
        if (TeamName.Problem(t) is { } problem)
            return new UploadOutcome.Refused(StatusCodes.Status400BadRequest, $"Team name '{EchoedValue.Show(team)}' {problem}.");
        if (!caller.MayAccessTeam(t))
            return new UploadOutcome.Refused(StatusCodes.Status403Forbidden, $"This token is for team '{caller.Team}'; it may submit only that team's report, not '{EchoedValue.Show(t)}'.");
        // With a team directory, a typo in the URL must not create a phantom team in the digest.
        var known = directory.Value.Teams.Keys;
        if (known.Count > 0 && !known.Any(k => TeamName.Same(k, t)))
            return new UploadOutcome.Refused(StatusCodes.Status404NotFound,
                $"Team '{EchoedValue.Show(t)}' is not in the team directory (Summarizer:Teams); known teams: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        var now = time.GetUtcNow();
        var submission = new SubmittedReport(w, t, fileName, bytes,
            new ReportProvenance(UploadReportSource.SourceKind, Guid.CreateVersion7(now).ToString("n"), now, caller.Reviewer, fileName));
        var preview = previewer.Preview(submission);
        if (preview.Refusal is { } refusal)
            return new UploadOutcome.Refused(StatusCodes.Status422UnprocessableEntity, $"The report {refusal}. Nothing was stored; the team's previous report stays in use.");
        await store.AddAsync(submission, ct);
        return new UploadOutcome.Stored(submission, preview);
    }
}

/// <summary>What became of an upload: stored with its preview, or refused with an HTTP status and one reason.</summary>
internal abstract record UploadOutcome
{
    public sealed record Stored(SubmittedReport Submission, SubmissionPreview Preview) : UploadOutcome;

    public sealed record Refused(int Status, string Reason) : UploadOutcome;
}

/// <summary>
/// The answer to a stored upload: where the digest will cite it (<see cref="File"/>), who sent it when, the items it
/// will list (kind, severity, summary, quote, 1-based lines) and the candidates dropped with their reasons.
/// </summary>
public sealed record ReportUploadAnswer(string Week, string Team, string File, DateTimeOffset ReceivedAt, string? Sender,
    IReadOnlyList<ExtractedItem> Items, IReadOnlyList<DroppedCandidate> Dropped);
