using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// A plan the same sentence says no longer holds, told without a delay word: the plan ("原定 5 月 30 日上线", "原计划本周全部
/// 完成", "供应商补丁承诺 10 月 17 日提供", "was supposed to ship with this sprint", "promised for Jan 31") and, in a later
/// clause, what overtook it ("上线时间待定", "现在还剩 16 个作业", "最快 5 月 27 日交货", "仍未收到", "it will ride with
/// Sprint 43", "still not received", "at the earliest"). A "not yet" ("仍未收到", "still not received") says late only once
/// the planned day has come: "承诺 7 月 30 日提供，尚未收到" written in June is no slip. Source: the slips of the outside
/// writers' reports (bench/eval/independent2) that name an old date, or none, and no delay word.
/// </summary>
internal static partial class OvertakenPlan
{
    /// <summary>The plan words (their index starts the slip; group <c>from</c> the planned date when the clause names one), or an unsuccessful match.</summary>
    public static Match Find(string text, IsoWeek? week)
    {
        for (var plan = Plan().Match(text); plan.Success; plan = plan.NextMatch())
        {
            int end = SentenceEnd(text, plan.Index + plan.Length);
            var (clauseStart, clauseLength) = TextSpans.ClauseAt(text, plan.Index);
            int after = Math.Max(plan.Index + plan.Length, clauseStart + clauseLength);
            if (after >= end) continue;
            var overtaken = Overtaken().Match(text, after, end - after);
            if (!overtaken.Success) continue;
            // "SLA 承诺 99.95%，仍未达标" promises a level, not a day: a promise is a plan only with its date.
            if (plan.Groups["promise"].Success && !plan.Groups["from"].Success) continue;
            // "原定目标 100 家门店，还有 20 家未签" plans a quantity: a slip needs a plan for a time or a delivery.
            int planEnd = plan.Index + plan.Length;
            if (!plan.Groups["from"].Success && !Timed().IsMatch(text[planEnd..Math.Max(planEnd, clauseStart + clauseLength)])) continue;
            if (overtaken.Groups["notyet"].Success && !HasCome(plan, text.Substring(clauseStart, clauseLength), week)) continue;
            return plan;
        }
        return Match.Empty;
    }

    /// <summary>
    /// True when the planned day lies in or before the report's week, or the plan names no day ("原计划本周", "promised");
    /// false for a day after the week or a later period ("原计划下周上线").
    /// </summary>
    private static bool HasCome(Match plan, string clause, IsoWeek? week)
    {
        if (LaterPeriod().IsMatch(clause)) return false;
        if (!plan.Groups["from"].Success || week is not { } w) return true;
        return DateTextParser.First(plan.Groups["from"].Value) is not { } d || d.Resolve(w) is not { } day || day <= w.Monday.AddDays(6);
    }

    /// <summary>The sentence ends at 。 or at a ". " / "; " — a later sentence may start another subject.</summary>
    private static int SentenceEnd(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
            if (text[i] == '。' || text[i] == '.' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) return i;
        return text.Length;
    }

    [GeneratedRegex(@"本周|本月|月底|月初|月中|年底|周[一二三四五六日天]|上线|完成|交付|发布|提测|投产|验收|上架|到货|交货|提供|执行|启动|开始|切换|迁移|(?<![A-Za-z])(?:this\s+(?:week|sprint|month|quarter|release)|sprint|release|launch|ship|finish|complete|go[- ]live|deliver|land|cut-?over|migrat\w*|roll\s*out|end\s+of)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Timed();

    [GeneratedRegex(@"下周|下个?月|下个?季度|下(?:个|一)?(?:迭代|版本)|(?<![A-Za-z])next\s+(?:week|month|quarter|sprint|release)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex LaterPeriod();

    private const string Date = DateTextParser.Fragment;

    [GeneratedRegex(@"(?:原定|原计划|原本(?:计划|打算|要|应该?|预计)|本应|本该|(?<promise>承诺|答应)|(?<![A-Za-z])(?:originally\s+(?:planned|scheduled|due|targeted|expected|set)|(?:was|were)\s+(?:supposed|meant|due)\s+to|(?:was|were)\s+(?:planned|scheduled)\s+(?:for|on)|(?<promise>(?:was|were)\s+(?:promised|committed)|promised|committed\s+to))(?![A-Za-z]))(?:[^，,。；;\d]{0,30}?(?<from>" + Date + "))?", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Plan();

    [GeneratedRegex(@"还剩|仍剩|剩余\s*\d|尚余|(?:仍|还)有\s*\d|待定|最(?:快|早)(?:也?要|也得|得|将|会)?\s*(?:\d|下周|下月|月底)|来不及|赶不上|往后(?:放|推|挪|延)|(?<notyet>尚未|还未|仍未|还没|仍没|迟迟未|至今未|未收到|没收到)" +
        @"|(?<![A-Za-z])(?:(?<notyet>still\s+(?:not|no|hasn[’']t|haven[’']t|isn[’']t|aren[’']t|waiting|outstanding)|not\s+(?:yet|received|delivered|arrived)|(?:has|have)(?:\s+not|n[’']t)\s+(?:arrived|landed|shipped|come|been\s+(?:delivered|received|provided|shipped)))|at\s+the\s+earliest|TBD|no\s+new\s+date|(?:new\s+)?(?:date|eta)\s+(?:is\s+)?not\s+(?:set|known|fixed|confirmed)|will\s+(?:now\s+)?(?:ride|go|ship|land|move)\s+with|(?:moves?|moved|slides?|slid|rolls?|rolled|pushed|slipped)\s+(?:in)?to\s+(?:the\s+)?(?:next|Q[1-4](?![A-Za-z0-9])|(?:January|February|March|April|June|July|August|September|October|November|December)(?![A-Za-z]))|(?:ride|go|ship|land)s?\s+with\s+(?:the\s+)?(?:next|sprint\s+\d+))(?![A-Za-z])", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Overtaken();
}
