using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Turns a heading unit's own lines into <see cref="UnitLine"/>s: strips list markers, skips headings, fences and
/// pure labels, tracks label lines ("下周计划：", "- 【生产事件】") whose role covers the lines nested under them,
/// and splits Markdown table rows into cells named by the header row.
/// </summary>
internal static partial class UnitLineReader
{
    /// <param name="IsBlock">"【问题与困难】" alone on its line: it titles every line after it, like a heading, until the next such label.</param>
    private sealed record Label(int Indent, bool IsListItem, SectionRole Role, bool IsBlock = false);

    public static IEnumerable<UnitLine> Read(ReportSection unit)
    {
        var headingRole = SectionRoles.FromPath(unit.HeadingPath);
        var headingDay = DayOf(unit);
        var labels = new List<Label>();
        var lines = unit.OwnLines().ToList();
        TableColumns? columns = null;
        bool inFence = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var (number, raw) = lines[i];
            if (unit.Kind == SectionKind.Heading && number == unit.StartLine)
            {
                // A numbered sentence the parser took for a heading is a line of the report like any other.
                if (SectionRoles.IsProse(unit.Title) && ProseHeading(raw) is { } sentence)
                    yield return new UnitLine(number, sentence, SectionRoles.FromPath(unit.HeadingPath), null) { HeadingDay = headingDay };
                continue;
            }
            var trimmed = raw.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal)) { inFence = !inFence; continue; }
            if (trimmed.Length == 0) columns = null; // a blank line ends a table
            if (inFence || trimmed.Length == 0 || trimmed.StartsWith('#') || Rule().IsMatch(trimmed)) continue;

            int indent = Indent(raw);
            int markerLength = TextSpans.MarkerLength(raw, out bool isList);
            labels.RemoveAll(l => !Covers(l, indent, isList));
            var role = labels.LastOrDefault()?.Role ?? headingRole;

            if (RowCells(lines, i) is { } cells)
            {
                if (IsSeparator(cells)) continue;
                // The header is the row above a separator, or, in a table written without one (pipe rows only, or
                // tab-separated), the first row when it names known columns or holds no figures.
                var next = RowCells(lines, i + 1);
                // A plain-text table underlines its header with a dash rule ("项目  本周  上周" then "-----").
                bool ruled = columns is null && i + 1 < lines.Count && Rule().IsMatch(lines[i + 1].Text.Trim()) && LooksLikeHeader(cells);
                bool header = ruled || (next is not null && (IsSeparator(next) || (columns is null && LooksLikeHeader(cells))));
                if (header || (columns is not null && RepeatsHeader(cells))) { columns = TableColumns.FromHeader(cells); continue; }
                var row = new TableRow(cells, columns ?? new TableColumns(0, -1, -1, -1));
                yield return new UnitLine(number, trimmed.StartsWith('|') ? TrimPipes(raw) : trimmed, role, row) { HeadingDay = headingDay };
                continue;
            }
            columns = null;

            var text = raw[markerLength..].TrimEnd();
            if (text.Length == 0) continue;
            if (LabelOf(text) is { } label)
            {
                bool block = BracketLabel().IsMatch(text);
                if (block) labels.RemoveAll(l => l.IsBlock && l.Indent >= indent);
                if (SectionRoles.Classify(label.Title) is { } labelRole) labels.Add(new Label(indent, isList, labelRole, block));
                if (label.IsWholeLine) continue;
            }
            yield return new UnitLine(number, text, InlineRole(text) ?? role) { HeadingDay = headingDay };
        }
    }

    /// <summary>The sentence of a numbered prose heading line without its number or heading marks ("三、", "（一）", "## ").</summary>
    private static string? ProseHeading(string raw)
    {
        var m = HeadingLead().Match(raw);
        var text = raw[m.Length..].TrimEnd();
        return text.Length > 0 ? text : null;
    }

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+)?(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]\s*|第[一二三四五六七八九十\d]{1,3}[章节部分]\s*)?")]
    private static partial Regex HeadingLead();

    /// <summary>The date of the innermost heading that names one (sentences aside), resolved against the report's week.</summary>
    private static DateOnly? DayOf(ReportSection unit)
    {
        var path = unit.HeadingPath;
        for (int i = path.Count - 1; i >= 0; i--)
            if (!SectionRoles.IsProse(path[i]) && DateTextParser.First(path[i]) is { } d) return d.Resolve(unit.Report.Week);
        return null;
    }

    /// <summary>A label covers deeper lines, and list items at its own depth when it is a plain paragraph ("下周计划：" then "1. …").</summary>
    private static bool Covers(Label label, int indent, bool isList) =>
        indent > label.Indent || (label.IsBlock && indent >= label.Indent) || (!label.IsListItem && isList && indent >= label.Indent);

    private readonly record struct LabelText(string Title, bool IsWholeLine);

    /// <summary>
    /// "原因：备用线路配置未同步", "Root cause: …", "建议：发布前走一遍检查清单", "Tip for service owners: …": a short label
    /// leading the line says what the line is, whatever the heading. Only problem and fix labels count: a topic such as
    /// "支付网关：" names the thing, not the line's role.
    /// </summary>
    private static SectionRole? InlineRole(string text)
    {
        if (text.AsSpan().IndexOfAny('：', ':') < 0) return null; // most lines have no label: no match object for them
        foreach (var m in InlineLabel().EnumerateMatches(text))
        {
            var role = SectionRoles.Classify(text.Substring(m.Index, m.Length));
            return role is SectionRole.Risks or SectionRole.Fixes ? role : null;
        }
        return null;
    }

    [GeneratedRegex(@"(?<=^[\s*_【\[]*)[^\s*_【\[：:，,。；;*】\]][^：:，,。；;*】\]]{0,23}?(?=[\s*_】\]]*[：:]\s*\S)")]
    private static partial Regex InlineLabel();

    /// <summary>"【生产事件】" alone, or a last clause ending with a colon ("试点问题：", "Next week:").</summary>
    private static LabelText? LabelOf(string text)
    {
        var bracket = BracketLabel().Match(text);
        if (bracket.Success) return new LabelText(bracket.Groups[1].Value, true);
        if (!(text.EndsWith('：') || text.EndsWith(':'))) return null;
        var body = text[..^1];
        int cut = body.LastIndexOfAny(['，', ',', '。', '；', ';', '：', ':']);
        var title = body[(cut + 1)..].Trim();
        return title.Length is > 0 and <= 30 ? new LabelText(title, cut < 0) : null;
    }

    private static int Indent(string raw)
    {
        int width = 0;
        foreach (char c in raw)
        {
            if (c == ' ') width++;
            else if (c == '\t') width += 4;
            else if (c == '\u3000') width += 2;
            else break;
        }
        return width;
    }

    private static string TrimPipes(string raw) => raw.Trim().Trim('|').Trim();

    /// <summary>The cells of line <paramref name="i"/> when it is a table row: a Markdown pipe row, or a line of tab-separated cells beside another with as many.</summary>
    private static List<string>? RowCells(List<(int Number, string Text)> lines, int i)
    {
        if (i < 0 || i >= lines.Count) return null;
        var trimmed = lines[i].Text.Trim();
        if (trimmed.StartsWith('|')) return Cells(lines[i].Text);
        if (TabCount(trimmed) is > 0 and var tabs)
        {
            bool beside = (i > 0 && TabCount(lines[i - 1].Text.Trim()) == tabs) || (i + 1 < lines.Count && TabCount(lines[i + 1].Text.Trim()) == tabs);
            return beside ? [.. trimmed.Split('\t').Select(c => c.Trim())] : null;
        }
        return AlignedCells(lines, i);
    }

    /// <summary>
    /// A plain-text table whose columns are aligned with runs of blanks ("进线总量      28,460      24,115     --"): three or
    /// more cells split at two or more blanks, beside a line (dash rules between them skipped) with as many cells.
    /// </summary>
    private static List<string>? AlignedCells(List<(int Number, string Text)> lines, int i)
    {
        var cells = Aligned(lines[i].Text);
        if (cells is null) return null;
        foreach (int step in (int[])[-1, 1])
        {
            int j = i + step;
            while (j >= 0 && j < lines.Count && Rule().IsMatch(lines[j].Text.Trim())) j += step;
            if (j >= 0 && j < lines.Count && Aligned(lines[j].Text) is { } other && other.Count == cells.Count) return cells;
        }
        return null;
    }

    private static List<string>? Aligned(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || !AlignedGap().IsMatch(trimmed)) return null;
        var cells = AlignedGap().Split(trimmed);
        return cells.Length >= 3 && cells.All(c => c.Length is > 0 and <= 24) ? [.. cells] : null;
    }

    [GeneratedRegex(@"[ \u3000]{2,}")]
    private static partial Regex AlignedGap();

    private static int TabCount(string trimmed) => trimmed.Count(c => c == '\t');

    /// <summary>"| Risk Description | Impact | Status | Response |" inside a body: a pasted header row, no figures, two or more known columns.</summary>
    private static bool RepeatsHeader(List<string> cells)
    {
        if (cells.Any(cell => cell.Any(char.IsDigit))) return false;
        var c = TableColumns.FromHeader(cells);
        return ((int[])[c.Status, c.Due, c.Notes, c.Value, c.Target, c.Previous, c.Problem, c.Forecast, c.Owner, c.Impact]).Count(i => i >= 0) >= 2;
    }

    /// <summary>A first row that names a column the engine knows (状态, Due, Planned, 本周…) or holds no figures.</summary>
    private static bool LooksLikeHeader(List<string> cells)
    {
        if (cells.Count < 2 || cells.Any(c => c.Length == 0)) return false;
        var c = TableColumns.FromHeader(cells);
        bool named = c.Status >= 0 || c.Due >= 0 || c.Notes >= 0 || c.Value >= 0 || c.Target >= 0 || c.Previous >= 0 || c.Problem >= 0
            || c.Forecast >= 0 || c.Owner >= 0 || c.Start >= 0 || c.Event >= 0 || c.Impact >= 0;
        return named || !cells.Any(cell => cell.Any(char.IsDigit));
    }

    private static List<string> Cells(string raw) => [.. TrimPipes(raw).Split('|').Select(c => c.Trim())];

    private static bool IsSeparator(List<string> cells) => cells.Count > 0 && cells.All(c => SeparatorCell().IsMatch(c));

    [GeneratedRegex(@"^:?-{2,}:?$")]
    private static partial Regex SeparatorCell();

    [GeneratedRegex(@"^(?:[-=*_]\s*){3,}$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^【([^】]{1,30})】\s*[:：]?$")]
    private static partial Regex BracketLabel();
}
