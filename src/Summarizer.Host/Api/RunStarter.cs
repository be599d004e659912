using Summarizer.Host.Serve;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary>Validates a run request, records the run as queued and hands it to the <see cref="RunQueue"/> (API and week page).</summary>
public sealed class RunStarter(RunLedger ledger, ExtractorCatalog engines, RunQueue queue, InputRoot inputRoot, ILogger<RunStarter> logger)
{
    public static readonly string[] Engines = ["auto", "offline", "llm"];

    /// <summary>The queued run, or the errors by field.</summary>
    public async Task<(RunRecord? Run, Dictionary<string, string[]> Errors)> StartAsync(StartRunBody body, string startedBy, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsoWeek.TryParse(body.Week, out var week))
            errors["week"] = [$"Week '{body.Week}' is not an ISO week; write it as YYYY-Www, e.g. 2024-W26."];
        var engine = string.IsNullOrWhiteSpace(body.Engine) ? "auto" : body.Engine.Trim().ToLowerInvariant();
        if (!Engines.Contains(engine))
            errors["engine"] = [$"Engine '{body.Engine}' is not one of auto, offline or llm."];
        else if (engines.Problem(engine) is { } unusable)
            errors["engine"] = [unusable];
        if (!inputRoot.TryResolveFolder(body.Input, out var input, out var inputError))
            errors["input"] = [inputError];
        if (errors.Count > 0) return (null, errors);

        var run = await ledger.QueueAsync(week.ToString(), engine, input, ct);
        queue.Enqueue(run.RunId);
        logger.LogInformation("Run {RunId} of {Week} queued by {Caller}", run.RunId, run.Week, startedBy);
        return (run, errors);
    }
}
