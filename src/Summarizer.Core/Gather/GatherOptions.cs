using System.ComponentModel.DataAnnotations;

namespace Summarizer.Gather;

/// <summary>Limits of the gather step (<c>Summarizer:Gather</c>).</summary>
public sealed class GatherOptions
{
    public const string SectionName = "Summarizer:Gather";

    /// <summary>Largest text, Markdown or HTML file accepted, in bytes, and the most text any report may decode to. Default 5 MB.</summary>
    [Range(1, int.MaxValue)]
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Largest .docx accepted, in bytes: Word files carry images, so the limit is higher. Default 25 MB.</summary>
    [Range(1, int.MaxValue)]
    public long MaxDocxBytes { get; set; } = 25 * 1024 * 1024;

    // Limits on what a report holds. Real weekly reports run to some 50 sections and lines of a few hundred
    // characters; the defaults sit far above that and far below what makes a run slow (100,000 one-line headings
    // took 3.5 minutes to run and a 4 MB line became one item). A report past a limit is rejected with its reason.

    /// <summary>Most characters on one line of a report (after decoding). Default 20,000.</summary>
    [Range(100, int.MaxValue)]
    public int MaxLineChars { get; set; } = 20_000;

    /// <summary>Most characters in one report (after decoding). Default 2,000,000.</summary>
    [Range(1_000, int.MaxValue)]
    public int MaxReportChars { get; set; } = 2_000_000;

    /// <summary>
    /// Most lines in one report (after decoding; a .docx's paragraphs and table rows). Default 20,000: real weekly
    /// reports run to a few hundred (a 10,000-row table export still passes), and a 90,000-line report (2 MB of text,
    /// under every other limit) kept a core busy for minutes after its upload had timed out.
    /// </summary>
    [Range(100, int.MaxValue)]
    public int MaxLinesPerReport { get; set; } = 20_000;

    /// <summary>Most heading sections in one report. Default 20,000.</summary>
    [Range(1, int.MaxValue)]
    public int MaxSectionsPerReport { get; set; } = 20_000;

    /// <summary>Why a report with <paramref name="headings"/> heading sections is refused, or null within <see cref="MaxSectionsPerReport"/>.</summary>
    public string? SectionsProblem(int headings) => headings > MaxSectionsPerReport
        ? $"has {headings:N0} sections, more than the limit of {MaxSectionsPerReport:N0} (Summarizer:Gather:MaxSectionsPerReport); merge headings or split the report"
        : null;
}
