using System.Globalization;
using System.Text;

namespace Summarizer.Evaluation;

/// <summary>Plain-text renderings of a <see cref="CorpusScore"/>: the per-kind table, then one line per miss and false flag.</summary>
public static class ScoreText
{
    /// <summary>Per-kind table, misses and false flags, each "file:line kind …" on one line.</summary>
    public static string Table(CorpusScore score)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{score.Corpus}: {score.Reports} reports\n");
        if (score.Engine is { } e)
        {
            sb.Append(CultureInfo.InvariantCulture, $"engine {e.Version}: {e.Sections} sections");
            if (e.DegradedSections > 0) sb.Append(CultureInfo.InvariantCulture, $", {e.DegradedSections} read by the offline engine after the {e.Engine} engine failed");
            sb.Append(CultureInfo.InvariantCulture, $"; {e.Dropped} of {e.Candidates} candidates refused");
            if (e.DropReasons.Count > 0) sb.Append(" (").AppendJoin(", ", e.DropReasons.Select(r => $"{r.Key} {r.Value}")).Append(')');
            sb.Append('\n');
        }
        sb.Append("kind      gold found recall  extracted real precision benign\n");
        foreach (var k in score.Kinds)
            sb.Append(CultureInfo.InvariantCulture,
                $"{Word(k.Kind),-9} {k.GoldTotal,4} {k.GoldFound,5} {Ratio(k.Recall),6}  {k.ExtractedTotal,9} {k.ExtractedReal,4} {Ratio(k.Precision),9} {k.BenignFlags,6}\n");
        sb.Append(CultureInfo.InvariantCulture, $"\nMisses ({score.Misses.Count}):\n");
        foreach (var m in score.Misses)
            sb.Append(CultureInfo.InvariantCulture, $"  {m.File}:{m.Line}  {Word(m.Kind),-8} \"{OneLine(m.Anchor)}\"{(m.Facts is { } f ? $"  ({f})" : "")}\n");
        sb.Append(CultureInfo.InvariantCulture, $"\nFalse flags ({score.FalseFlags.Count}):\n");
        foreach (var f in score.FalseFlags)
            sb.Append(CultureInfo.InvariantCulture, $"  {f.File}:{f.Line}  {Word(f.Kind),-8} {VerdictWord(f.Verdict),-11} \"{OneLine(f.Summary)}\"{(f.Detail is { } d ? $"  ({OneLine(d)})" : "")}\n");
        return sb.ToString();
    }

    /// <summary>A ratio as 0.00, or "-" when there is nothing to divide.</summary>
    public static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "-";

    /// <summary>The items.json word of a kind.</summary>
    public static string Word(ItemKind kind) => kind.ToString().ToLowerInvariant();

    private static string VerdictWord(MatchVerdict verdict) => verdict switch
    {
        MatchVerdict.WrongFacts => "wrong-facts",
        MatchVerdict.BenignLine => "benign-line",
        MatchVerdict.NotInGold => "not-in-gold",
        _ => verdict.ToString().ToLowerInvariant(),
    };

    private static string OneLine(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length > 90 ? flat[..90] + "…" : flat;
    }
}
