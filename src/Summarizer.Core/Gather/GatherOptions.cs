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
}
