using Microsoft.Extensions.Logging;
using Summarizer.AI.Prompts;
using Summarizer.Extraction;

namespace Summarizer.AI.Extraction;

/// <summary>
/// One batch through the model. An answer cut off at max_tokens is split once and each half asked again; a half cut
/// off again falls back (each cut-off answer is billed at its full output budget, so halving again and again would
/// multiply the bill). An answer that is not the expected JSON, or whose items mostly fail grounding, gets one repair
/// request; what still fails is handed to the offline engine (degraded, never cached as a good result).
/// </summary>
internal sealed class BatchExtractor(PromptCaller caller, LlmPrompts prompts, CandidateGrounder grounder, LlmCallBudget budget,
    EndpointFailure failures, LlmTimeBudget time, ILogger logger)
{
    public async Task<BatchResult> ExtractAsync(PromptBatch batch, CancellationToken ct)
    {
        var result = new BatchResult();
        await RunAsync(batch, result, mayHalve: true, ct).ConfigureAwait(false);
        return result;
    }

    private async Task RunAsync(PromptBatch batch, BatchResult result, bool mayHalve, CancellationToken ct)
    {
        var sections = batch.Render();
        // The week goes after the fixed instructions so their prefix stays byte-identical (and cacheable) across calls.
        var week = batch.Pieces[0].Unit.Report.Week?.ToString() ?? "unknown";
        var answer = await CallAsync(LlmPrompts.ExtractItems, new Dictionary<string, string> { ["week"] = week, ["sections"] = sections }, batch, result, ct).ConfigureAwait(false);
        if (answer is null) return;

        if (answer.CutOff)
        {
            if (!mayHalve || batch.Split() is not { } halves)
            {
                logger.LogWarning("LLM answer cut off at max_tokens again for {Pieces} section part(s) of {Section}; using the offline engine",
                    batch.Pieces.Count, batch.Pieces[0].Unit.PathText);
                result.Failed.AddRange(batch.Pieces);
                return;
            }
            logger.LogInformation("LLM answer cut off at max_tokens for {Pieces} section part(s); asking again in two halves", batch.Pieces.Count);
            await RunAsync(halves.First, result, mayHalve: false, ct).ConfigureAwait(false);
            await RunAsync(halves.Second, result, mayHalve: false, ct).ConfigureAwait(false);
            return;
        }

        var parsed = ExtractionAnswer.TryParse(answer.Content, out var error);
        var grounded = parsed is null ? null : grounder.Ground(batch, parsed);
        if (grounded is null || grounded.MostlyFailed)
        {
            var problem = grounded is null ? error : grounded.Describe();
            logger.LogWarning("LLM answer unusable ({Problem}); asking once for a repair", problem);
            var repair = await CallAsync(LlmPrompts.RepairItems, new Dictionary<string, string>
            {
                ["week"] = week,
                ["sections"] = sections,
                ["previous_answer"] = answer.Content,
                ["error"] = problem,
            }, batch, result, ct).ConfigureAwait(false);
            // The refused items stay listed under `dropped` even when the batch falls back offline: the last answer's
            // refusals (the repair's, else the first answer's).
            var refused = grounded;
            if (repair is null)
            {
                KeepRefusals(refused, result);
                return;
            }
            var repaired = repair.CutOff ? null : ExtractionAnswer.TryParse(repair.Content, out error);
            grounded = repaired is null ? null : grounder.Ground(batch, repaired);
            if (grounded is null || grounded.MostlyFailed)
            {
                logger.LogWarning("LLM repair unusable ({Problem}); using the offline engine for {Pieces} section part(s)",
                    repair.CutOff ? "cut off" : grounded?.Describe() ?? error, batch.Pieces.Count);
                result.Failed.AddRange(batch.Pieces);
                KeepRefusals(grounded ?? refused, result);
                return;
            }
        }

        result.Drops.AddRange(grounded.Drops);
        result.Unusable += grounded.Unusable;
        for (int i = 0; i < batch.Pieces.Count; i++) result.Done.Add((batch.Pieces[i], grounded.PerPiece[i]));
    }

    private static void KeepRefusals(GroundedAnswer? refused, BatchResult result)
    {
        if (refused is null) return;
        result.Drops.AddRange(refused.Drops);
        result.Unusable += refused.Unusable;
    }

    private async Task<ChatAnswer?> CallAsync(string function, Dictionary<string, string> variables, PromptBatch batch, BatchResult result, CancellationToken ct)
    {
        if (time.Spent) time.Tell(logger);
        if (failures.Fatal is not null || time.Spent || !budget.TryStart())
        {
            if (budget.Spent) logger.LogDebug("LLM budget spent; {Pieces} section part(s) use the offline engine", batch.Pieces.Count);
            result.Failed.AddRange(batch.Pieces);
            result.EndpointFailed |= time.Spent;
            return null;
        }
        // The run's time budget cancels a call that would outlast it (a long Retry-After wait included).
        using var call = CancellationTokenSource.CreateLinkedTokenSource(ct, time.Token);
        try
        {
            var answer = await caller.InvokeAsync(prompts.Function(LlmPrompts.ExtractionPlugin, function), variables, call.Token).ConfigureAwait(false);
            result.Usage = result.Usage.Add(answer.Usage);
            budget.Record(answer.Usage);
            return answer;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Polly already retried; what reaches here failed for good (retries exhausted, circuit open, refused), or the
            // run's time budget ran out.
            result.Failed.AddRange(batch.Pieces);
            if (time.Spent)
            {
                time.Tell(logger);
                result.EndpointFailed = true;
                return null;
            }
            result.Fatal = failures.Classify(ex);
            result.EndpointFailed = result.Fatal is not null || EndpointFailure.ConcernsTheEndpoint(ex);
            if (result.Fatal is null)
                logger.LogWarning("LLM call failed: {Error}; using the offline engine for {Pieces} section part(s)", failures.Explain(ex), batch.Pieces.Count);
            logger.LogDebug(ex, "LLM call failed");
            return null;
        }
    }
}
