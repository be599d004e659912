using Summarizer.AI;
using Summarizer.Extraction;
using Summarizer.Pipeline;
using Summarizer.Store;

namespace Summarizer.Host.Cli;

/// <summary>The few lines a person reads after a run.</summary>
internal static class RunSummary
{
    /// <param name="store">Where the run was recorded, e.g. "SQLite /home/me/summarizer.db".</param>
    public static void Print(RunOutcome outcome, LlmOptions llm, string store)
    {
        var s = outcome.Snapshot;
        var counts = string.Join(", ", s.Items.GroupBy(i => i.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}"));
        Console.WriteLine($"Digest of {s.Week} ({s.Engine}): {s.Reports.Count} reports, {s.Items.Count} items ({counts}).");
        if (s.Rejected.Count > 0)
        {
            Console.WriteLine($"Rejected {s.Rejected.Count} file(s):");
            foreach (var r in s.Rejected) Console.WriteLine($"  {r.File}: {r.Reason}");
        }
        if (s.DegradedSections.Count > 0) Console.WriteLine($"Degraded: {s.DegradedSections.Count} section(s) fell back to the offline engine.");
        if (ModelFailedWarning(s) is { } warning) Console.Error.WriteLine(warning);
        if (outcome.DroppedCandidates > 0) Console.WriteLine($"Dropped {outcome.DroppedCandidates} candidate(s) the verifier could not ground; items.json lists them under \"dropped\" with the reason.");
        var run = outcome.Run;
        if (run.Calls > 0 || run.PromptTokens > 0)
        {
            var cost = LlmCostEstimate.From(new ExtractionUsage(run.Calls, run.PromptTokens, run.CompletionTokens), llm);
            Console.WriteLine($"LLM: {cost} (prices from Summarizer:Llm:PricePer1kInput/Output).");
        }
        Console.WriteLine($"Wrote {Path.Combine(outcome.OutDir, "digest.md")}, digest.html, items.json");
        Console.WriteLine($"Store: {store} (Summarizer:Store or --store; `summarizer items` reads it)");
    }

    /// <summary>
    /// One stderr line when the model was asked but no item came from it (every asked section fell back): the run still
    /// succeeds (exit code 0, the documented offline fallback), but nobody should take the digest for the model's work.
    /// </summary>
    internal static string? ModelFailedWarning(WeekSnapshot s) =>
        s.DegradedSections.Count > 0 && s.Items.All(i => i.Engine == OfflineExtractor.EngineName)
            ? $"summarizer: warning: the model failed for all {s.DegradedSections.Count} section(s) it was asked about (the log line above says why); this digest was written by the offline rules and is marked degraded."
            : null;
}
