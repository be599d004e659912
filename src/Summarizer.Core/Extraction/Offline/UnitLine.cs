namespace Summarizer.Extraction.Offline;

/// <summary>
/// One line of a heading unit as the rules see it. <see cref="Text"/> is the line with its list marker and
/// indentation stripped and trailing blanks trimmed: a verbatim substring of the source line, so it can be quoted.
/// </summary>
internal sealed record UnitLine(int Number, string Text, int Indent, bool IsListItem, SectionRole Role, TableRow? Row = null)
{
    /// <summary>True when the line is mostly written in Chinese (any CJK ideograph), which decides the summary language.</summary>
    public bool IsChinese { get; } = TextSpans.HasCjk(Text);

    /// <summary>The text before a leading "topic：" colon (e.g. <c>装修存管项目</c>), or null.</summary>
    public string? Topic { get; } = TextSpans.Topic(Text, out _);
}
