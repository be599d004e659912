using Microsoft.AspNetCore.Http.HttpResults;
using Summarizer.Host.Serve;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary><c>/api/runs</c>: start a run of a week (analysts) and follow it.</summary>
public static class RunsApi
{
    /// <summary>Longest <c>?wait=</c> a client may ask for, in seconds.</summary>
    public const int MaxWaitSeconds = 60;

    public static RouteGroupBuilder MapRunsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("api/runs").RequireAuthorization(SummarizerAuth.AnalystPolicy).WithTags("Runs");
        api.MapPost("/", StartRun).RequireAuthorization(SummarizerAuth.BearerAnalystPolicy);
        api.MapGet("/{runId}", GetRun);
        api.MapGet("/", ListRuns);
        return api;
    }

    public static async Task<Results<Accepted<RunStarted>, ValidationProblem>> StartRun(
        StartRunBody body, RunStarter starter, HttpContext http, CancellationToken ct)
    {
        var (run, errors) = await starter.StartAsync(body, AccessGrant.From(http.User)?.Reviewer ?? "?", ct);
        return run is null
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Accepted($"/api/runs/{Uri.EscapeDataString(run.RunId)}", new RunStarted(run.RunId));
    }

    /// <summary>State and progress; <c>?wait=N</c> holds the answer up to N seconds until a run in flight finishes.</summary>
    public static async Task<Results<Ok<RunStatus>, NotFound>> GetRun(
        string runId, int? wait, IDigestStore store, RunQueue queue, RunProgressBoard board, CancellationToken ct)
    {
        if (await store.GetRunAsync(runId, ct) is null) return TypedResults.NotFound();
        if (wait is > 0) await queue.WaitAsync(runId, TimeSpan.FromSeconds(Math.Min(wait.Value, MaxWaitSeconds)), ct);
        var run = await store.GetRunAsync(runId, ct);
        return run is null ? TypedResults.NotFound() : TypedResults.Ok(RunStatus.From(run, board.Get(runId)));
    }

    public static async Task<Results<Ok<IReadOnlyList<RunStatus>>, ValidationProblem>> ListRuns(
        string? week, int? limit, IDigestStore store, RunProgressBoard board, CancellationToken ct)
    {
        string? w = null;
        if (week is not null)
        {
            if (!IsoWeek.TryParse(week, out var parsed))
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["week"] = [$"Week '{EchoedValue.Show(week)}' is not an ISO week (YYYY-Www)."] });
            w = parsed.ToString();
        }
        var runs = await store.ListRunsAsync(w, Math.Clamp(limit ?? 50, 1, 500), ct);
        return TypedResults.Ok<IReadOnlyList<RunStatus>>(runs.Select(r => RunStatus.From(r, board.Get(r.RunId))).ToList());
    }
}
