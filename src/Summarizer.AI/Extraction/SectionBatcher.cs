using Microsoft.ML.Tokenizers;

namespace Summarizer.AI.Extraction;

/// <summary>
/// Packs heading units into prompts under a token budget (o200k, the gpt-4o family's tokenizer). Units bigger than
/// the budget are split by lines; whitespace-only units are never sent.
/// </summary>
internal sealed class SectionBatcher(Tokenizer tokenizer, int budget)
{
    /// <summary>Tokens of a section's fence line and labels.</summary>
    private const int FenceTokens = 40;

    private static readonly Lazy<Tokenizer> O200k = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"));

    public static Tokenizer DefaultTokenizer => O200k.Value;

    public int Count(string text) => tokenizer.CountTokens(text);

    public IReadOnlyList<PromptBatch> Pack(IEnumerable<ReportSection> units)
    {
        var batches = new List<PromptBatch>();
        var current = new List<SectionPiece>();
        int used = 0;
        foreach (var piece in units.SelectMany(Pieces))
        {
            int cost = piece.Tokens + FenceTokens;
            if (current.Count > 0 && used + cost > budget)
            {
                batches.Add(new PromptBatch(current));
                current = [];
                used = 0;
            }
            current.Add(piece);
            used += cost;
        }
        if (current.Count > 0) batches.Add(new PromptBatch(current));
        return batches;
    }

    /// <summary>A unit with nothing but its heading line has nothing to extract.</summary>
    public static bool IsBlank(ReportSection unit) =>
        unit.OwnLines().Skip(unit.Kind == SectionKind.Heading ? 1 : 0).All(l => string.IsNullOrWhiteSpace(l.Text));

    public IEnumerable<SectionPiece> Pieces(ReportSection unit)
    {
        if (IsBlank(unit)) yield break;
        var text = unit.OwnText();
        int tokens = Count(text);
        int room = Math.Max(1, budget - FenceTokens);
        if (tokens <= room)
        {
            yield return new SectionPiece(unit, text, tokens);
            yield break;
        }
        var lines = new List<string>();
        int lineTokens = 0;
        foreach (var line in text.Split('\n').SelectMany(l => HardSplit(l, room)))
        {
            int t = Count(line) + 1;
            if (lines.Count > 0 && lineTokens + t > room)
            {
                if (Flush(unit, lines, lineTokens) is { } p) yield return p;
                lines.Clear();
                lineTokens = 0;
            }
            lines.Add(line);
            lineTokens += t;
        }
        if (Flush(unit, lines, lineTokens) is { } last) yield return last;
    }

    private static SectionPiece? Flush(ReportSection unit, List<string> lines, int tokens)
    {
        var text = string.Join('\n', lines);
        return string.IsNullOrWhiteSpace(text) ? null : new SectionPiece(unit, text, tokens);
    }

    /// <summary>A single line over the budget is cut by characters (a char is at least a token's worth of room).</summary>
    private IEnumerable<string> HardSplit(string line, int room)
    {
        if (line.Length <= room || Count(line) <= room) { yield return line; yield break; }
        for (int i = 0; i < line.Length; i += room) yield return line.Substring(i, Math.Min(room, line.Length - i));
    }
}
