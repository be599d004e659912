using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Summarizer.AI.Prompts;
using Summarizer.Extraction;

namespace Summarizer.AI.Extraction;

/// <summary>
/// The LLM engine: packs heading units into prompts under a token budget, runs up to MaxConcurrency calls at once,
/// grounds every answer item in its section, and streams each section as soon as its batches are done. Batches whose
/// calls fail for good are extracted by the offline engine and marked degraded (the pipeline does not cache those).
/// </summary>
public sealed class LlmItemExtractor(
    LlmKernelFactory kernels,
    LlmPrompts prompts,
    OfflineExtractor offline,
    IOptions<LlmOptions> options,
    ILogger<LlmItemExtractor> logger,
    TimeProvider time) : IItemExtractor
{
    /// <summary>Bump when grounding rules change, so cached results of older rules are not reused.</summary>
    // g2: answers that mostly fail grounding are repaired or fall back, never cached; g3: grounding drops are checkpointed
    // with the candidates (g2 rows have none), two metrics of one row are both kept, incident minutes from start and end.
    public const string GroundingRules = "g4";

    public string Engine => CandidateGrounder.EngineName;

    /// <summary><c>llm:{model}:{sha256 of the extraction templates, 12 hex}:{grounding rules}</c>, plus <c>:json</c> without structured output.</summary>
    public string Version =>
        $"llm:{options.Value.Model}:{prompts.ExtractionHash}:{GroundingRules}{(options.Value.StructuredOutput ? "" : ":json")}";

    public IAsyncEnumerable<SectionExtraction> ExtractAsync(IReadOnlyList<ReportSection> units, CancellationToken cancellationToken) =>
        ExtractAsync(units, new LlmRunStats(), cancellationToken);

    public async IAsyncEnumerable<SectionExtraction> ExtractAsync(
        IReadOnlyList<ReportSection> units, LlmRunStats stats, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var o = options.Value;
        var batcher = new SectionBatcher(SectionBatcher.DefaultTokenizer, o.BatchTokenBudget);
        var empty = units.Where(SectionBatcher.IsBlank).ToList();
        foreach (var unit in empty) yield return new SectionExtraction(unit.Id, []);

        var batches = batcher.Pack(units.Where(u => !SectionBatcher.IsBlank(u)), o.MaxConcurrency);
        if (batches.Count == 0) yield break;
        logger.LogInformation("LLM extraction of {Sections} sections in {Batches} batches ({Tokens} report tokens), {Concurrency} at a time",
            units.Count - empty.Count, batches.Count, batches.Sum(b => b.Tokens), o.MaxConcurrency);

        var tracker = new SectionTracker(batches, offline);
        var budget = LlmCallBudget.For(batches, o);
        var failures = new EndpointFailure(o);
        var extractor = new BatchExtractor(new PromptCaller(kernels.Create(), o.StructuredOutput, o.IsReasoningModel), prompts, new CandidateGrounder(logger), budget, failures,
            LlmTimeBudget.For(ModelCallMeter.Current, o, time), logger);
        var done = Channel.CreateUnbounded<SectionExtraction>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = ProduceAsync(batches, extractor, tracker, stats, done.Writer, o.MaxConcurrency, failures, stop.Token);
        try
        {
            await foreach (var section in done.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
                yield return section;
            await producer.ConfigureAwait(false);
        }
        finally
        {
            // The caller may stop reading early: stop the calls still in flight before leaving.
            await stop.CancelAsync().ConfigureAwait(false);
            try { await producer.ConfigureAwait(false); } catch (OperationCanceledException) { }
        }
        // Every attempt that reached the endpoint (a failed one and each retry too), as the run's cost line counts them;
        // the meter holds only extraction calls yet, the summary comes later.
        var calls = ModelCallMeter.Current?.Usage ?? stats.Usage;
        logger.LogInformation(
            "LLM extraction done: {Calls} calls, {PromptTokens} prompt + {CompletionTokens} completion tokens, {Dropped} items dropped by grounding, {Degraded} sections degraded to offline",
            calls.Calls, calls.PromptTokens, calls.CompletionTokens, stats.Dropped, stats.DegradedSections);
        if (budget.Spent)
            logger.LogWarning("LLM budget of {Calls} calls / {Tokens} tokens spent (Summarizer:Llm:MaxCallsPerRun, MaxTokensPerRun); the remaining sections used the offline engine",
                budget.MaxCalls, budget.MaxTokens);
    }

    private async Task ProduceAsync(IReadOnlyList<PromptBatch> batches, BatchExtractor extractor, SectionTracker tracker,
        LlmRunStats stats, ChannelWriter<SectionExtraction> writer, int concurrency, EndpointFailure failures, CancellationToken ct)
    {
        int endpointFailed = 0;
        try
        {
            await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (batch, token) =>
            {
                BatchResult result;
                if (Volatile.Read(ref endpointFailed) == 1)
                {
                    // A dead endpoint costs one retry budget per run, not one per batch.
                    result = new BatchResult();
                    result.Failed.AddRange(batch.Pieces);
                    stats.Skipped();
                }
                else
                {
                    result = await extractor.ExtractAsync(batch, token).ConfigureAwait(false);
                    // Refused, unknown host, 401/403/404: no use going on, the run is told in one line.
                    if (result.Fatal is { } fatal) throw fatal;
                    if (result.EndpointFailed)
                    {
                        Volatile.Write(ref endpointFailed, 1);
                        LlmEndpointVerdict.For(ModelCallMeter.Current).Fail(); // the summary makes no call either
                    }
                }
                var finished = tracker.Complete(batch, result);
                stats.Add(result, finished.Count(f => f.Degraded));
                foreach (var section in finished) await writer.WriteAsync(section, token).ConfigureAwait(false);
            }).ConfigureAwait(false);
            writer.Complete();
        }
        catch (Exception ex)
        {
            // Batches cancelled because one found the endpoint dead must not hide why.
            var cause = failures.Fatal ?? ex;
            writer.Complete(cause);
            if (cause != ex) throw cause;
            throw;
        }
    }
}
