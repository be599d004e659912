using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary>
/// <c>/api/items/{id}</c>: a team's review of one item and the review history. Another team's item answers 404 like an
/// unknown id, so a team token cannot learn which ids exist.
/// </summary>
public static class ItemsApi
{
    public static RouteGroupBuilder MapItemsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/items").RequireAuthorization().WithTags("Items");
        api.MapPost("/{id}/review", Review).RequireAuthorization(SummarizerAuth.BearerPolicy);
        api.MapGet("/{id}/reviews", GetReviews);
        return api;
    }

    /// <summary>Records a review; a dismissed item leaves the week's digest at once. 200 with the item as it now reads.</summary>
    public static async Task<Results<Ok<ExtractedItem>, NotFound, ValidationProblem, ForbidHttpResult>> Review(
        string id, ReviewInput body, HttpContext http, ReviewRecorder recorder, CancellationToken ct)
    {
        if (AccessGrant.From(http.User) is not { } caller) return TypedResults.Forbid();
        return await recorder.RecordAsync(caller, id, body, ct) switch
        {
            ReviewOutcome.Recorded r => TypedResults.Ok(r.Item),
            ReviewOutcome.Invalid r => TypedResults.ValidationProblem(EchoedValue.Shorten(r.Errors, body.Status, body.Severity, body.Summary, body.Note)),
            _ => TypedResults.NotFound(), // unknown, or another team's
        };
    }

    /// <summary>Every review of the item, oldest first: who, when and what changed.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ItemReview>>, NotFound, ForbidHttpResult>> GetReviews(
        string id, HttpContext http, IDigestStore store, CancellationToken ct)
    {
        if (AccessGrant.From(http.User) is not { } caller) return TypedResults.Forbid();
        var item = await store.GetItemAsync(id, ct);
        if (item is null || !caller.MayAccessTeam(item.Team)) return TypedResults.NotFound();
        return TypedResults.Ok(await store.GetReviewsAsync(id, ct));
    }
}
