using Microsoft.AspNetCore.Http.HttpResults;

namespace Summarizer.Host.Api;

/// <summary>
/// <c>PUT /api/weeks/{week}/reports/{team}</c>: a team (its token) or an analyst submits the week's report as the raw
/// body — Markdown, text, HTML or .docx, picked by Content-Type or the <c>name</c> query — and gets back what the
/// digest will say from it. Bearer tokens only, like the review API: a browser session uses the review page's form.
/// </summary>
public static class ReportsApi
{
    public static RouteGroupBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/weeks").RequireAuthorization().WithTags("Reports");
        api.MapPut("/{week}/reports/{team}", Put).RequireAuthorization(SummarizerAuth.BearerPolicy);
        return api;
    }

    internal static async Task<Results<Ok<ReportUploadAnswer>, ProblemHttpResult>> Put(
        string week, string team, string? name, HttpContext http, ReportUploads uploads, CancellationToken ct)
    {
        if (AccessGrant.From(http.User) is not { } caller) return Problem(StatusCodes.Status403Forbidden, "Sign in with a team or analyst token.");
        if (UploadFormat.FileNameFor(http.Request.ContentType, name) is not { } fileName)
            return Problem(StatusCodes.Status415UnsupportedMediaType, UploadFormat.MultipartReason(http.Request.ContentType)
                ?? $"Content-Type '{EchoedValue.Show(http.Request.ContentType)}' is not a report format; {UploadFormat.Accepted}.");
        // Told by Content-Length before the body is read: a client that sent "Expect: 100-continue" never uploads it.
        if (http.Request.ContentLength > uploads.MaxBodyBytes) return Problem(StatusCodes.Status413PayloadTooLarge, uploads.TooLargeReason);
        uploads.AllowReportSizedBody(http);
        if (await uploads.ReadBodyAsync(http.Request, ct) is not { } bytes) return Problem(StatusCodes.Status413PayloadTooLarge, uploads.TooLargeReason);
        fileName = UploadFormat.ForBody(fileName, name, bytes);
        return await uploads.SubmitAsync(caller, week, team, fileName, http.Request.ContentType, bytes, ct) switch
        {
            UploadOutcome.Stored s => TypedResults.Ok(Answer(s)),
            UploadOutcome.Refused r => Problem(r.Status, r.Reason),
            _ => throw new InvalidOperationException("unknown upload outcome"),
        };
    }

    internal static ReportUploadAnswer Answer(UploadOutcome.Stored s) =>
        new(s.Submission.Week.ToString(), s.Submission.Team, s.Preview.Report!.File, s.Submission.Provenance.ReceivedAt,
            s.Submission.Provenance.Sender, s.Preview.Items, s.Preview.Dropped, s.Warnings);

    private static ProblemHttpResult Problem(int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: status switch
        {
            StatusCodes.Status403Forbidden => "Not your team",
            StatusCodes.Status404NotFound => "Unknown team",
            StatusCodes.Status413PayloadTooLarge => "Report too large",
            StatusCodes.Status415UnsupportedMediaType => "Unsupported report format",
            StatusCodes.Status422UnprocessableEntity => "Report cannot be read",
            _ => "Bad request",
        });
}
