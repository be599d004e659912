using System.Security.Cryptography;
using System.Text;
using Summarizer.Extraction;
using Summarizer.Sections;

namespace Summarizer.Tests.Extraction;

/// <summary>Builds heading units from report text the way the pipeline does, and runs the offline engine over them.</summary>
internal static class ReportUnits
{
    public static ReportDocument Document(string text, string? week = "2024-W26") => new()
    {
        Team = "payments",
        File = "2024-W26/payments.md",
        Encoding = "utf-8",
        Format = "md",
        Lines = text.Replace("\r\n", "\n").Split('\n'),
        Week = week is null ? null : IsoWeek.Parse(week),
        ContentHash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
    };

    public static List<ReportSection> Units(string text, string? week = "2024-W26") =>
        new SectionParser().Parse(Document(text, week)).HeadingUnits().ToList();

    /// <summary>All candidates of all units of the text.</summary>
    public static List<ItemCandidate> Extract(string text, string? week = "2024-W26")
    {
        var engine = new OfflineExtractor();
        return Units(text, week).SelectMany(engine.Extract).ToList();
    }

    /// <summary>What the pipeline publishes for the text: sections → offline extraction → verification (grounding drops what the text does not state).</summary>
    public static Task<IReadOnlyList<ExtractedItem>> PublishedAsync(string text, string? week = "2024-W26") =>
        new Summarizer.Evaluation.CorpusEvaluator(new OfflineExtractor()).ExtractAsync(Document(text, week));

    /// <summary>Candidates of a single line placed under a heading (e.g. "## 生产事件"), or at the document root when heading is null.</summary>
    public static List<ItemCandidate> ExtractLine(string line, string? heading = null, string? week = "2024-W26") =>
        Extract(heading is null ? line : $"## {heading}\n\n{line}", week);
}
