using Summarizer.Gather;
using Summarizer.Text;

namespace Summarizer.Sections;

/// <summary>
/// Step 2: splits a report into a tree of sections with exact line ranges. One pass over the lines with explicit stacks,
/// so deep nesting costs no recursion. Headings: Markdown ATX and setext, <c>【X】</c> (alone or as a list item),
/// <c>一、</c>, <c>（一）</c>, bold lines, numbered labels with indented children (<c>1. 业务：</c>) and plain labels
/// followed by a list (<c>支付成功率：</c>). Below headings: list items (nested by indentation), table rows, paragraphs.
/// </summary>
public sealed partial class SectionParser
{
    /// <summary>Longest label line (<c>支付成功率：</c>, <c>1. 业务：</c>) taken as a heading.</summary>
    private const int MaxLabelLength = 30;

    public ReportSection Parse(ReportDocument report)
    {
        var lines = report.Lines;
        var shapes = lines.Select(LineClassifier.Classify).ToArray();
        var nextNonBlank = NextNonBlank(shapes);
        var tree = new SectionTreeBuilder(report);
        int first = (FrontMatter.Find(lines)?.EndLine ?? 0) + 1;

        for (int n = first; n <= lines.Count; n++)
        {
            var shape = shapes[n - 1];
            var next = nextNonBlank[n - 1] is int k ? shapes[k - 1] : null;
            switch (shape.Kind)
            {
                case LineKind.Blank:
                    tree.Blank();
                    break;
                case LineKind.Fence:
                    int open = n;
                    n = FenceEnd(shapes, n, shape.Fence);
                    tree.Block(shape, open, n);
                    break;
                case LineKind.Heading:
                    tree.Heading(shape, n, n);
                    break;
                case LineKind.ListItem when IsNumberedLabel(shape, next):
                    tree.Heading(shape with { Kind = LineKind.Heading, Text = LineClassifier.TrimColon(shape.Text), HeadingKey = "label-list", InList = true }, n, n);
                    break;
                // "4. RISKS & GAPS" over "- …": a plain-text mail numbers its capitals titles like list items.
                case LineKind.ListItem when shape.Ordered && shape.Indent == 0 && IsCapsTitle(shape with { Kind = LineKind.Text }, next, tree, n == first || shapes[n - 2].Kind == LineKind.Blank):
                    tree.Heading(shape with { Kind = LineKind.Heading, Text = CapsTitle(shape.Text), HeadingKey = "caps" }, n, n);
                    break;
                case LineKind.ListItem:
                    tree.ListItem(shape, n);
                    break;
                case LineKind.TableRow or LineKind.Text when n < lines.Count && shapes[n].Kind == LineKind.TableSeparator && shape.Text.Contains('|'):
                    tree.TableHeader(TableCells.Split(shape.Text));
                    n++;
                    break;
                case LineKind.TableRow when tree.InTable:
                    tree.TableRow(shape.Text, n);
                    break;
                case LineKind.Text when IsSetext(shapes, lines, n, tree) is int level:
                    tree.Heading(shape with { Kind = LineKind.Heading, HeadingKey = "atx", AtxLevel = level }, n, n + 1);
                    n++;
                    break;
                case LineKind.Text when IsBareTitle(shape, next, tree, n == first || shapes[n - 2].Kind == LineKind.Blank):
                    tree.Heading(shape with { Kind = LineKind.Heading, HeadingKey = "bare" }, n, n);
                    break;
                case LineKind.Text when IsCapsTitle(shape, next, tree, n == first || shapes[n - 2].Kind == LineKind.Blank):
                    tree.Heading(shape with { Kind = LineKind.Heading, Text = CapsTitle(shape.Text), HeadingKey = "caps" }, n, n);
                    break;
                case LineKind.Text when IsPlainLabel(shape, next, tree):
                    tree.Heading(shape with { Kind = LineKind.Heading, Text = LineClassifier.TrimColon(shape.Text), HeadingKey = "label" }, n, n);
                    break;
                // "Thanks," / "Regards," after a capitals section: the signature below it is no item of that section.
                case LineKind.Text when SignOff().IsMatch(shape.Text) && (n == first || shapes[n - 2].Kind == LineKind.Blank) && tree.InCapsSection:
                    tree.Heading(shape with { Kind = LineKind.Heading, Text = "", HeadingKey = "caps" }, n, n);
                    break;
                default:
                    if (shape.Kind == LineKind.Text) tree.EndBareTitles(shape, n);
                    tree.Text(shape, n);
                    break;
            }
        }
        return tree.Finish();
    }

    /// <summary>The line that closes the fence opened at <paramref name="open"/>, or the last line when it is never closed.</summary>
    private static int FenceEnd(LineShape[] shapes, int open, string fence)
    {
        for (int n = open + 1; n <= shapes.Length; n++)
            if (shapes[n - 1].Kind == LineKind.Fence && shapes[n - 1].Fence == fence) return n;
        return shapes.Length;
    }

    private static int?[] NextNonBlank(LineShape[] shapes)
    {
        var next = new int?[shapes.Length];
        int? seen = null;
        for (int i = shapes.Length - 1; i >= 0; i--)
        {
            next[i] = seen;
            if (shapes[i].Kind != LineKind.Blank) seen = i + 1;
        }
        return next;
    }

    /// <summary><c>1. 业务：</c>: a short ordered item ending in a colon whose next line is indented under it.</summary>
    private static bool IsNumberedLabel(LineShape item, LineShape? next) =>
        item.Ordered && EndsWithColon(item.Text) && item.Text.Length <= MaxLabelLength && next is not null && next.Indent > item.Indent;

