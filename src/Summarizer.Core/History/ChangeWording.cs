using System.Globalization;

namespace Summarizer.History;

/// <summary>Sentences for week-over-week changes in the reports' language: Chinese when the items are mostly CJK.</summary>
internal sealed class ChangeWording(bool chinese)
{
    public bool Chinese => chinese;

    /// <param name="trend">rising, falling, flat or mixed; null below three points, where no trend is stated.</param>
    public string Metric(string name, double previous, double current, string? unit, string? trend, int weeks)
    {
        var delta = current - previous;
        var sign = delta > 0 ? "+" : "";
        var d = $"{sign}{Number(delta)}{unit}";
        if (trend is null)
            return chinese ? $"{name}：{Number(previous)}{unit} → {Number(current)}{unit}（{d}）" : $"{name}: {Number(previous)}{unit} → {Number(current)}{unit} ({d})";
        return chinese
            ? $"{name}：{Number(previous)}{unit} → {Number(current)}{unit}（{d}，近{weeks}周{TrendZh(trend)}）"
            : $"{name}: {Number(previous)}{unit} → {Number(current)}{unit} ({d}; {trend} over {weeks} weeks)";
    }

    public string Slip(string milestone, DateOnly first, DateOnly current, int slips) => chinese
        ? $"里程碑“{milestone}”从 {Day(first)} 推迟到 {Day(current)}（已推迟{slips}次）"
        : $"Milestone \"{milestone}\" slipped from {Day(first)} to {Day(current)} ({Times(slips)})";

    public string Recurring(string summary, int weeks) => chinese
        ? $"连续{weeks}周出现的风险：{summary}"
        : $"Recurring risk, {weeks} weeks in a row: {summary}";

    public string Missing(string team, string lastWeek) => chinese
        ? $"{team} 本周未提交周报（最近一次：{lastWeek}）"
        : $"{team} sent no report this week (last one: {lastWeek})";

    private static string Times(int n) => n == 1 ? "slipped once" : $"slipped {n} times";

    private static string TrendZh(string trend) => trend switch
    {
        "rising" => "上升",
        "falling" => "下降",
        "flat" => "持平",
        _ => "波动",
    };

    private static string Number(double v) => Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture);

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
