using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary><c>/api/items/{id}</c>: a team's review of one item and the review history.</summary>
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
            ReviewOutcome.UnknownItem => TypedResults.NotFound(),
            ReviewOutcome.Invalid r => TypedResults.ValidationProblem(r.Errors),
            _ => TypedResults.Forbid(),
        };
    }

    /// <summary>Every review of the item, oldest first: who, when and what changed.</summary>
    public static async Task<Results<Ok<IReadOnlyList<ItemReview>>, NotFound, ForbidHttpResult>> GetReviews(
        string id, HttpContext http, IDigestStore store, CancellationToken ct)
    {
        var item = await store.GetItemAsync(id, ct);
        if (item is null) return TypedResults.NotFound();
        if (AccessGrant.From(http.User) is not { } caller || !caller.MayAccessTeam(item.Team)) return TypedResults.Forbid();
        return TypedResults.Ok(await store.GetReviewsAsync(id, ct));
    }
}
