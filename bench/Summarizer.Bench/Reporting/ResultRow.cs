namespace Summarizer.Bench.Reporting;

public enum Verdict { None, Met, Missed }

/// <summary>One line of the results table: what was measured, the figure, and the target it is held to.</summary>
public sealed record ResultRow(string Area, string Measure, string Value, string Target = "", Verdict Verdict = Verdict.None)
{
    public string VerdictText => Verdict switch { Verdict.Met => "met", Verdict.Missed => "**missed**", _ => "" };

    public static Verdict Check(bool met) => met ? Verdict.Met : Verdict.Missed;
}
