namespace Summarizer.Evaluation;

/// <summary>
/// The evaluation sets under <c>bench/eval</c> (bench/eval/README.md), in the order they were written. Tuning sets are
/// read for rule writing; honest sets are written by outside writers and never read by rule writers, so their scores
/// say how the engine does on reports its developers have not seen. The floor tests and the bench `eval` mode score them all.
/// </summary>
public static class CorpusSets
{
    /// <summary>
    /// dev (24), independent (12, read from rules-9 on), independent2 (16, read from rules-10 on), independent4 (10 en, read in
    /// rules-10's second round), independent3 (10 zh) and independent5 (5 zh, 5 en) (honest for rules-10, read from rules-11 on),
    /// independent6 (10 zh), independent7 (10 en) and independent8 (5 zh, 5 en) (honest for rules-11, read from rules-12 on).
    /// </summary>
    public static readonly IReadOnlyList<string> Tuning =
        ["dev", "independent", "independent2", "independent3", "independent4", "independent5", "independent6", "independent7", "independent8"];

    /// <summary>holdout (8, never read), independent9 (10 zh tech teams), independent10 (10 en tech teams) and independent11
    /// (5 zh, 5 en formats incl. Word), written for rules-12.</summary>
    public static readonly IReadOnlyList<string> Honest = ["holdout", "independent9", "independent10", "independent11"];

    /// <summary>Every set, tuning first.</summary>
    public static readonly IReadOnlyList<string> All = [.. Tuning, .. Honest];
}
