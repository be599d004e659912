using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Markdown table rows whose header names a status or a due column (| Project | Status | Owner | Due | Notes |):
/// a slipped due date ("Jun 28 → Jul 12", "Jul 12 (was Jun 28)") or a delayed status gives a delay, a Red/Amber or
/// blocked status gives a risk, a due date ahead that has not moved gives a plan, and the notes cell is read like a line. A value column (| 指标 | 本周 | 上周 | 目标 |) gives a
/// metric per row. Rows of other tables are read as plain lines.
/// </summary>
internal static partial class TableRowRule
{
    public static bool Applies(UnitLine line) => line.Row is { } row
        && (row.Columns.Status >= 0 || row.Columns.Due >= 0 || row.Columns.Value >= 0 || row.Columns.Problem >= 0 || row.Columns.Forecast >= 0);

    public static IEnumerable<ItemCandidate> Match(UnitLine line, CandidateFactory make)
    {
        var row = line.Row!;
        if (row.IsNil || OverallRow().IsMatch(row.Subject ?? "")) yield break; // "| Regressions | - | 0 |", "| **Overall** | 🟡 AMBER |"
        var subject = row.Subject ?? "";
        if (row.Value is { } value && MetricRule.FromCells(line, make, row.MetricName ?? "", value, row.Previous, row.Target) is { } metric)
            yield return metric;
        // "| 接口自动化补齐 | 进行中 | 完成 60% |": a notes cell that is only the share done is the row's progress.
        else if (row.Value is null && row.Notes is { } progress && ProgressOnly().IsMatch(progress)
            && MetricRule.FromCells(line, make, subject, progress, null, null) is { } done)
            yield return done;
        var status = row.Status ?? "";
        // The problem column says what is wrong; a notes column says more about the row.
        var notesLine = (row.Problem ?? row.Notes) is { } notes ? new UnitLine(line.Number, notes, line.Role) : null;
        bool chinese = line.IsChinese;

        var delay = ForecastShift(line, row, subject, make) ?? DueShift(line, row, subject, make) ?? NotesDelay(line, notesLine, subject, make)
            ?? CellsDelay(line, row, subject, make);
        if (delay is null && DelayedStatus().IsMatch(status))
        {
            var due = row.Due;
            var to = due is not null && DateTextParser.First(due) is { } d ? due.Substring(d.Index, d.Length) : null;
            string? from = null;
            // "| 第三批 | 用户域 51 张表 | 11/19 | 12/3 | ⚠️ 延期 |": a delayed row's two date cells are its plan and its new date.
            if (DateCells(row) is [var first, .., var last] && DelayRule.IsLater(first, last, make.Week)) (from, to) = (first, last);
            delay = make.Create(ItemKind.Delay, DelayRule.Summary(chinese, subject, from, to, chinese ? "延期" : null), line.Text,
                SeverityRule.ForDelay(status),
                delay: new DelayFacts(NullIfEmpty(subject), from is null ? null : DelayRule.Normalize(from, make.Week),
                    to is null ? null : DelayRule.Normalize(to, make.Week), Reason(row)));
        }
        if (delay is not null) yield return delay;

        // A status cell, or a result told by a mark (| 结果 | ❌ 回退 |), that is amber, red or blocked flags the row.
        var mark = row.StatusCell ?? "";
        bool flagged = SeverityRule.HasRiskMarker(mark) || RiskStatus().IsMatch(mark);
        // "| 后台 v3.8 | 80% | … | 🟡 测试中 |": an amber row that states no problem is work in progress, not a risk;
        // "| 支付 | 🔴 | - |": a row whose problem or notes cell says nothing names no risk either.
        if (flagged && row.Remark is null
            && ((Amber().IsMatch(mark) && !Stuck().IsMatch(mark)) || row.Columns.Problem >= 0 || row.Columns.Notes >= 0)) flagged = false;
        // "| I-03 | 型号不一致 | 低 | 已借调设备，已关闭 |", "| … | Closed |": a register row closed in another cell is history, not a risk.
        bool closedRow = row.Cells.Any(cell => cell != row.Problem && cell != row.Subject && Polarity.IsClosed(cell) && !Stuck().IsMatch(cell));
        if (flagged && delay is null && !closedRow)
        {
            // A risk row is its item and its problem ("证书续期：供应商审批未回复"); the status cell is its severity, not its text.
            var problem = row.Remark ?? TableRow.StatusWordsOf(mark); // "| 信贷管理系统 | … | ❌ 回退 |": the result is the problem
            // "| D-04 | Wi-Fi upgrade at Leeds DC | … | 🟠 … |": a row code names no item; the cell after it does.
            var item = CodeOnly().IsMatch(subject) && row.Cell(row.Columns.Subject + 1) is { } named && named != mark && named != problem
                && named.Any(char.IsLetter) ? named : subject;
            var summary = (item.Length, problem) switch
            {
                (> 0, { } p) => chinese ? $"{item}：{p}" : $"{item}: {p}",
                (0, { } p) => p,
                _ => chinese ? $"{subject}状态{mark}" : $"{subject} is {mark}",
            };
            // ❌ a failed result and ⛔ a stop are red, whatever the cell adds.
            var grade = FailedMark().IsMatch(mark) ? Severity.High : SeverityRule.ForRisk(mark, false);
            yield return make.Create(ItemKind.Risk, TextSpans.TrimEndPunctuation(summary), line.Text, grade);
        }
        else if (delay is null && !closedRow && row.Problem is { } stated && stated.Any(char.IsLetter) && !Polarity.IsResolvedOrNegated(stated) && !Polarity.IsRemedy(stated))
        {
            // A risk register's row (| R1 | 收银机厂商新版SDK发布时间未确定 | 高 | 每日跟进厂商 |): its description column is the problem.
            var summary = subject.Length > 0 && !CodeOnly().IsMatch(subject) && subject != stated ? (chinese ? $"{subject}：{stated}" : $"{subject}: {stated}") : stated;
            yield return make.Create(ItemKind.Risk, TextSpans.TrimEndPunctuation(summary), line.Text, SeverityRule.ForRisk(line.Text, false));
        }
        else if (!closedRow && notesLine is not null && RiskRule.Match(notesLine, make, ignoreDelayWords: delay is not null) is { } risk)
        {
            yield return risk with { Summary = Prefixed(subject, risk.Summary, chinese), Severity = SeverityRule.Explicit(status) ?? risk.Severity };
        }
        // A due date still ahead that has not moved is the row's commitment.
        if (delay is null && row.Due is { } dueCell && CommitmentRule.FromDue(line, make, subject, dueCell) is { } plan) yield return plan;
    }

