using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// One line of a heading unit as the rules see it. <see cref="Text"/> is the line with its list marker and
/// indentation stripped and trailing blanks trimmed: a verbatim substring of the source line, so it can be quoted.
/// </summary>
internal sealed class UnitLine
{
    public UnitLine(int number, string text, SectionRole role, TableRow? row = null)
    {
        (Number, Text, Role, Row) = (number, text, role, row);
        IsChinese = TextSpans.HasCjk(text);
        Topic = TextSpans.Topic(text, out int topicEnd);
        TopicEnd = topicEnd;
    }

    private string? _masked;

    /// <summary>
    /// <see cref="Text"/> with dates, clock times, versions and other non-quantities blanked (<see cref="NumberMask"/>),
    /// computed once: the metric rule and its measurement check both read it.
    /// </summary>
    public string Masked => _masked ??= NumberMask.Apply(Text);

    public int Number { get; }
    public string Text { get; }
    public SectionRole Role { get; }
    public TableRow? Row { get; }

    /// <summary>The date the innermost dated heading above the line names ("## 2024-06-25", "### 6月25日 支付回调异常"), resolved against the report's week.</summary>
    public DateOnly? HeadingDay { get; init; }

    /// <summary>True when the line holds any CJK ideograph, which decides the summary language.</summary>
    public bool IsChinese { get; }

    /// <summary>The text before a leading "topic：" colon (e.g. <c>装修存管项目</c>), or null.</summary>
    public string? Topic { get; }

    /// <summary>Where the text after the topic's colon begins; 0 without a topic.</summary>
    public int TopicEnd { get; }
}
