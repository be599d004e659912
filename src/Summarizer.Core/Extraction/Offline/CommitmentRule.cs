using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Commitments: a line that commits a milestone to a future date ("建行: 对公代发专线申请中，计划7月9日上线", "预计7月10日上线",
/// "go-live Jul 5", "ETA Jul 12") is a plan. Its <see cref="DelayFacts"/> carry the milestone and the committed date
/// (To, with From null) so that a later week's date for the same milestone shows the slip.
/// </summary>
internal static partial class CommitmentRule
{
    public static ItemCandidate? Match(UnitLine line, CandidateFactory make)
    {
        var text = line.Text;
        if (!TextSpans.HasDigit(text)) return null;
        var m = Pattern().Match(text);
        while (m.Success && !IsFuture(m.Groups["date"].Value, make.Week)) m = m.NextMatch();
        if (!m.Success) return null;

        var milestone = line.Topic ?? Subject(text, m.Index);
        if (string.IsNullOrEmpty(milestone)) return null;
        var commitment = TextSpans.TrimEndPunctuation(m.Value.Trim());
        // "Target date: 28 May 2024": the topic is the commitment's own label, which the summary says once.
        var summary = commitment.StartsWith(milestone, StringComparison.OrdinalIgnoreCase) ? commitment
            : line.IsChinese ? milestone + commitment : $"{milestone}: {commitment}";
        var date = m.Groups["date"].Value.Trim();
        return make.Create(ItemKind.Plan, summary, text, severity: null,
            delay: new DelayFacts(milestone, null, DelayRule.Normalize(date, make.Week), null));
    }

    /// <summary>A table row's due cell: "Kafka 3.7 upgrade … | Jun 28 |" commits the row's subject to that date when it lies ahead.</summary>
    public static ItemCandidate? FromDue(UnitLine line, CandidateFactory make, string subject, string due)
    {
        if (subject.Length == 0 || DateTextParser.First(due) is not { } d) return null;
        var written = due.Substring(d.Index, d.Length);
        if (!IsFuture(written, make.Week)) return null;
        var summary = line.IsChinese ? $"{subject}计划{written}完成" : $"{subject} due {written}";
        return make.Create(ItemKind.Plan, summary, line.Text, severity: null,
            delay: new DelayFacts(subject, null, DelayRule.Normalize(written, make.Week), null));
    }

    /// <summary>After the report's week (or any date when the week is unknown): a date already past is history, not a commitment.</summary>
    private static bool IsFuture(string written, IsoWeek? week)
    {
        if (DateTextParser.First(written) is not { } d) return false;
        if (week is not { } w) return true;
        return d.Resolve(w) is { } date && date > w.Monday.AddDays(6);
    }

    /// <summary>Without a topic the milestone is the first clause ("第三方渠道对账文件格式改造，计划6月28日完成") or the words before the commitment.</summary>
    private static string? Subject(string text, int at)
    {
        var (start, _) = TextSpans.ClauseAt(text, at);
        var before = start < at ? text[start..at] : TextSpans.Clauses(text) is [var first, ..] && first.Start < at ? text.Substring(first.Start, first.Length) : "";
        before = Filler().Replace(before, "").Trim();
        return before.Length == 0 || !before.Any(char.IsLetter) ? null : before;
    }

    private const string Date = DateTextParser.Fragment;

    [GeneratedRegex(@"(?:计划|预计|将于|拟于?|目标|预期|争取)\s*(?:于|在)?\s*(?<date>" + Date + @")\s*(?:前|之前|左右)?\s*[^，,。；;\d]{0,10}?(?:上线|提测|投产|完成|交付|发布|验收|评审|切换|割接|启动)" +
        @"|(?<![A-Za-z])(?:planned\s+(?:for|on|by)|scheduled\s+(?:for|on)|ETA|due(?:\s+(?:on|by))?|target(?:ed)?\s+(?:date|for|on)|go-?live(?:\s+(?:on|date))?|(?:ship|launch|go\s+live|complete)s?\s+(?:on|by))\s*:?\s*(?<date>" + Date + ")",
        RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"(?:\s|目前|当前|本周|已经|已|将|(?<![A-Za-z])(?:is|are|was|the)(?![A-Za-z]))+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Filler();
}
