using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using Summarizer.AI.Prompts;

namespace Summarizer.AI.Extraction;

/// <summary>
/// One batch through the model: an answer cut off at max_tokens is split and asked again; malformed JSON gets one
/// repair request with the parse error; what still fails is handed back for the offline engine.
/// </summary>
internal sealed class BatchExtractor(PromptCaller caller, LlmPrompts prompts, CandidateGrounder grounder, ILogger logger)
{
    public async Task<BatchResult> ExtractAsync(PromptBatch batch, CancellationToken ct)
    {
        var result = new BatchResult();
        await RunAsync(batch, result, ct).ConfigureAwait(false);
        return result;
    }

    private async Task RunAsync(PromptBatch batch, BatchResult result, CancellationToken ct)
    {
        var sections = batch.Render();
        var answer = await CallAsync(LlmPrompts.ExtractItems, new Dictionary<string, string> { ["sections"] = sections }, batch, result, ct).ConfigureAwait(false);
        if (answer is null) return;

        if (answer.CutOff)
        {
            if (batch.Split() is not { } halves)
            {
                logger.LogWarning("LLM answer cut off at max_tokens for a single line of {Section}; using the offline engine", batch.Pieces[0].Unit.Id);
                result.Failed.AddRange(batch.Pieces);
                return;
            }
            logger.LogInformation("LLM answer cut off at max_tokens for {Pieces} section part(s); splitting the batch", batch.Pieces.Count);
            await RunAsync(halves.First, result, ct).ConfigureAwait(false);
            await RunAsync(halves.Second, result, ct).ConfigureAwait(false);
            return;
        }

        var parsed = ExtractionAnswer.TryParse(answer.Content, out var error);
        if (parsed is null)
        {
            logger.LogWarning("LLM answer unusable ({Error}); asking once for a repair", error);
            var repair = await CallAsync(LlmPrompts.RepairItems, new Dictionary<string, string>
            {
                ["sections"] = sections,
                ["previous_answer"] = answer.Content,
                ["error"] = error,
            }, batch, result, ct).ConfigureAwait(false);
            if (repair is null) return;
            parsed = repair.CutOff ? null : ExtractionAnswer.TryParse(repair.Content, out error);
            if (parsed is null)
            {
                logger.LogWarning("LLM repair unusable ({Error}); using the offline engine for {Pieces} section part(s)",
                    repair.CutOff ? "cut off" : error, batch.Pieces.Count);
                result.Failed.AddRange(batch.Pieces);
                return;
            }
        }

        var (perPiece, dropped) = grounder.Ground(batch, parsed);
        result.Dropped += dropped;
        for (int i = 0; i < batch.Pieces.Count; i++) result.Done.Add((batch.Pieces[i], perPiece[i]));
    }

    private async Task<ChatAnswer?> CallAsync(string function, Dictionary<string, string> variables, PromptBatch batch, BatchResult result, CancellationToken ct)
    {
        try
        {
            var answer = await caller.InvokeAsync(prompts.Function(LlmPrompts.ExtractionPlugin, function), variables, ct).ConfigureAwait(false);
            result.Usage = result.Usage.Add(answer.Usage);
            return answer;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            // Polly already retried; what reaches here failed for good (retries exhausted, circuit open, budget spent).
            logger.LogWarning(ex, "LLM call failed for good ({Error}); using the offline engine for {Pieces} section part(s)",
                ex.GetType().Name + ": " + ex.Message, batch.Pieces.Count);
            result.Failed.AddRange(batch.Pieces);
            result.EndpointFailed |= IsEndpointFailure(ex);
            return null;
        }
    }

    /// <summary>
    /// A 400, 413 or 422 is about this batch (a content filter, a prompt too long): only it falls back. Anything else
    /// (connection failures, timeouts, an open circuit, 401/403/404 misconfiguration, 429, 5xx) concerns the endpoint:
    /// later batches skip it.
    /// </summary>
    private static bool IsEndpointFailure(Exception ex) =>
        ex is not HttpOperationException { StatusCode: HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.UnprocessableEntity };
}
