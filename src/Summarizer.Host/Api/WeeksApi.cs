using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Summarizer.Digest;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary>
/// <c>/api/weeks</c>: the stored weeks, their digest (analysts: it covers every team) and their items
/// (a team token sees only its own team's items).
/// </summary>
public static class WeeksApi
{
    public static RouteGroupBuilder MapWeeksApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/weeks").RequireAuthorization().WithTags("Weeks");
        api.MapGet("/", ListWeeks);
        api.MapGet("/{week}/digest", GetDigest).RequireAuthorization(SummarizerAuth.AnalystPolicy);
        api.MapGet("/{week}/items", GetItems);
        api.MapGet("/{week}/items.csv", GetItemsCsv);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<string>>> ListWeeks(IDigestStore store, CancellationToken ct) =>
        TypedResults.Ok(await store.ListWeeksAsync(ct));

    /// <summary>The digest with reviews applied: HTML when the client accepts text/html, else Markdown.</summary>
    public static async Task<Results<ContentHttpResult, NotFound, ValidationProblem>> GetDigest(
        string week, HttpRequest request, WeekDigestRenderer renderer, CancellationToken ct)
    {
        if (!WeekParameter.TryNormalize(week, out var w, out var problem)) return problem;
        var digest = await renderer.RenderAsync(w, ct: ct);
        if (digest is null) return TypedResults.NotFound();
        request.HttpContext.Response.Headers.Vary = HeaderNames.Accept;
        return WantsHtml(request)
            ? TypedResults.Text(digest.Html, "text/html; charset=utf-8")
            : TypedResults.Text(digest.Markdown, "text/markdown; charset=utf-8");
    }

    public static async Task<Results<Ok<IReadOnlyList<ExtractedItem>>, NotFound, ValidationProblem, ProblemHttpResult>> GetItems(
        string week, string? team, string? kind, HttpContext http, IDigestStore store, CancellationToken ct)
    {
        var (query, refusal) = await QueryAsync(week, team, kind, http, store, ct);
        if (query is null) return refusal!.Result switch
        {
            NotFound r => r,
            ValidationProblem r => r,
            ProblemHttpResult r => r,
            _ => throw new InvalidOperationException("unknown refusal"),
        };
        return TypedResults.Ok(await store.GetItemsAsync(query, ct));
    }

    /// <summary>The same items as CSV for spreadsheets: UTF-8 with a BOM so Excel reads Chinese.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> GetItemsCsv(
        string week, string? team, string? kind, HttpContext http, IDigestStore store, CancellationToken ct)
    {
        var (query, refusal) = await QueryAsync(week, team, kind, http, store, ct);
        if (query is null) return refusal!.Result switch
        {
            NotFound r => r,
            ValidationProblem r => r,
            ProblemHttpResult r => r,
            _ => throw new InvalidOperationException("unknown refusal"),
        };
        var items = await store.GetItemsAsync(query, ct);
        var name = query.Team is null ? $"items-{query.Week}.csv" : $"items-{query.Week}-{query.Team}.csv";
        byte[] csv = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ItemsCsvWriter.Write(query.Week, items))];
        return TypedResults.File(csv, "text/csv; charset=utf-8", name);
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);

    /// <summary>The store query for a caller, or why it is refused.</summary>
    private static async Task<(ItemQuery? Query, Results<NotFound, ValidationProblem, ProblemHttpResult>? Refusal)> QueryAsync(
        string week, string? team, string? kind, HttpContext http, IDigestStore store, CancellationToken ct)
    {
        if (!WeekParameter.TryNormalize(week, out var w, out var problem)) return (null, problem);
        ItemKind? k = null;
        if (!string.IsNullOrEmpty(kind))
        {
            if (!EnumWords.TryParse<ItemKind>(kind, out var parsed))
                return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]>
                {
                    ["kind"] = [$"Kind '{EchoedValue.Show(kind)}' is not one of {EnumWords.Choices<ItemKind>()}."],
                }));
            k = parsed;
        }
        if (EchoedValue.ControlCharacterError("Team", team) is { } badTeam)
            return (null, TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["team"] = [badTeam] }));
        var caller = AccessGrant.From(http.User);
        var effectiveTeam = string.IsNullOrWhiteSpace(team) ? caller?.Team : team.Trim();
        if (caller is null)
            return (null, TypedResults.Problem("Sign in with a team or analyst token.", statusCode: StatusCodes.Status403Forbidden, title: "Not signed in"));
        if (effectiveTeam is not null && !caller.MayAccessTeam(effectiveTeam))
            return (null, TypedResults.Problem(caller.OtherTeamReason(effectiveTeam, "read only that team's items"),
                statusCode: StatusCodes.Status403Forbidden, title: "Not your team"));
        if (!(await store.ListWeeksAsync(ct)).Contains(w)) return (null, TypedResults.NotFound());
        return (new ItemQuery(w, caller.Team ?? effectiveTeam, k), null);
    }
}
