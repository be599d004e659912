using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary>Body of <c>POST /api/runs</c>. <paramref name="Input"/> is a folder inside <c>Summarizer:Input</c> (default: that folder).</summary>
public sealed record StartRunBody(string? Week, string? Input = null, string? Engine = null);

public sealed record RunStarted(string RunId);

/// <summary>Sections done out of total; <paramref name="Stage"/> is the pipeline step while the run is in flight.</summary>
public sealed record RunProgressView(int SectionsDone, int SectionsTotal, string? Stage);

/// <summary>What <c>GET /api/runs/{id}</c> answers.</summary>
public sealed record RunStatus(
    string RunId,
    string Week,
    string Engine,
    RunState State,
    RunProgressView Progress,
    string? Error,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    long PromptTokens,
    long CompletionTokens,
    int Calls)
{
    public static RunStatus From(RunRecord run, RunProgress? live)
    {
        var done = Math.Max(run.SectionsDone, live?.SectionsDone ?? 0);
        var total = Math.Max(run.SectionsTotal, live?.SectionsTotal ?? 0);
        var stage = run.State is RunState.Running or RunState.Queued ? live?.Stage : null;
        return new RunStatus(run.RunId, run.Week, run.Engine, run.State, new RunProgressView(done, total, stage), run.Error,
            run.CreatedAt, run.FinishedAt, run.PromptTokens, run.CompletionTokens, run.Calls);
    }
}
