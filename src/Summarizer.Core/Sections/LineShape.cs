namespace Summarizer.Sections;

internal enum LineKind { Blank, Text, Heading, ListItem, TableRow, TableSeparator, Fence }

/// <summary>
/// What one line looks like on its own. <see cref="HeadingKey"/> names the heading style (<c>atx</c>, <c>bracket</c>, <c>cn1</c>…):
/// headings of a style already open close it and become its sibling; a new style nests.
/// </summary>
internal sealed record LineShape(LineKind Kind, int Indent, string Text)
{
    /// <summary>ATX level 1..6 for <c>#</c> headings; 0 for the other heading styles.</summary>
    public int AtxLevel { get; init; }

    public string HeadingKey { get; init; } = "";

    /// <summary>True when the heading is written as a list item (<c>- 【X】</c>, <c>1. 业务：</c>): it nests by indentation.</summary>
    public bool InList { get; init; }

    public bool Ordered { get; init; }

    /// <summary>For a list item: the column its text starts at (marker column + marker + spaces).</summary>
    public int ContentIndent { get; init; }

    /// <summary>For a fence: its marker (<c>```</c> or <c>~~~</c>), which the closing fence must repeat.</summary>
    public string Fence { get; init; } = "";
}
