using Summarizer.Host.Serve;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Api;

/// <summary>Validates a run request, records the run as queued and hands it to the <see cref="RunQueue"/> (API and week page).</summary>
public sealed class RunStarter(RunLedger ledger, ExtractorCatalog engines, RunQueue queue, InputRoot inputRoot, ILogger<RunStarter> logger)
{
    public static readonly string[] Engines = ["auto", "offline", "llm"];

    /// <summary>Longest <c>input</c> accepted, in characters: a folder inside the input root, so its errors stay short.</summary>
    public const int MaxInputLength = 260;

    /// <summary>The queued run, or the errors by field.</summary>
    public async Task<(RunRecord? Run, Dictionary<string, string[]> Errors)> StartAsync(StartRunBody body, string startedBy, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        string input = "";
        if (!IsoWeek.TryParse(body.Week, out var week))
            errors["week"] = [$"Week '{EchoedValue.Show(body.Week)}' is not an ISO week; write it as YYYY-Www, e.g. 2024-W26."];
        var engine = string.IsNullOrWhiteSpace(body.Engine) ? "auto" : body.Engine.Trim().ToLowerInvariant();
        if (!Engines.Contains(engine))
            errors["engine"] = [$"Engine '{EchoedValue.Show(body.Engine)}' is not one of auto, offline or llm."];
        else if (engines.Problem(engine) is { } unusable)
            errors["engine"] = [unusable];
        // A NUL makes the path functions throw; a control character is never part of a folder teams export to.
        if (EchoedValue.ControlCharacterError("Input", body.Input) is { } inputText) errors["input"] = [inputText];
        else if (body.Input?.Length > MaxInputLength) errors["input"] = [$"Input '{EchoedValue.Show(body.Input)}' is longer than {MaxInputLength} characters."];
        else if (!inputRoot.TryResolveFolder(body.Input, out var resolved, out var inputError)) errors["input"] = [inputError];
        else input = resolved;
        if (errors.Count > 0) return (null, errors);

        var run = await ledger.QueueAsync(week.ToString(), engine, input, ct);
        queue.Enqueue(run.RunId);
        logger.LogInformation("Run {RunId} of {Week} queued by {Caller}", run.RunId, run.Week, startedBy);
        return (run, errors);
    }
}
