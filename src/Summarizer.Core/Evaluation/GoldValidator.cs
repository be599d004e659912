using System.Globalization;
using Summarizer.Text;

namespace Summarizer.Evaluation;

/// <summary>
/// Checks a gold file against its report so a match can never be ambiguous: every anchor is found on exactly one line,
/// facts are well-formed and a metric's value and previous value are written on its line (a typo in the gold would
/// otherwise count against the engine), and no benign line is also the source of an item.
/// </summary>
public static partial class GoldValidator
{
    private const int MinAnchorLength = 4;

    /// <summary>One line per problem, "file: what is wrong"; empty when the gold is sound.</summary>
    public static IReadOnlyList<string> Problems(CorpusReport report)
    {
        var problems = new List<string>();
        var file = report.Gold.File;
        var itemLines = new HashSet<int>();
        foreach (var item in report.Gold.Items)
        {
            var lines = AnchorLines(report, item.Anchor, $"{item.Kind.ToString().ToLowerInvariant()} anchor", problems);
            itemLines.UnionWith(lines);
            if (item.Kind == ItemKind.Metric && item.Value is null) problems.Add($"{file}: metric '{item.Anchor}' has no value");
            foreach (var (what, number) in new[] { ("value", item.Value), ("previous value", item.Previous) })
                if (item.Kind == ItemKind.Metric && number is { } n && lines.Count == 1 && !IsWritten(n, report.Document.Line(lines[0])))
                    problems.Add($"{file}:{lines[0]}: metric '{item.Anchor}' {what} {n} is not written on its line");
            if (item.Kind != ItemKind.Metric && item.Value is not null) problems.Add($"{file}: {item.Kind} '{item.Anchor}' states a metric value");
            if (item.Kind == ItemKind.Incident && item.Minutes is < 0) problems.Add($"{file}: incident '{item.Anchor}' has negative minutes");
            foreach (var date in new[] { item.From, item.To })
                if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                    problems.Add($"{file}: delay '{item.Anchor}' date '{date}' is not yyyy-MM-dd");
        }
        foreach (var benign in report.Gold.Benign)
            foreach (var line in AnchorLines(report, benign.Anchor, "benign anchor", problems))
                if (itemLines.Contains(line)) problems.Add($"{file}:{line}: benign line '{benign.Anchor}' is also the source of a gold item");
        return problems;
    }

    // A negative reading ("Schedule variance: -11 working days") is written as its magnitude after a minus sign.
    private static bool IsWritten(double n, string line) =>
        NumberMatcher.IsStated(n, line) || (n < 0 && NumberMatcher.IsStated(-n, line) && NegativeSign().IsMatch(line));

    [System.Text.RegularExpressions.GeneratedRegex(@"[-−]\s?\d")]
    private static partial System.Text.RegularExpressions.Regex NegativeSign();

    private static IReadOnlyList<int> AnchorLines(CorpusReport report, string anchor, string what, List<string> problems)
    {
        if (anchor.Trim().Length < MinAnchorLength)
        {
            problems.Add($"{report.Gold.File}: {what} '{anchor}' is shorter than {MinAnchorLength} characters");
            return [];
        }
        var lines = report.LinesOf(anchor);
        if (lines.Count == 0) problems.Add($"{report.Gold.File}: {what} '{anchor}' is not on any line of the report");
        else if (lines.Count > 1) problems.Add($"{report.Gold.File}: {what} '{anchor}' is on {lines.Count} lines ({string.Join(", ", lines)}); make it unique");
        return lines;
    }
}
