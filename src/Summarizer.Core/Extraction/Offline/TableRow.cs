namespace Summarizer.Extraction.Offline;

/// <summary>A data row of a Markdown table: its cells (verbatim, trimmed) and what the header says they are.</summary>
internal sealed partial record TableRow(IReadOnlyList<string> Cells, TableColumns Columns)
{
    public string? Cell(int index) => index >= 0 && index < Cells.Count && Cells[index].Length > 0 ? Cells[index] : null;
    public string? Subject => Cell(Columns.Subject);
    public string? Status => Cell(Columns.Status);
    public string? Due => Cell(Columns.Due);
    public string? Notes => Cell(Columns.Notes);
    public string? Value => Cell(Columns.Value);
    public string? Target => Cell(Columns.Target);
    public string? Previous => Cell(Columns.Previous);
    public string? Problem => Cell(Columns.Problem);

    /// <summary>
    /// The row's status: its status column's cell, else a value column's cell that is a status mark or a RAG word and no
    /// figure (| 系统 | 变更内容 | 窗口 | 结果 | with "❌ 回退"; | Dimension | This period | … | with "Red"): a result or a
    /// period told by a mark is the row's status.
    /// </summary>
    public string? StatusCell => Status ?? (Value is { } v && !v.Any(char.IsDigit) && (StatusMark().IsMatch(v) || RagWord().IsMatch(v)) ? v : null);

    /// <summary>
    /// What the row says is wrong, in its own words: the problem or notes cell; else a value column's cell in words, not
    /// a share done (| Initiative | Saving | Progress | Status | with "paused, clashes with CI nightly jobs"); else the
    /// words of the status cell after its mark, when long enough to tell a problem ("🟡 候选人期望薪资超出带宽 18%" →
    /// "候选人期望薪资超出带宽 18%", not "🟡 测试中"). Null when the cells are empty, say there is nothing ("-", "无",
    /// "none") or only name a state ("🔴 Open").
    /// </summary>
    public string? Remark => RemarkCells().FirstOrDefault(cell => cell is not null && !IsNilCell(cell) && cell.Any(char.IsLetter));

    private IEnumerable<string?> RemarkCells()
    {
        yield return Problem ?? Notes;
        // "paused, clashes with CI nightly jobs" in a Progress column: words, not a share done ("40% of jobs moved").
        if (Value is { } v && v != StatusCell && v.TrimStart() is [var first, ..] && char.IsLetter(first) && !v.Contains('%')) yield return v;
        // "🟡 测试中", "🟡 关注", "🟠 In review" name a state; a remark long enough to tell a problem is one.
        if (StatusWordsOf(StatusCell) is { } said && (said.Any(c => c >= '\u4e00') ? said.Length >= 6 : said.Count(c => c == ' ') >= 2)) yield return said;
    }

    /// <summary>A status cell's words after its marks and status words ("❌ 回退" → "回退"), null when nothing is left.</summary>
    public static string? StatusWordsOf(string? status) =>
        status is not null && StatusWords().Replace(status, "").Trim() is { Length: > 0 } rest && rest.Any(char.IsLetter) ? rest : null;

    /// <summary>The row's metric name: the subject, qualified by the measure column when one names it ("ETA model MAPE").</summary>
    public string? MetricName => Cell(Columns.Measure) is { } measure && Subject is { } thing ? $"{thing} {measure}" : Subject;

    /// <summary>
    /// True when every cell but the subject is empty, a dash, zero or "无"/"none" (| Regressions | - | 0 |): the row
    /// names a kind of trouble only to say there was none.
    /// </summary>
    public bool IsNil => Cells.Count > 1 && Cells.Where((_, i) => i != Columns.Subject && !(Columns.Subject < 0 && i == 0)).All(IsNilCell);

    /// <summary>A RAG or result mark: 🟢 🟡 🟠 🔴 ✅ ❌ ⛔ ⏸ ⚪ ⚠.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"🟢|🟡|🟠|🔴|✅|❌|⛔|🚫|⏸|⚪|⚠|⏳")]
    private static partial System.Text.RegularExpressions.Regex StatusMark();

    /// <summary>A cell that is only a RAG grade (| Budget | Red | Amber | … |, | 红 |): the period's status, not a value.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s*_]*(?:(?i:red|amber|yellow|green)|红|黄|绿)(?:色|灯)?[\s*_]*$")]
    private static partial System.Text.RegularExpressions.Regex RagWord();

    /// <summary>A status cell's marks and status words (Amber, At risk, Open, 延期, 受阻 …): what is left is the cell's remark.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[\s*_:：\-–—]|🟢|🟡|🟠|🔴|✅|❌|⛔|🚫|⏸|⚪|⚠️?|⏳|\uFE0F|(?i:red|amber|yellow|green|at[\s-]risk|blocked|off[\s-]track|on[\s-]track|open|in progress|ongoing|done|closed)(?![A-Za-z])|红|黄|绿|风险|受阻|阻塞|进行中|延期|推迟|滞后)+")]
    private static partial System.Text.RegularExpressions.Regex StatusWords();

    // On a span: no copies of the cell, no array of trim characters per call.
    private static bool IsNilCell(string cell) => cell.AsSpan().Trim().TrimEnd("%起个次件").Trim() is
        "" or "-" or "–" or "—" or "0" or "0.0" or "无" or "暂无" or "没有" or "n/a" or "N/A" or "NA" or "none" or "None" or "nil" or "/";
}
