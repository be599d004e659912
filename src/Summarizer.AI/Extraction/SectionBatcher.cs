using Microsoft.ML.Tokenizers;

namespace Summarizer.AI.Extraction;

/// <summary>
/// Packs heading units into prompts under a token budget (o200k, the gpt-4o family's tokenizer), one team per prompt.
/// Units bigger than the budget are split by lines; whitespace-only units are never sent.
/// </summary>
internal sealed class SectionBatcher(Tokenizer tokenizer, int budget)
{
    /// <summary>Tokens of a section's fence line and labels.</summary>
    private const int FenceTokens = 40;

    private static readonly Lazy<Tokenizer> O200k = new(() => TiktokenTokenizer.CreateForModel("gpt-4o"));

    public static Tokenizer DefaultTokenizer => O200k.Value;

    public int Count(string text) => tokenizer.CountTokens(text);

    /// <summary>
    /// Batches of one team each (one team's text never shares a context with another's), filled up to the budget. When
    /// there are at least <paramref name="slots"/> batches, the biggest are halved until the count is a multiple of
    /// <paramref name="slots"/>, so the last round of calls runs as full as the others.
    /// </summary>
    public IReadOnlyList<PromptBatch> Pack(IEnumerable<ReportSection> units, int slots = 1)
    {
        var batches = new List<PromptBatch>();
        var current = new List<SectionPiece>();
        int used = 0;
        string? team = null;
        foreach (var piece in units.SelectMany(Pieces))
        {
            int cost = piece.Tokens + FenceTokens;
            bool otherTeam = team is not null && !string.Equals(team, piece.Unit.Report.Team, StringComparison.Ordinal);
            if (current.Count > 0 && (used + cost > budget || otherTeam))
            {
                batches.Add(new PromptBatch(current));
                current = [];
                used = 0;
            }
            current.Add(piece);
            used += cost;
            team = piece.Unit.Report.Team;
        }
        if (current.Count > 0) batches.Add(new PromptBatch(current));
        return FillSlots(batches, slots);
    }

    private static List<PromptBatch> FillSlots(List<PromptBatch> batches, int slots)
    {
        if (slots <= 1 || batches.Count < slots) return batches;
        int target = (batches.Count + slots - 1) / slots * slots;
        while (batches.Count < target)
        {
            var biggest = batches.Where(b => b.Pieces.Count > 1).OrderByDescending(b => b.Tokens).FirstOrDefault();
            if (biggest is null) break;
            int at = batches.IndexOf(biggest);
            // Halve by tokens, keeping the pieces in order.
            int half = 0, sum = 0;
            while (half < biggest.Pieces.Count - 1 && (sum += biggest.Pieces[half].Tokens) * 2 < biggest.Tokens) half++;
            half = Math.Clamp(half + 1, 1, biggest.Pieces.Count - 1);
            batches[at] = new PromptBatch(biggest.Pieces.Take(half).ToList());
            batches.Insert(at + 1, new PromptBatch(biggest.Pieces.Skip(half).ToList()));
        }
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
