using System.ComponentModel.DataAnnotations;

namespace Summarizer.Host.Api;

/// <summary>
/// Which weeks a report may be uploaded for (<c>Summarizer:Uploads</c>): a week far in the future is a typo
/// ("2062-W26" for "2026-W26") that would file the report where no digest ever reads it.
/// </summary>
public sealed class UploadWindowOptions
{
    public const string SectionName = "Summarizer:Uploads";

    /// <summary>
    /// Most ISO weeks after the current one (by the server's clock, UTC) a report may be filed under; 0 allows only up
    /// to the current week. Default 2: a team may send next week's report early. Validated at start-up (0–52).
    /// </summary>
    [Range(0, 52)]
    public int MaxWeeksAhead { get; set; } = 2;
}
