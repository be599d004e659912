using System.ComponentModel.DataAnnotations;

namespace Summarizer.Pipeline;

/// <summary>Top-level settings under <c>Summarizer</c>.</summary>
public sealed class SummarizerOptions
{
    public const string SectionName = "Summarizer";

    /// <summary>Folder of weekly report folders. Default <c>reports</c>.</summary>
    [Required] public string Input { get; set; } = "reports";

    /// <summary>Where digests are written (<c>&lt;Output&gt;/&lt;week&gt;/</c>). Default <c>out</c>.</summary>
    [Required] public string Output { get; set; } = "out";

    /// <summary>Store connection string: SQLite by default, PostgreSQL when it says so.</summary>
    [Required] public string Store { get; set; } = "Data Source=summarizer.db";

    /// <summary>
    /// Longest a run may take, from gathering to the digest; past it the run fails with that reason, releases its
    /// week and lets the next run go. Default 2 hours (an LLM run of a large department takes minutes, not hours).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RunTimeBudget { get; set; } = TimeSpan.FromHours(2);
}
