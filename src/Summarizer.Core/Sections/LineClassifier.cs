using System.Text.RegularExpressions;

namespace Summarizer.Sections;

/// <summary>Classifies single lines: Markdown ATX headings, Chinese bracket and numbered headings, bold lines, list items, table lines, fences.</summary>
internal static partial class LineClassifier
{
    public static int IndentOf(string line)
    {
        int col = 0;
        foreach (char c in line)
        {
            if (c == ' ') col++;
            else if (c == '\t') col += 4 - col % 4;
            else break;
        }
        return col;
    }

    public static LineShape Classify(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return new LineShape(LineKind.Blank, 0, "");
        int indent = IndentOf(line);
        var t = line.Trim();
        char c0 = t[0];
        Match m;
        // Cheap first-character checks keep the regexes off lines that cannot match (most lines of a long table).
        if (c0 is '`' or '~' && (m = FencePattern().Match(line)).Success) return new LineShape(LineKind.Fence, indent, t) { Fence = m.Groups[1].Value[..3] };
        if (c0 == '#' && (m = AtxPattern().Match(line)).Success && m.Groups[2].Value.Trim() is { Length: > 0 } atx)
            return Heading(indent, Plain(atx), "atx") with { AtxLevel = m.Groups[1].Length };
        if (t.Contains('【') && (m = BracketPattern().Match(t)).Success)
        {
            bool inList = m.Groups[1].Success;
            return Heading(indent, m.Groups[2].Value.Trim(), inList ? "bracket-list" : "bracket") with { InList = inList };
        }
        // "■ 三、问题&风险": plain-text exports mark their numbered headings with a square or diamond.
        if (c0 is '■' or '□' or '◆' or '◇' or '▶' or '►' && t.Length > 1 && IsChineseNumeral(t[1..].TrimStart()[0]) && ChineseNumbered().IsMatch(t[1..].TrimStart()))
            return Heading(indent, TrimColon(t[1..].TrimStart()), "cn1");
        if (IsChineseNumeral(c0) && ChineseNumbered().IsMatch(t)) return Heading(indent, TrimColon(t), "cn1");
        if (c0 is '（' or '(' && ChineseParen().IsMatch(t)) return Heading(indent, TrimColon(t), "cn2");
        if ((t.Contains("**", StringComparison.Ordinal) || t.Contains("__", StringComparison.Ordinal)) && (m = BoldPattern().Match(t)).Success)
        {
            bool inList = m.Groups[1].Success;
            var bold = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
            return Heading(indent, bold.Trim(), inList ? "bold-list" : "bold") with { InList = inList };
        }
        if (c0 is '|' or '-' or ':' && t.Contains('-') && SeparatorPattern().IsMatch(t)) return new LineShape(LineKind.TableSeparator, indent, t);
        if ((char.IsAsciiDigit(c0) || "-*+•●▪·".Contains(c0)) && (m = ListPattern().Match(line)).Success)
            return new LineShape(LineKind.ListItem, indent, m.Groups[2].Value.Trim())
            {
                Ordered = char.IsDigit(m.Groups[1].Value[0]),
                ContentIndent = indent + (m.Groups[2].Index - m.Groups[1].Index),
            };
        if (t.Contains('|')) return new LineShape(LineKind.TableRow, indent, t);
        return new LineShape(LineKind.Text, indent, t);
    }

    private static bool IsChineseNumeral(char c) => "一二三四五六七八九十".Contains(c);

    private static LineShape Heading(int indent, string title, string key) => new(LineKind.Heading, indent, title) { HeadingKey = key };

    public static string TrimColon(string text) => text.TrimEnd().TrimEnd(':', '：').TrimEnd();

    /// <summary>Heading text without bold markers or a surrounding 【】.</summary>
    private static string Plain(string title)
    {
        var t = title.Trim();
        if (t.Length > 4 && t.StartsWith("**", StringComparison.Ordinal) && t.EndsWith("**", StringComparison.Ordinal)) t = t[2..^2].Trim();
        if (t.Length > 2 && t[0] == '【' && t[^1] == '】' && t.IndexOf('】') == t.Length - 1) t = t[1..^1].Trim();
        return t;
    }

    [GeneratedRegex(@"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")]
    private static partial Regex AtxPattern();

    /// <summary>A line that is only <c>【X】</c>, maybe as a list item, bold, or followed by a colon.</summary>
    [GeneratedRegex(@"^([-*+•]\s+|\d{1,3}[.)、．]\s*)?\**【([^】]{1,40})】\**\s*[:：]?$")]
    private static partial Regex BracketPattern();

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}[、．.]\s*\S.{0,58}$")]
    private static partial Regex ChineseNumbered();

    [GeneratedRegex(@"^[（(][一二三四五六七八九十]{1,3}[）)]\s*\S.{0,58}$")]
    private static partial Regex ChineseParen();

    /// <summary>A line that is only bold text (<c>**下周计划**</c>, <c>- __Risks__:</c>).</summary>
    [GeneratedRegex(@"^([-*+•]\s+)?(?:\*\*([^*]{1,60})\*\*|__([^_]{1,60})__)\s*[:：]?$")]
    private static partial Regex BoldPattern();

    /// <summary>Bullets (- * + • ·) and ordered markers (1. 1) 1、); "1.完成" without a space counts when CJK text follows.</summary>
    [GeneratedRegex(@"^\s*([-*+•●▪·]|\d{1,3}[.)]|\d{1,3}[、．])(?:[ \t]+|(?=[\u3400-\u9fff【（《“]))(.*)$")]
    private static partial Regex ListPattern();

    [GeneratedRegex(@"^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?$|^\|\s*:?-+:?\s*\|$")]
    private static partial Regex SeparatorPattern();

    [GeneratedRegex(@"^\s*(`{3,}|~{3,})")]
    private static partial Regex FencePattern();
}