    /// <summary>
    /// A milestone table's plan and forecast cells (| 门店收银系统联调 | 2024-05-17 | 2024-05-31 | 红 | 因…SDK不兼容 |): a
    /// forecast later than the plan is the row's slip, its reason the notes cell's cause (else the whole note).
    /// </summary>
    private static ItemCandidate? ForecastShift(UnitLine line, TableRow row, string subject, CandidateFactory make)
    {
        if (row.Cell(row.Columns.Planned) is not { } plannedCell || row.Cell(row.Columns.Forecast) is not { } forecastCell) return null;
        if (DateTextParser.First(plannedCell) is not { } p || DateTextParser.First(forecastCell) is not { } f) return null;
        var from = plannedCell.Substring(p.Index, p.Length);
        var to = forecastCell.Substring(f.Index, f.Length);
        if (!DelayRule.IsLater(from, to, make.Week)) return null;
        var reason = Reason(row) ?? ((row.Notes ?? row.Problem) is { } note && !Polarity.IsResolvedOrNegated(note) ? TextSpans.TrimEndPunctuation(note) : null);
        var facts = new DelayFacts(NullIfEmpty(subject), DelayRule.Normalize(from, make.Week), DelayRule.Normalize(to, make.Week), reason);
        return make.Create(ItemKind.Delay, DelayRule.Summary(line.IsChinese, subject, from, to, null), line.Text,
            SeverityRule.ForDelay(row.Status ?? ""), delay: facts);
    }

    /// <summary>
    /// A slip the cells tell in words: a status cell with the new date ("| AI-296 | … | 原定 11/20 | 🔴 延期至 12/4，人力被
    /// 大促占用 |", "| … | Slipped to Jul 12 |"), whose old date is the due cell's when it is earlier; or the plan words in
    /// one cell and the date now expected in another ("| 大额交易报送规则调整 | 原定 3/18 | ⏸ 延期至 3/25 |").
    /// </summary>
    private static ItemCandidate? CellsDelay(UnitLine line, TableRow row, string subject, CandidateFactory make)
    {
        string? from = null, to = null, reason = null;
        if (row.Status is { } status && TextSpans.HasDigit(status)
            && DelayRule.Match(new UnitLine(line.Number, status, line.Role), make) is { Delay: { To: { } newDate } said })
        {
            (from, to, reason) = (said.From, newDate, said.Reason);
            if (from is null && row.Due is { } due && DateTextParser.First(due) is { } d && DelayRule.IsLater(due.Substring(d.Index, d.Length), to, make.Week))
                from = DelayRule.Normalize(due.Substring(d.Index, d.Length), make.Week);
        }
        else if (RevisedDate.Find(line.Text, make.Week) is { } r)
            (from, to) = (DelayRule.Normalize(r.From, make.Week), DelayRule.Normalize(r.To, make.Week));
        if (to is null) return null;
        var facts = new DelayFacts(NullIfEmpty(subject), from, to, reason ?? Reason(row));
        return make.Create(ItemKind.Delay, DelayRule.Summary(line.IsChinese, subject, from, to, null), line.Text,
            SeverityRule.ForDelay(row.Status ?? line.Text), delay: facts);
    }

