using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Gather.Sources;

namespace Summarizer.Host.Api;

/// <summary>
/// <c>GET /api/weeks/{week}/refused</c> (analysts): the submissions that could not become a report — mail from an
/// unknown sender, an unreadable attachment, a mail without a report — for the week and those whose week is unknown,
/// newest first, each with its reason and what to do (see README "Report sources").
/// </summary>
public static class RefusedSubmissionsApi
{
    /// <param name="Source"><c>mailbox</c>, <c>upload</c>, or another source's kind.</param>
    /// <param name="ReceivedAt">When the source received it (UTC).</param>
    /// <param name="Sender">The mail's From address or the uploader; null when unknown.</param>
    /// <param name="Reference">The mail's Message-Id or the upload's id.</param>
    /// <param name="Subject">The mail's subject or the file's name.</param>
    /// <param name="Team">The team it speaks for; null when no team could be resolved (an unknown sender).</param>
    /// <param name="Week">The week it was filed under; null when it could not be told (listed with every week).</param>
    /// <param name="File">The name the digest lists it by among the files not used.</param>
    /// <param name="Reason">What is wrong with it, as stored.</param>
    /// <param name="WhatToDo">How the report gets in (<see cref="RefusalAdvice"/>).</param>
    public sealed record RefusedItem(string Source, DateTimeOffset ReceivedAt, string? Sender, string Reference, string? Subject,
        string? Team, string? Week, string File, string Reason, string WhatToDo);

    public sealed record RefusedWeek(string Week, IReadOnlyList<RefusedItem> Refused);

    public static IEndpointRouteBuilder MapRefusedSubmissionsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("api/weeks/{week}/refused", Get).RequireAuthorization(SummarizerAuth.AnalystPolicy).WithTags("Weeks");
        return app;
    }

    public static async Task<Results<Ok<RefusedWeek>, ValidationProblem>> Get(string week, IReportSubmissionStore submissions, CancellationToken ct)
    {
        if (!WeekParameter.TryNormalize(week, out var w, out var problem)) return problem;
        return TypedResults.Ok(new RefusedWeek(w, Of(await submissions.ListRefusedAsync(IsoWeek.Parse(w), ct))));
    }

    /// <summary>The API's (and the page's) view of stored refusals, in the store's order.</summary>
    public static IReadOnlyList<RefusedItem> Of(IEnumerable<RefusedSubmission> refused) => refused
        .Select(r => new RefusedItem(r.Provenance.Source, r.Provenance.ReceivedAt.ToUniversalTime(), r.Provenance.Sender, r.Provenance.Reference,
            r.Provenance.Subject, r.Team?.Trim(), r.Week?.ToString(), SubmissionFile.Of(r), r.Reason, RefusalAdvice.For(r)))
        .ToList();
}
