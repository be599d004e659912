using System.ComponentModel.DataAnnotations;

namespace Summarizer.History;

/// <summary>How far back the week-over-week comparison looks (<c>Summarizer:History</c>).</summary>
public sealed class HistoryOptions
{
    public const string SectionName = "Summarizer:History";

    /// <summary>Earlier weeks read from the store. Default 4.</summary>
    [Range(1, 52)]
    public int Weeks { get; set; } = 4;

    /// <summary>Bigram similarity (0..1) above which two risks of one team count as the same risk. Default 0.6.</summary>
    [Range(0.1, 1.0)]
    public double RiskSimilarity { get; set; } = 0.6;

    /// <summary>Bigram similarity above which two plan lines name the same milestone. Default 0.6.</summary>
    [Range(0.1, 1.0)]
    public double MilestoneSimilarity { get; set; } = 0.6;
}
