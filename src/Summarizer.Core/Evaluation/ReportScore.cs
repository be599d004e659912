using System.Text.Json.Serialization;

namespace Summarizer.Evaluation;

/// <summary>What became of one extracted item against the gold.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchVerdict>))]
public enum MatchVerdict
{
    /// <summary>Same kind, anchor in its source lines, stated facts agree: a real item.</summary>
    [JsonStringEnumMemberName("matched")] Matched,
    /// <summary>Agrees with a gold item another extracted item already matched: real, counted as precise, listed.</summary>
    [JsonStringEnumMemberName("duplicate")] Duplicate,
    /// <summary>On a gold item's line with its kind, but a stated fact differs (value, minutes, dates): a false flag.</summary>
    [JsonStringEnumMemberName("wrong-facts")] WrongFacts,
    /// <summary>From a line the gold says must stay quiet: a false flag.</summary>
    [JsonStringEnumMemberName("benign-line")] BenignLine,
    /// <summary>No gold item of its kind on its lines: a false flag.</summary>
    [JsonStringEnumMemberName("not-in-gold")] NotInGold,
}

/// <summary>One extracted item, its verdict, the gold item it was held against, and why it failed (if it did).</summary>
public sealed record ExtractedOutcome(ExtractedItem Item, MatchVerdict Verdict, GoldItem? Gold, string? Detail = null)
{
    /// <summary>Matched and duplicate items are real; the rest count against precision.</summary>
    public bool IsReal => Verdict is MatchVerdict.Matched or MatchVerdict.Duplicate;
}

/// <summary>A gold item no extracted item matched, and the 1-based line its anchor is on.</summary>
public sealed record GoldMiss(GoldItem Gold, int Line);

/// <summary>The outcome of one report: every extracted item's verdict and the gold items nothing matched.</summary>
public sealed record ReportScore(string File, IReadOnlyList<GoldItem> Gold, IReadOnlyList<ExtractedOutcome> Extracted, IReadOnlyList<GoldMiss> Misses);

/// <summary>
/// Figures of one kind over a corpus. Recall = <see cref="GoldFound"/> / <see cref="GoldTotal"/> (optional gold items
/// left out of both); precision = <see cref="ExtractedReal"/> / <see cref="ExtractedTotal"/>. Null when the denominator is 0.
/// </summary>
public sealed record KindScore(ItemKind Kind, int GoldTotal, int GoldFound, int ExtractedTotal, int ExtractedReal, int BenignFlags)
{
    public double? Recall => GoldTotal == 0 ? null : (double)GoldFound / GoldTotal;
    public double? Precision => ExtractedTotal == 0 ? null : (double)ExtractedReal / ExtractedTotal;
}

/// <summary>A corpus's figures per kind, with every miss and false flag located as file:line.</summary>
/// <param name="Engine">What the engine did beside the items it published; null when not tallied.</param>
public sealed record CorpusScore(string Corpus, int Reports, IReadOnlyList<KindScore> Kinds, IReadOnlyList<LocatedMiss> Misses, IReadOnlyList<LocatedFlag> FalseFlags,
    EngineTally? Engine = null)
{
    /// <summary>The figures of one kind.</summary>
    public KindScore this[ItemKind kind] => Kinds.Single(k => k.Kind == kind);
}

/// <summary>A required gold item nothing matched: what a reader lists and the engine did not.</summary>
public sealed record LocatedMiss(string File, int Line, ItemKind Kind, string Anchor, string? Facts);

/// <summary>An extracted item that is not real, with its verdict and why.</summary>
public sealed record LocatedFlag(string File, int Line, ItemKind Kind, MatchVerdict Verdict, string Summary, string? Detail);

/// <summary>
/// What an engine did over a corpus beside the items it published: the heading units it read, how many another engine
/// stood in for (an LLM batch that failed for good is extracted by the offline rules), and the candidates it proposed
/// that the verifier (or the LLM engine's own grounding) refused, counted by reason ("quote not found in the section",
/// "summary numbers not in the quote", …). For a model, Dropped / Candidates is how much it claimed that the reports
/// do not say.
/// </summary>
public sealed record EngineTally(string Engine, string Version, int Sections, int DegradedSections, int Candidates, int Dropped,
    IReadOnlyDictionary<string, int> DropReasons);