    /// <summary>A due cell holding two dates where the later one replaced the earlier one.</summary>
    private static ItemCandidate? DueShift(UnitLine line, TableRow row, string subject, CandidateFactory make)
    {
        if (row.Due is not { } due) return null;
        var dates = DateTextParser.Find(due).ToList();
        if (dates.Count < 2) return null;
        var first = due.Substring(dates[0].Index, dates[0].Length);
        var second = due.Substring(dates[^1].Index, dates[^1].Length);
        // "Jul 12 (was Jun 28)": the date after "was"/"原" is the old one.
        var (from, to) = WasMarker().IsMatch(due[dates[0].End..dates[^1].Index]) ? (second, first) : (first, second);
        if (!DelayRule.IsLater(from, to, make.Week)) return null;
        var facts = new DelayFacts(NullIfEmpty(subject), DelayRule.Normalize(from, make.Week), DelayRule.Normalize(to, make.Week), Reason(row));
        return make.Create(ItemKind.Delay, DelayRule.Summary(line.IsChinese, subject, from, to, null), line.Text,
            SeverityRule.ForDelay(row.Status ?? ""), delay: facts);
    }

    private static ItemCandidate? NotesDelay(UnitLine line, UnitLine? notesLine, string subject, CandidateFactory make)
    {
        // A risk register's problem cell ("vendor has not provided credentials; promised 31 Jan, still outstanding") is a
        // problem first: a promise it says was missed is part of it, not a slip of its own.
        if (notesLine is null || DelayRule.Match(notesLine, make, overtakenPlans: line.Row?.Problem is null) is not { } found) return null;
        var facts = found.Delay! with { Milestone = NullIfEmpty(subject) ?? found.Delay!.Milestone };
        // Notes that name no milestone ("Slipped from Jun 28 to Jul 12 …") speak of the row's subject.
        var summary = found.Delay!.Milestone is null && subject.Length > 0 && Unnamed(found.Summary) is { } rest
            ? (line.IsChinese ? subject + rest : $"{subject}{rest}")
            : Prefixed(subject, found.Summary, line.IsChinese);
        return found with
        {
            Summary = summary,
            Quote = line.Text,
            Delay = facts,
            Severity = SeverityRule.Explicit(line.Row!.Status ?? "") ?? found.Severity,
        };
    }

    private static string? Unnamed(string summary) =>
        summary.StartsWith(DelayRule.Unnamed, StringComparison.Ordinal) ? summary[DelayRule.Unnamed.Length..]
        : summary.StartsWith(DelayRule.UnnamedEnglish, StringComparison.Ordinal) ? summary[DelayRule.UnnamedEnglish.Length..]
        : null;

    private static string? Reason(TableRow row) => (row.Notes ?? row.Problem) is { } notes ? DelayRule.Reason(notes) ?? DelayRule.Dependency(notes, notes.Length) : null;

    private static string Prefixed(string subject, string summary, bool chinese) =>
        subject.Length == 0 || summary.StartsWith(subject, StringComparison.Ordinal) ? summary : chinese ? $"{subject}：{summary}" : $"{subject}: {summary}";

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    /// <summary>The dates of the cells that are only a date (| 11/19 | 12/3 |), left to right; notes and status cells say more than a date.</summary>
    private static List<string> DateCells(TableRow row)
    {
        var dates = new List<string>();
        foreach (var cell in row.Cells)
            if (DateTextParser.First(cell) is { } d && cell.Trim().Length <= d.Length + 4) dates.Add(cell.Substring(d.Index, d.Length));
        return dates;
    }

    [GeneratedRegex(@"延期|推迟|滞后|逾期|(?<![A-Za-z])(?:delayed|slipped|slipping|late|overdue|postponed)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex DelayedStatus();

    [GeneratedRegex(@"风险|阻塞|受阻|卡点|(?<![A-Za-z])(?:at risk|blocked|off track|red|amber)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex RiskStatus();

    /// <summary>A row that grades the whole report, not an item: its risks are listed on their own rows.</summary>
    [GeneratedRegex(@"^[\s*_]*(?:overall(?:\s+(?:status|health|rag))?|整体(?:状态|进度)?|总体(?:状态)?|项目状态)[\s*_:：]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OverallRow();

    [GeneratedRegex(@"was|原|previously|prev\.?", RegexOptions.IgnoreCase)]
    private static partial Regex WasMarker();

    [GeneratedRegex(@"^(?:已?完成|进度|done|complete[d]?|progress)?\s*[:：]?\s*\d{1,3}(?:\.\d+)?\s*%\s*(?:完成|done|complete[d]?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ProgressOnly();

    [GeneratedRegex(@"🟡|🟠|黄|(?<![A-Za-z])(?:amber|yellow)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Amber();

    [GeneratedRegex(@"风险|阻塞|受阻|卡点|延期|(?<![A-Za-z])(?:at risk|blocked|off track|delayed|late)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Stuck();

    [GeneratedRegex(@"❌|⛔|🚫")]
    private static partial Regex FailedMark();

    /// <summary>A register's row code ("R1", "#3", "RISK-12"): it identifies the row, it does not name its subject.</summary>
    [GeneratedRegex(@"^\W*(?:[A-Za-z]{1,6}[-_ ]?)?\d{1,4}\W*$")]
    private static partial Regex CodeOnly();
}