    /// <summary><c>支付成功率：</c>: a short line ending in a colon, not inside a paragraph, followed by a list or table.</summary>
    private static bool IsPlainLabel(LineShape line, LineShape? next, SectionTreeBuilder tree) =>
        EndsWithColon(line.Text) && line.Text.Length <= MaxLabelLength && !tree.InParagraph && !tree.ContinuesList(line)
        && next is { Kind: LineKind.ListItem or LineKind.TableRow };

    /// <summary>Longest bare title line (<c>Problems</c>, <c>Board snapshot (v3.0 milestone)</c>) taken as a heading.</summary>
    private const int MaxBareTitleLength = 40;

    /// <summary>
    /// A plain-text heading: a short unindented line after a blank line, ending in no punctuation, whose next line is
    /// indented under it (<c>Problems</c> then <c>  * #2231 …</c>), the way mailing-list and README-style updates title a list.
    /// </summary>
    private static bool IsBareTitle(LineShape line, LineShape? next, SectionTreeBuilder tree, bool afterBlank) =>
        afterBlank && line.Indent == 0 && !tree.InParagraph && !tree.ContinuesList(line) && line.Text.Length <= MaxBareTitleLength
        && line.Text.Any(char.IsLetter) && !line.Text.Contains('|') && !".。,，;；:：!！?？、".Contains(line.Text[^1])
        && (next is { Kind: LineKind.ListItem or LineKind.Text, Indent: >= 2 } || IsListTitle(line, next));

    /// <summary>Longest title line over an unindented list (<c>Done</c>, <c>Blocked / at risk</c>, <c>下周计划</c>).</summary>
    private const int MaxListTitleLength = 24;

    /// <summary>
    /// <c>Next week</c> then <c>- Ship 7.5</c>: a short line with no figure whose next line starts a list at its own
    /// indent titles that list, the way terse Markdown updates label their blocks without <c>#</c> or a colon. A line
    /// with a figure ("Android rollout paused at 20%") is a statement, kept as a line.
    /// </summary>
    private static bool IsListTitle(LineShape line, LineShape? next) =>
        next is { Kind: LineKind.ListItem, Indent: 0 } && line.Text.Length <= MaxListTitleLength && !line.Text.Any(char.IsDigit);

    /// <summary>Longest all-capitals title line (<c>THE OUTAGE</c>, <c>ASKS / NEXT WEEK</c>) taken as a heading.</summary>
    private const int MaxCapsTitleLength = 40;

    /// <summary>
    /// A plain-text mail's heading: a short unindented line in capitals after a blank line (<c>HEADLINES</c>,
    /// <c>BLOCKED / WAITING ON HALDEN</c>, <c>RISKS &amp; ISSUES:</c>), with text under it. It heads everything up to the
    /// next such title or a Markdown heading, blank lines included, the way plain-text status mails are laid out.
    /// </summary>
    private static bool IsCapsTitle(LineShape line, LineShape? next, SectionTreeBuilder tree, bool afterBlank)
    {
        if (!afterBlank || line.Indent > 0 || tree.InParagraph || tree.ContinuesList(line) || next is null || next.Kind == LineKind.Blank) return false;
        // "MITIGATIONS IN FLIGHT (no decision needed)": a note in brackets after the capitals is still the title's.
        var t = CapsTitle(line.Text);
        if (t.EndsWith(')') && t.LastIndexOf('(') is > 3 and var open) t = t[..open].TrimEnd();
        if (t.Length == 0 || t.Length > MaxCapsTitleLength || t.Contains('|') || ".。,，;；!！?？".Contains(t[^1])) return false;
        int upper = 0;
        foreach (char c in t)
        {
            if (char.IsLower(c)) return false;
            if (char.IsUpper(c)) upper++;
        }
        return upper >= 4 && CapsWord().IsMatch(t);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:many\s+|kind\s+|best\s+|warm\s+)?(?:thanks|thank\s+you|regards|cheers|best|all\s+the\s+best|sincerely|yours)|谢谢|此致|顺祝|祝好)\W*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SignOff();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])")]
    private static partial System.Text.RegularExpressions.Regex CapsWord();

    /// <summary>The title without a closing colon or dash ("RISKS:", "BLOCKERS -").</summary>
    private static string CapsTitle(string text) => LineClassifier.TrimColon(text).TrimEnd('-', '–', '—', ' ');

    /// <summary>A single text line underlined with <c>===</c> (level 1) or <c>---</c> (level 2).</summary>
    private static int? IsSetext(LineShape[] shapes, IReadOnlyList<string> lines, int n, SectionTreeBuilder tree)
    {
        if (tree.InParagraph || tree.ContinuesList(shapes[n - 1]) || n >= lines.Count || shapes[n - 1].Indent > 3) return null;
        // "项目      本周      上周" over "-----": a plain-text table's header row and its rule, not a heading.
        if (System.Text.RegularExpressions.Regex.Count(lines[n - 1].Trim(), "[ \u3000]{2,}") >= 2) return null;
        var under = lines[n].Trim();
        if (under.Length == 0 || LineClassifier.IndentOf(lines[n]) > 3) return null;
        if (under.All(c => c == '=')) return 1;
        if (under.All(c => c == '-')) return 2;
        return null;
    }

    private static bool EndsWithColon(string text) => text.EndsWith(':') || text.EndsWith('：');
}
