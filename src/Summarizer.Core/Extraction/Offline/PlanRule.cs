using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>Plans: every item under a next-week heading or label (下周计划, 下周工作及目标, Next week, Plans for next week).</summary>
internal static class PlanRule
{
    public static ItemCandidate? Match(UnitLine line, CandidateFactory make)
    {
        if (line.Role != SectionRole.Plans) return null;
        var summary = TextSpans.TrimEndPunctuation(TextSpans.WithoutEmphasis(line.Text));
        return summary.Length == 0 ? null : make.Create(ItemKind.Plan, summary, line.Text, severity: null);
    }
}
