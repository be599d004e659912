namespace Summarizer;

/// <summary>One team's report for one week, decoded to text. Line numbers everywhere are 1-based indexes into <see cref="Lines"/>.</summary>
public sealed record ReportDocument
{
    /// <summary>Team name: the file name without extension unless front matter says <c>team:</c>.</summary>
    public required string Team { get; init; }

    /// <summary>
    /// What items cite: for a folder file its path relative to the input folder, with forward slashes; for a
    /// submission <c>source:received-time/team.ext</c>, e.g. <c>upload:2026-11-27T10-00-00Z/payments.md</c>
    /// (see <see cref="Gather.Sources.SubmissionFile"/>).
    /// </summary>
    public required string File { get; init; }

    /// <summary>Detected encoding, e.g. <c>utf-8</c>, <c>utf-16</c>, <c>gb18030</c>.</summary>
    public required string Encoding { get; init; }

    /// <summary>Source format: md, txt, html or docx (html and docx are converted to text lines first).</summary>
    public required string Format { get; init; }

    /// <summary>The decoded text split into lines, without line terminators.</summary>
    public required IReadOnlyList<string> Lines { get; init; }

    /// <summary>Where the report came from: the source, its reference, when it was written or received, and the sender of a submission.</summary>
    public Gather.Sources.ReportProvenance? Provenance { get; init; }

    /// <summary>Week named by the folder or the text, if any.</summary>
    public IsoWeek? Week { get; init; }

    /// <summary>SHA-256 (hex) of the decoded text: identifies unchanged reports across re-runs.</summary>
    public required string ContentHash { get; init; }

    public string Line(int number) => Lines[number - 1];
}

/// <summary>An input file that could not be used, with a reason a person can act on.</summary>
public sealed record RejectedFile(string File, string Reason);

/// <summary>What the gather step found for a week.</summary>
public sealed record GatherResult(IReadOnlyList<ReportDocument> Reports, IReadOnlyList<RejectedFile> Rejected)
{
    /// <summary>The week gathered: requested, named by the folder, or (for loose files) the newest week their text names.</summary>
    public IsoWeek? Week { get; init; }
}
