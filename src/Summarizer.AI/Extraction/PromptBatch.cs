using System.Text;
using Summarizer.AI.Text;

namespace Summarizer.AI.Extraction;

/// <summary>Own text of a heading unit, or a run of its lines when the unit is bigger than one prompt.</summary>
internal sealed record SectionPiece(ReportSection Unit, string Text, int Tokens);

/// <summary>
/// Pieces sent in one extraction call. Each is fenced as <c>&lt;section id="S1"&gt;</c>; the answer's
/// <c>section</c> field refers to that label.
/// </summary>
internal sealed record PromptBatch(IReadOnlyList<SectionPiece> Pieces)
{
    public static string Label(int index) => $"S{index + 1}";

    public int Tokens => Pieces.Sum(p => p.Tokens);

    public SectionPiece? ByLabel(string? label)
    {
        for (int i = 0; i < Pieces.Count; i++)
            if (string.Equals(Label(i), label?.Trim(), StringComparison.OrdinalIgnoreCase)) return Pieces[i];
        return null;
    }

    public string Render()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < Pieces.Count; i++)
        {
            // The unit's own heading is its first line already; only the headings above it are worth their tokens.
            var above = Pieces[i].Unit.Parent?.PathText ?? "";
            sb.Append(above.Length == 0 ? $"<section id=\"{Label(i)}\">\n" : $"<section id=\"{Label(i)}\" in=\"{PromptFence.Attribute(above)}\">\n");
            sb.Append(PromptFence.Neutralize(Pieces[i].Text)).Append("\n</section>\n");
        }
        return sb.ToString().TrimEnd('\n');
    }

    /// <summary>Two smaller batches for an answer that was cut off: halves of the pieces, else halves of the one piece's lines.</summary>
    public (PromptBatch First, PromptBatch Second)? Split()
    {
        if (Pieces.Count > 1)
        {
            int half = Pieces.Count / 2;
            return (new PromptBatch(Pieces.Take(half).ToList()), new PromptBatch(Pieces.Skip(half).ToList()));
        }
        var piece = Pieces[0];
        var lines = piece.Text.Split('\n');
        if (lines.Length < 2) return null;
        int mid = lines.Length / 2;
        return (new PromptBatch([piece with { Text = string.Join('\n', lines[..mid]), Tokens = piece.Tokens / 2 }]),
                new PromptBatch([piece with { Text = string.Join('\n', lines[mid..]), Tokens = piece.Tokens - piece.Tokens / 2 }]));
    }
}
