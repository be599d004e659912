using Summarizer.Digest.Charts;

namespace Summarizer.Digest.Sections;

/// <summary>How a table cell lays out: <see cref="Nowrap"/> for dates, durations and figures; <see cref="Cite"/> compact and muted.</summary>
public enum CellKind { Text, Nowrap, Number, Cite, Chart }

/// <summary>One table cell: its text, and for citations the full source in <see cref="Title"/> and a link.</summary>
public sealed record DigestCell(string Text, CellKind Kind = CellKind.Text, string? Title = null, string? Href = null, DigestChart? Chart = null);

/// <summary>
/// One bullet: an optional severity badge, a bold lead (team, ask kind), the text, a "by" note kept on one line,
/// a citation, and in the full digest the verbatim quote and an anchor.
/// </summary>
public sealed record DigestEntry(string Text)
{
    public Severity? Severity { get; init; }
    public string? Badge { get; init; }
    public string? Lead { get; init; }
    public string? Due { get; init; }
    /// <summary>The <see cref="Due"/> date has passed: shown in bold red (HTML) or bold (Markdown).</summary>
    public bool Overdue { get; init; }
    public string? Suffix { get; init; }
    public DigestCell? Cite { get; init; }
    public string? Quote { get; init; }
    public string? Anchor { get; init; }
    public string? Href { get; init; }
}

/// <summary>
/// What one section of the digest shows, independent of the output format: a heading, a note, bullets and/or a
/// table, pictures, a "more" line, nested sections. Markdown and HTML each lay out this one shape.
/// </summary>
public sealed record DigestSection(string Id, string Title)
{
    public string? Note { get; init; }
    public IReadOnlyList<DigestChart> Charts { get; init; } = [];
    public IReadOnlyList<DigestEntry> Entries { get; init; } = [];
    public bool Numbered { get; init; }
    public IReadOnlyList<string> Headers { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<DigestCell>> Rows { get; init; } = [];
    /// <summary>Shown when there are neither entries nor rows (e.g. "None").</summary>
    public string? Empty { get; init; }
    public string? More { get; init; }
    public string? MoreHref { get; init; }
    public IReadOnlyList<DigestSection> Children { get; init; } = [];
}
