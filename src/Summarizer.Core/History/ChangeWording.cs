using System.Globalization;
using Summarizer.Extraction.Offline;
using Summarizer.Text;

namespace Summarizer.History;

/// <summary>Sentences for week-over-week changes in the reports' language: Chinese when the items are mostly CJK.</summary>
internal sealed class ChangeWording(bool chinese)
{
    public bool Chinese => chinese;

    /// <param name="trend">rising, falling, flat or mixed; null below three points, where no trend is stated.</param>
    /// <param name="from">The previous figure as the earlier report wrote it ("18 min", "0.10%").</param>
    /// <param name="to">This week's figure as written.</param>
    public string Metric(string name, double previous, double current, string? unit, string? trend, int weeks, string from, string to)
    {
        // Figures as the key-metrics table writes them (as the reports did); the move formatted: "+$3,600", "+¥8万".
        var d = Amount.Format(current - previous, unit, signed: true);
        if (trend is null)
            return chinese ? $"{name}：{from} → {to}（{d}）" : $"{name}: {from} → {to} ({d})";
        return chinese
            ? $"{name}：{from} → {to}（{d}，近{weeks}周{TrendZh(trend)}）"
            : $"{name}: {from} → {to} ({d}; {trend} over {weeks} weeks)";
    }

    /// <summary>
    /// "Milestone "go-live" slipped from 2024-12-10 to 2024-12-18 (reason: bank integration)"; after earlier slips also
    /// the first date and how often it moved ("first planned for 2024-12-10, slipped 2 times").
    /// </summary>
    public string Slip(string milestone, DateOnly previous, DateOnly current, string? reason, DateOnly first, int slips)
    {
        var notes = new List<string>();
        if (!string.IsNullOrWhiteSpace(reason)) notes.Add(chinese ? $"原因：{reason}" : $"reason: {reason}");
        if (slips > 1) notes.Add(chinese ? $"最初计划 {Day(first)}，已推迟{slips}次" : $"first planned for {Day(first)}, slipped {slips} times");
        var tail = notes.Count == 0 ? "" : chinese ? $"（{string.Join("；", notes)}）" : $" ({string.Join("; ", notes)})";
        return chinese
            ? $"里程碑“{milestone}”从 {Day(previous)} 推迟到 {Day(current)}{tail}"
            : $"Milestone \"{milestone}\" slipped from {Day(previous)} to {Day(current)}{tail}";
    }

    /// <summary>The summary without its severity markers (【高】, "Severity: high"), as every digest summary shows it.</summary>
    public string Recurring(string summary, int weeks) => chinese
        ? $"连续{weeks}周出现的风险：{SeverityRule.Strip(summary)}"
        : $"Recurring risk, {weeks} weeks in a row: {SeverityRule.Strip(summary)}";

    /// <param name="lastWeek">The last stored week the team reported in; null for a team of the directory with none on record.</param>
    public string Missing(string team, string? lastWeek) => (chinese, lastWeek) switch
    {
        (true, null) => $"{team} 本周未提交周报（此前无记录）",
        (true, _) => $"{team} 本周未提交周报（最近一次：{lastWeek}）",
        (false, null) => $"{team} sent no report this week (none on record yet)",
        _ => $"{team} sent no report this week (last one: {lastWeek})",
    };


    private static string TrendZh(string trend) => trend switch
    {
        "rising" => "上升",
        "falling" => "下降",
        "flat" => "持平",
        _ => "波动",
    };

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
