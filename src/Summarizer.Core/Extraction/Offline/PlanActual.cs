using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// A planned date set against the actual one: "计划 8.12 上线 → 实际 8.15 上线（晚3天，因证书审批）", "planned Aug 12,
/// actual Aug 15". An actual date later than the plan is a slip: the milestone is the line's topic, else the words
/// after the planned date (上线); the reason is the stated cause. Month.day dates ("8.12") count only in this frame,
/// where they cannot be decimals.
/// </summary>
internal static partial class PlanActual
{
    public static ItemCandidate? Match(UnitLine line, CandidateFactory make)
    {
        var text = line.Text;
        if (!text.Contains("实际", StringComparison.Ordinal) && !text.Contains("actual", StringComparison.OrdinalIgnoreCase)) return null;
        var m = Pattern().Match(text);
        if (!m.Success) return null;
        string from = m.Groups["from"].Value.Trim(), to = m.Groups["to"].Value.Trim();
        var fromDay = Resolve(from, make.Week);
        var toDay = Resolve(to, make.Week);
        if (fromDay is null || toDay is null || toDay <= fromDay) return null; // on time or early
        var what = m.Groups["what"].Value.Trim();
        var before = TextSpans.TrimEndPunctuation(text[line.TopicEnd..m.Index].Trim());
        var milestone = line.Topic ?? (before.Length > 0 && before.Any(char.IsLetter) ? before : what.Length > 0 ? what : null);
        var facts = new DelayFacts(milestone, DelayRule.Normalize(from, make.Week), DelayRule.Normalize(to, make.Week), DelayRule.Reason(text));
        return make.Create(ItemKind.Delay, DelayRule.Summary(line.IsChinese, milestone ?? "", from, to, null), text,
            SeverityRule.ForDelay(text), delay: facts);
    }

    /// <summary>"8.12" as month 8, day 12, or null when it is not a month.day pair.</summary>
    public static DateMention? Dotted(string written)
    {
        var m = DottedDate().Match(written);
        if (!m.Success) return null;
        int month = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), day = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 ? new DateMention(0, written.Length, null, month, day) : null;
    }

    /// <summary>A written date ("Jun 28", "6/28", or month.day "6.28") as a day of the report's week's year; without a week only the order of two results means anything.</summary>
    internal static DateOnly? Resolve(string written, IsoWeek? week) =>
        (DateTextParser.First(written) ?? Dotted(written))?.Resolve(week ?? new IsoWeek(2000, 26)) // without a week only the order matters
        ?? DateTextParser.RelativeDay(written, week); // "本周五", "下周三" need the week

    private const string Day = "(?:" + DateTextParser.Fragment + @"|\d{1,2}\.\d{1,2}(?!\d))";

    [GeneratedRegex(@"(?:原计划|计划|原定|(?<![A-Za-z])(?:planned|plan)(?![A-Za-z]))\s*(?:于|在|for|on)?\s*[:：]?\s*(?<from>" + Day + @")\s*(?<what>[^\s，,。；;→\d(（]{0,12}?)\s*(?:→|->|=>|，|,|；|;|/)?\s*(?:实际|(?<![A-Za-z])actual(?:ly)?(?![A-Za-z]))\s*(?:于|在|on)?\s*[:：]?\s*(?<to>" + Day + ")",
        RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^\s*(\d{1,2})\.(\d{1,2})\s*$")]
    private static partial Regex DottedDate();
}
