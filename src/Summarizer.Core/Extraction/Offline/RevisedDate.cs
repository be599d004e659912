using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// A date first planned and, later in the same line, the date now expected, told without a shift phrase that joins
/// them: "原计划 5.22 全部定稿，现在还差 7 个 SKU，预计 5.25 才能交", "原定 9月5日 完成，现预计 9月19日", "was due from the
/// vendor on 23 May, now promised for 6 Jun", "go-live was 12/14; Ops now says Jan 11 at the earliest", "The launch,
/// planned for 1 Sep, is now 14 Oct", "was promised for Oct 15; it won't be ready before Oct 29", "Was planned for
/// Apr 15. Now targeting Apr 29". The plan words (原定/原计划/本应/承诺; was/were due, planned, promised, scheduled; had
/// planned; planned for) name the old date; the new one follows a now-word (现/目前/预计/推迟到/改到/最早; now, ETA,
/// expected, estimates, targeting, not before, looking at) or is "at the earliest"; it must lie after the old one, or
/// it is no slip. Month.day dates ("5.22") count right after these words, where they cannot be decimals. Source: the
/// prose slips of three outside writers' reports (bench/eval/independent3, independent4, independent5).
/// </summary>
internal static partial class RevisedDate
{
    /// <summary>The old and new dates as written, and where the plan words start; null when the line states no such pair.</summary>
    public static (string From, string To, int Index)? Find(string text, IsoWeek? week)
    {
        foreach (var (from, to, index, later) in Pairs(text, week))
            if (later) return (from, to, index);
        return null;
    }

    /// <summary>True when the line's only planned and now-expected dates say the work comes earlier ("原定 6.28，现预计 6.25 提前完成").</summary>
    public static bool IsPulledIn(string text, IsoWeek? week)
    {
        bool any = false;
        foreach (var pair in Pairs(text, week))
        {
            if (pair.Later) return false;
            any = true;
        }
        return any;
    }

    private static IEnumerable<(string From, string To, int Index, bool Later)> Pairs(string text, IsoWeek? week)
    {
        if (!TextSpans.HasDigit(text) && !text.Contains('周') && !text.Contains("星期", StringComparison.Ordinal)) yield break; // "本周二", "下周一"
        for (var plan = Plan().Match(text); plan.Success; plan = plan.NextMatch())
        {
            int after = plan.Index + plan.Length;
            var revised = Now().Match(text, after);
            if (!revised.Success) continue;
            // The new date belongs to this plan only up to the next plan words (another milestone's slip); "now promised
            // for 6 Jun" starts with its now-word, so it is this plan's new date.
            var next = Plan().Match(text, after);
            if (next.Success && next.Index < revised.Index) continue;
            string from = plan.Groups["from"].Value.Trim(), to = revised.Groups["to"].Value.Trim();
            if (PlanActual.Resolve(from, week) is not { } f || PlanActual.Resolve(to, week) is not { } t) continue;
            yield return (from, to, plan.Index, t > f);
        }
    }

    /// <summary>A date, or month.day ("5.22") not followed by another dot, digit or percent sign (a version "4.12.1", a share "4.5%").</summary>
    private const string Day = "(?:" + DateTextParser.Fragment + @"|\d{1,2}\.\d{1,2}(?![\d.%])|" + DateTextParser.RelativeDayFragment + ")";

    [GeneratedRegex(@"(?:原定|原计划|原本(?:计划|预计|定于?)?|本应|本该|本来(?:计划|定)?|承诺|说好|答应|原(?:交期|交付期|到货期|上线日期?|截止日期?))\s*(?:于|在)?\s*(?<from>" + Day + ")" +
        @"|(?<![A-Za-z])(?:(?:was|were|had\s+been)\s+(?:originally\s+)?(?:due|planned|scheduled|programmed|promised|slated|set|targeted|supposed|meant|committed|forecast)|had\s+planned|(?:planned|scheduled|promised)\s+for|originally|(?:we\s+)?(?:told\s+(?:you|them|the\s+\w+)|promised|committed)\s[^.;!?]{0,40}?\s(?:we[’']d|we\s+would|to))(?![A-Za-z])(?:[^.;!?]|\.(?=\d)){0,60}?(?:\s(?:on|for|by|at))?\s*(?<from>" + Day + ")" +
        // "Loyalty tab: was Dec 9, now Dec 23": the shorthand of terse updates, a label then "was" and the old date.
        @"|(?<=[:：]\s*)was\s+(?<from>" + Day + ")" +
        @"|(?<![A-Za-z])(?<!(?:last|previous|prior|latest|first)\s+(?:[\w-]+\s+)?)(?:go-?live|launch|release|deadline|due\s+date|target(?:\s+date)?|eta|cut-?over|ship\s+date|delivery(?:\s+date)?|start(?:\s+date)?)\s+(?:was|were)\s+(?<from>" + DateTextParser.Fragment + ")",
        RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Plan();

    [GeneratedRegex(@"(?:现在?|目前|当前|如今|现预计)[^，,。；;\d]{0,12}?(?<to>" + Day + ")" +
        @"|(?:预计|预期|估计|实际|改到|改至|改为|推迟到|推迟至|推到|推至|顺延到|顺延至|延后到|延后至|延期到|延期至|延至|挪到|挪至|调整到|调整至|调整为|最早|最快)[^，,。；;\d]{0,6}?(?<to>" + Day + ")" +
        @"|(?<![A-Za-z])(?:now|new\s+(?:[\w-]+\s+){0,2}?(?:date|eta|target)|eta|expected|estimates?|forecast|targeting|looking\s+at|not\s+(?:before|until)|(?:won[’']?t|will\s+not|isn[’']?t|not)\s+be\s+\w+\s+(?:before|until)|pushed|moved|moves|moving|slipped|postponed|rescheduled)(?![A-Za-z])(?:[^.;!?]|\.(?=\d)){0,40}?(?<to>" + DateTextParser.Fragment + ")" +
        @"|(?<to>" + DateTextParser.Fragment + @")\s+at\s+the\s+earliest",
        RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Now();
}
