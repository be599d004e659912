using System.Globalization;
using System.Text.RegularExpressions;
using Summarizer.Text;

namespace Summarizer.Extraction.Offline;

/// <summary>
/// Metrics: named measured quantities, one candidate per quantity ("授权7515人，成功5711人" gives two). A value needs a
/// unit, a currency, a denominator ("312/450", "14 of 18") or a "name：" before it; changes ("由310ms降至245ms",
/// "from 310 ms to 245 ms") and "（上周 0.19%）" / "(last week 0.11%)" give the previous value; "目标≤0.003%",
/// "(target 99.9%)", "(budget $45,000)" give the target, also in the next clause ("1.9 s，目标 ≤ 1.5 s"); a target or
/// previous number never becomes a metric of its own. Dates, times,
/// versions, ordinals and codes (P0, M6) are masked first and never become metrics.
/// </summary>
internal static partial class MetricRule
{
    // The number and unit grammar the verifier checks values with: one definition (Text/QuantityUnit).
    private const string Num = QuantityUnit.Number;
    private const string Unit = QuantityUnit.Pattern;

    public static IEnumerable<ItemCandidate> Match(UnitLine line, CandidateFactory make)
    {
        var text = line.Text;
        if (!TextSpans.HasDigit(text)) return [];
        // "注：上半年时间进度为 50%，执行率高于 60% 的部门需提交说明": a footnote explains how to read figures, it reports none.
        if (line.Topic is { } note && Footnote().IsMatch(note)) return [];
        // "Approved: $85,000 for the pen test", "已批准：追加 15 万元", "Decided: 0.19 drops …": a decision record, not a reading.
        if (Decision().IsMatch(text)) return [];
        var masked = line.Masked;
        var used = new List<(int Start, int End)>();
        var found = new List<(int Index, ItemCandidate Item)>();
        var goal = KeyResult.Of(line, masked);

        foreach (Match m in Change().Matches(masked))
        {
            if (InGoalTopic(line, m.Index) || goal?.States(m.Index) == true) continue;
            // "staged 10% → 50% → 100%": a chain of steps is a rollout or plan, not one change of a measure.
            if (ChainEnd(masked, m) is { } chainEnd)
            {
                used.Add((m.Index, chainEnd));
                continue;
            }
            used.Add((m.Index, m.Index + m.Length));
            if (Build(line, make, masked, m, used, goal) is { } item) found.Add((m.Index, item));
        }
        bool doneBefore = false;
        foreach (Match m in Value().Matches(masked))
        {
            if (used.Any(u => m.Index < u.End && m.Index + m.Length > u.Start)) continue;
            if (IsNotAValue(masked, m, used, found.Count > 0 || doneBefore)) continue;
            // "共修复联调问题 23 个", "回收账号 212 个", "扩容 480TB", "420 人全部切换完成": a count of work done is progress, not a
            // measure, unless a metrics heading lists it or it is compared with a previous value or target; "其中 P1 级 2 个" breaks it down.
            if ((line.Role != SectionRole.Metrics || IsStaffWork(text, m)) && !m.Groups["den"].Success && !IsCompared(masked, m))
            {
                var (clauseStart, clauseLength) = TextSpans.ClauseAt(text, m.Index);
                int regionStart = RegionStart(used, m.Index, clauseStart);
                if (IsDoneWorkCount(text, m, regionStart, clauseStart + clauseLength) || IsHeadCount(text, m, regionStart)
                    || (doneBefore && Breakdown().IsMatch(text, clauseStart)))
                {
                    doneBefore = true;
                    continue;
                }
            }
            // "Closed the Northwind renewal ($220K ARR)", "签下华东区续约（120 万元）": the amount of a deal won is news, not a measure.
            if (!IsCompared(masked, m) && DealWon(text, m)) continue;
            if (InGoalTopic(line, m.Index)) continue; // "KR1 新签商家3000家：…": the objective's number is its goal, not a result
            if (goal?.States(m.Index) == true) continue; // "KR1：交付周期从 18 天缩短到 12 天 —— 当前 14.5 天": 12 天 is the goal
            if (!m.Groups["unit"].Success && !m.Groups["cur"].Success && !m.Groups["den"].Success && !IsNamedBare(masked, m) && !IsCompared(masked, m)) continue;
            if (m.Groups["den"].Success && WorkedOut().IsMatch(masked, m.Index + m.Length)) continue; // "18/240 = 7.5%": the result is the measure
            used.Add((m.Index, m.Index + m.Length));
            if (Build(line, make, masked, m, used, goal) is { } item) found.Add((m.Index, item));
        }
        if (found.Count == 0) return [];
        found.Sort((a, b) => a.Index.CompareTo(b.Index));
        for (int i = 1; i < found.Count; i++)
            if (SegmentOf(text, found[i - 1], found[i]) is { } shared) found[i] = (found[i].Index, shared);
        return found.ConvertAll(f => f.Item);
    }

    /// <summary>
    /// "Crash-free sessions iOS 99.7%, Android 99.1%": a value named by a segment only (a one-word name with a capital, such
    /// as a platform or region) right after a value named "measure + segment" in the same sentence is that measure for its
    /// own segment ("Crash-free sessions Android"); null when the pair is not so.
    /// </summary>
    private static ItemCandidate? SegmentOf(string text, (int Index, ItemCandidate Item) before, (int Index, ItemCandidate Item) current)
    {
        if (before.Item.Metric is not { } prev || current.Item.Metric is not { } cur) return null;
        var words = prev.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !IsSegment(words[^1]) || !IsSegment(cur.Name) || words.Contains(cur.Name)) return null;
        if (!current.Item.Quote.TrimStart().StartsWith(cur.Name, StringComparison.Ordinal)) return null; // "…, Android 99.1%" only
        if (SentenceEnd().IsMatch(text[before.Index..current.Index]) || !current.Item.Summary.StartsWith(cur.Name, StringComparison.Ordinal)) return null;
        var name = string.Join(' ', words[..^1]) + " " + cur.Name;
        return current.Item with { Summary = name + current.Item.Summary[cur.Name.Length..], Metric = cur with { Name = name } };
    }

    private static bool IsSegment(string word) => word.Length <= 12 && word.Any(char.IsAsciiLetterUpper) && word.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    [GeneratedRegex(@"[。；;]|\.\s")]
    private static partial Regex SentenceEnd();

    /// <summary>Where a quantity's name may begin: after the last quantity already read in its clause, else at the clause start.</summary>
    private static int RegionStart(List<(int Start, int End)> used, int index, int clauseStart)
    {
        int start = clauseStart;
        foreach (var u in used)
            if (u.End <= index && u.End > start) start = u.End;
        return start;
    }

    /// <summary>A metric table row: the name cell, the value cell and optional previous and target cells.</summary>
    public static ItemCandidate? FromCells(UnitLine line, CandidateFactory make, string name, string valueCell, string? previousCell, string? targetCell)
    {
        if (!name.Any(char.IsLetter) || Quantity(valueCell) is not { } m) return null;
        var value = Parse(m.Groups["num"].Value);
        var unit = UnitOf(m);
        double? previous = previousCell is not null && Quantity(previousCell) is { } p ? Parse(p.Groups["num"].Value) : null;
        if (targetCell is not null && !TextSpans.HasDigit(targetCell)) targetCell = null; // "-" or "无": no target
        var severity = targetCell is not null && MissesTarget(value, unit, targetCell, name) ? Severity.Medium : (Severity?)null;
        return make.Create(ItemKind.Metric, $"{name} {valueCell}", line.Text, severity,
            metric: new MetricFacts(name, value, unit, previous, targetCell));
    }

    /// <summary>Currency and unit as written ("%", "万笔", "$M"), or null.</summary>
    private static string? UnitOf(Match m) => (m.Groups["cur"].Value + m.Groups["unit"].Value) is { Length: > 0 } u ? u : null;

    private static Match? Quantity(string cell) => Value().Match(NumberMask.Apply(cell)) is { Success: true } m ? m : null;

    private static ItemCandidate? Build(UnitLine line, CandidateFactory make, string masked, Match m, List<(int Start, int End)> used, KeyResult? goal = null)
    {
        var text = line.Text;
        var (clauseStart, clauseLength) = TextSpans.ClauseAt(text, m.Index);
        int clauseEnd = clauseStart + clauseLength;
        // A quantity already read in this clause ends the name region: "崩溃率 0.12%（上周 0.19%）" never names "崩溃率 0.12%（上周".
        int regionStart = RegionStart(used, m.Index, clauseStart);
        var name = Name(text, masked, regionStart, m.Index, out bool isTarget);
        // "14 of 18 regions on the new gateway": a ratio may be named by the words after it.
        bool namedAfter = name is null && m.Groups["den"].Success;
        if (namedAfter) name = NameAfter(text, m.Index + m.Length, clauseEnd);
        // "KR2 到店核销率提升至65%：当前61%": a value the clause does not name is the topic's own measure, its goal the target.
        bool namedByTopic = name is null && !isTarget && line.Topic is { } t0 && !NotAName().IsMatch(t0) && m.Index >= line.TopicEnd
            && OnlyFiller().IsMatch(text[Math.Max(regionStart, line.TopicEnd)..m.Index]);
        if (namedByTopic) name = line.Topic;
        // "**KR A1**: … for 90% of tickets. *Now 81%*": the value the key result reports now is the key result's measure.
        bool namedByGoal = goal is { } kr && kr.Reports(text, m.Index);
        if (namedByGoal) (name, isTarget) = (goal!.Name, false);
        if (name is null || isTarget) return null;

        var value = Parse(m.Groups["num"].Value);
        double? previous = m.Groups["prev"].Success ? Parse(m.Groups["prev"].Value) : null;
        var unit = UnitOf(m) ?? (m.Groups["punit"].Success ? m.Groups["punit"].Value : null)
            ?? (DurationWord().Match(text, m.Index + m.Length) is { Success: true } span ? span.Groups["u"].Value : null);
        // "p99 1.2s → 900ms": the previous value in the unit of the current one.
        if (previous is { } before && m.Groups["punit"].Success && unit is not null && Scale(m.Groups["punit"].Value) is { } from && Scale(unit) is { } to)
            previous = Math.Round(before * from / to, 6);
        string? target = m.Groups["den"].Success ? m.Groups["den"].Value
            : namedByGoal ? goal!.Target
            : namedByTopic && GoalOf(line.Topic!) is { } topicGoal ? topicGoal : null;
        // Comparisons follow the value, in brackets or the next clauses: "（上周 0.19%）", "，目标≤5分钟", "(budget $45,000)",
        // "，上周 99.5%，目标 99.9%"; the quote reaches to the last one read so that both stay grounded.
        int comparedTo = Math.Max(clauseEnd, m.Index + m.Length); // "to 11.5 min, down from 16 min" spans two clauses
        for (int at = m.Index + m.Length; at < masked.Length;)
        {
            if (Target().Match(masked, at, masked.Length - at) is { Success: true } t)
            {
                target = text.Substring(t.Groups["t"].Index, t.Groups["t"].Length).Trim();
                used.Add((t.Index, t.Index + t.Length));
                at = t.Index + t.Length;
                comparedTo = Math.Max(comparedTo, at);
            }
            else if (previous is null && Previous().Match(masked, at, masked.Length - at) is { Success: true } p)
            {
                previous = Parse(p.Groups["p"].Value);
                used.Add((p.Index, p.Index + p.Length));
                at = p.Index + p.Length;
                comparedTo = Math.Max(comparedTo, at);
            }
            else break;
        }

        // "本周交易额：38.6亿元，交易笔数：2150万笔": a topic whose first clause is only a value names that value, not the line.
        bool topicIsName = line.Topic is not null && LeadingValue().IsMatch(masked, line.TopicEnd);
        // "**MRR:** $86k": the topic is the emphasised label itself, compared without its marks.
        var qualified = line.Topic is { } written0 && TextSpans.WithoutEmphasis(written0).Trim() is { Length: > 0 } topic && !topicIsName
            && topic != name && !name.Contains(topic, StringComparison.Ordinal) ? $"{topic} {name}" : name;
        var quote = comparedTo > clauseEnd ? TextSpans.TrimEndPunctuation(text[clauseStart..comparedTo]) : text.Substring(clauseStart, clauseLength);
        var written = text.Substring(m.Index, m.Length).Trim();
        if (UnitOf(m) is null && DurationWord().Match(text, m.Index + m.Length) is { Success: true } duration)
            written = text[m.Index..(duration.Index + duration.Length)].Trim(); // "11 days"
        var severity = target is not null && m.Groups["den"].Success is false && MissesTarget(value, unit, target, name) ? Severity.Medium : (Severity?)null;
        return make.Create(ItemKind.Metric, namedAfter ? $"{written} {name}" : $"{qualified} {written}", quote, severity,
            metric: new MetricFacts(qualified, value, unit, previous, target));
    }

    /// <summary>The quantity's name: the clause text before it, after a "topic：" colon, without qualifiers; null when there is none.</summary>
    private static string? Name(string text, string masked, int clauseStart, int valueIndex, out bool isTarget)
    {
        isTarget = false;
        if (valueIndex <= clauseStart) return null;
        // Only what follows the last masked date or code names the quantity ("5月28日上线量120笔" → 上线量).
        int lastMask = masked.LastIndexOf(NumberMask.Blank, valueIndex - 1, valueIndex - clauseStart);
        // "**MRR:** $86k": emphasis marks the label, it is no part of the name.
        var region = TextSpans.WithoutEmphasis(text[Math.Max(clauseStart, lastMask + 1)..valueIndex]);
        var trimmed = Qualifiers().Replace(Working().Replace(region, ""), "");
        isTarget = TargetWord().IsMatch(trimmed) || TargetWord().IsMatch(region)
            || (RequirementLead().IsMatch(text, clauseStart) && !MeasureName().IsMatch(trimmed));
        int colon = trimmed.AsSpan().LastIndexOfAny('：', ':', '=');
        var name = colon >= 0 ? trimmed[(colon + 1)..] : trimmed;
        if (name.Trim().Length == 0 && colon >= 0)
        {
            var before = trimmed[..colon];
            name = before[(before.AsSpan().LastIndexOfAny('：', ':', '=') + 1)..];
        }
        name = Clean(Filler().Replace(name, ""));
        // "Fleet availability (heartbeat within 15 min)": a long name keeps its subject, not its bracketed qualifier.
        // "Availability (API gateway)": a short bracket without figures names whose measure it is, and stays.
        bool namesSubject = TrailingQualifier().Match(name) is { Success: true } q && !q.Value.Any(char.IsDigit) && q.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3;
        if (name.Length > 24 && !namesSubject && TrailingQualifier().Replace(name, "") is { Length: > 0 } subject && subject.Any(char.IsLetter)) name = subject;
        // "p99 latency for the public API", "Cloud spend for November is tracking": a long name's head before "for/in/during" is the measure.
        if (name.Length > 24 && !namesSubject && HeadBeforeScope().Match(name) is { Success: true } head) name = head.Groups["head"].Value;
        if (name.Length > (namesSubject ? 40 : 24))
        {
            // Keep the last 24 characters, from a word start: "Referral campaign launched in" never becomes "ral campaign launched in".
            int cut = name.Length - 24;
            // "Month-end close automation" never becomes "-end close automation": a hyphen joins a word.
            while (cut < name.Length && IsWordChar(name[cut]) && cut > 0 && IsWordChar(name[cut - 1])) cut++;
            name = name[cut..].Trim();
        }
        if (name.Length == 0 || !name.Any(char.IsLetter) || NotAName().IsMatch(name)) return null;
        return name;
    }

    [GeneratedRegex(@"\s*[（(][^（()）]*[)）]\s*$")]
    private static partial Regex TrailingQualifier();

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '-';

    /// <summary>"p99 latency for the public API": the measure's words before a scope ("for", "in", "during", "across").</summary>
    [GeneratedRegex(@"^(?<head>[A-Za-z][\w-]*(?:\s+[\w-]+){0,3})\s+(?:for|in|during|across)\s+\S", RegexOptions.IgnoreCase)]
    private static partial Regex HeadBeforeScope();

    /// <summary>Drops what is not the quantity's name: a table's cell bars, an opened bracket and a comparison word left at the end.</summary>
    private static string Clean(string name)
    {
        name = name[(name.AsSpan().LastIndexOfAny("|｜·•") + 1)..];
        int open = name.AsSpan().LastIndexOfAny('(', '（', '[');
        if (open >= 0 && name.AsSpan(open).IndexOfAny(')', '）', ']') < 0) name = name[..open];
        return NameTail().Replace(name, "").Trim().Trim(NameEdge);
    }

    private static readonly char[] NameEdge = [',', '，', '、', ';', '；', '-', '—', '·'];

    private static string? NameAfter(string text, int from, int clauseEnd)
    {
        var after = After().Match(text, from, clauseEnd - from);
        return after.Success && after.Value.Trim().Length > 0 ? after.Value.Trim() : null;
    }

    /// <summary>"name: 42" without a unit counts only when the number ends the clause and the name is not a date-like label.</summary>
    private static bool IsNamedBare(string masked, Match m)
    {
        int before = m.Index - 1;
        while (before >= 0 && masked[before] is ' ' or '*' or '_' or '~' or '≈' or '约') before--; // "**Paying customers:** 1,184", "Runway: ~15"
        if (before < 0 || masked[before] is not ('：' or ':' or '=')) return false;
        int after = m.Index + m.Length;
        return after == masked.Length || masked[after] is ' ' or '，' or ',' or '；' or ';' or '。' or '(' or '（';
    }

    /// <summary>
    /// True when the quantity counts work done rather than measuring something: a done verb before it ("修复联调问题 23 个",
    /// "上线 6 条", "扩容 480TB") or right after it ("420 人全部切换完成", "31 个迁入统一 KMS"). A named measure ("完成率",
    /// "上线量") and a share ("完成 60%") are measures. Source: the gold convention in bench/eval/README.md.
    /// </summary>
    private static bool IsDoneWorkCount(string text, Match m, int regionStart, int clauseEnd)
    {
        var unit = UnitOf(m);
        if (unit is "%" || m.Groups["cur"].Success) return false;
        var before = text.AsSpan(regionStart, m.Index - regionStart);
        // "Completed: 29 story points" names its measure; "改造完成 14 家，共 20 家" is progress against a total.
        if (MeasureName().IsMatch(before) || before.TrimEnd() is [.., ':' or '：']) return false;
        int after = m.Index + m.Length;
        if (OfTotal().IsMatch(text, after) || RateOfWork().IsMatch(before) || (after < clauseEnd && RateOfWork().IsMatch(text.AsSpan(after, clauseEnd - after)))) return false;
        bool count = unit is null || CountUnit().IsMatch(unit);
        if (DoneVerbLast().IsMatch(before)) return true;
        if (!count) return false;
        return DoneVerb().IsMatch(before) || (after < clauseEnd && DoneAfterCount().IsMatch(text.AsSpan(after, clauseEnd - after)));
    }

    /// <summary>
    /// "项目组成员 8 人", "现场人员：我方 7 人", "Team: 6 engineers": who is on the team is background, not a measure (an HR
    /// report's "在职人数" or "编制缺口" is named by its measure and stays).
    /// </summary>
    private static bool IsHeadCount(string text, Match m, int regionStart)
    {
        var before = text.AsSpan(regionStart, m.Index - regionStart);
        if (!StaffWord().IsMatch(before) || MeasureName().IsMatch(before)) return false;
        return UnitOf(m) is null or "人" or "名" or "位" || StaffUnit().IsMatch(text, m.Index + m.Length);
    }

    [GeneratedRegex(@"成员|组员|人员|人手|团队|我方|分包|外包|(?<![A-Za-z])(?:team|staff|crew|squad)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex StaffWord();

    [GeneratedRegex(@"\G\s*(?:engineers?|people|persons?|FTEs?|developers?|designers?|members?|人|名|位)", RegexOptions.IgnoreCase)]
    private static partial Regex StaffUnit();

    private const string DoneVerbs = @"完成|修复|上线|回收|停用|清理|执行|迁入|迁移|切换|下线|关闭|回滚|扩容|删除|合并|交付|清退|接入|部署|(?<![A-Za-z])(?:closed|fixed|shipped|merged|migrated|resolved|deployed|removed|onboarded|retired|cleaned\s+up|completed)(?![A-Za-z])";

    /// <summary>Verbs of effort spent ("培训", "召开", "投入", "处理用户反馈", "triaged"): their counts report activity, not a measure.</summary>
    private const string EffortVerbs = @"加开|修订|培训|参训|处理|回复|整理|参与|参加|召开|演练|巡检|抽检|投入|砍掉|确认|发布|(?:包|内)含|协助|到场|登记|录入|归档|出席|拜访|走访|投标|中标|举办|组织|分享|访谈|收集|推文|撰写|编写|更新|修(?=\s*(?:bug|缺陷|漏洞))|(?<![A-Za-z])(?:handled|answered|trained|held|attended|published|released|triaged|reviewed|ran|run|conducted|hosted|visited|interviewed|wrote|filed|submitted|assisted|supported)(?![A-Za-z])";

    [GeneratedRegex(DoneVerbs + "|" + EffortVerbs, RegexOptions.IgnoreCase)]
    private static partial Regex DoneVerb();

    /// <summary>"日均处理 1.2 万笔", "人均回复 40 条", "handled 300 tickets per day": a rate of work is a measure.</summary>
    [GeneratedRegex(@"^[\s*_>]*(?:(?<![A-Za-z])(?:approved|decided|decision|agreed)(?![A-Za-z])|已批准|已审批|批准|决定|决议|拍板)[\s*_]*[:：]?", RegexOptions.IgnoreCase)]
    private static partial Regex Decision();

    [GeneratedRegex(@"日均|周均|月均|每日|每天|每周|人均|平均|(?<![A-Za-z])(?:daily|weekly|average|avg|per)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex RateOfWork();

    [GeneratedRegex(@"(?:" + DoneVerbs + "|" + EffortVerbs + @")(?:了)?\s*(?:约|共|累计)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DoneVerbLast();

    [GeneratedRegex(@"^\s*(?:全部|均|已经|已)?[\u4e00-\u9fffA-Za-z ]{0,6}?(?:完成|迁入|迁移|切换|上线|接入|修复|关闭|下线|通过|结业|到岗|到位)")]
    private static partial Regex DoneAfterCount();

    [GeneratedRegex(@"^(?:万|千)?(?:个|条|项|起|次|人|名|位|笔|单|家|台|张|篇|份|件|处|批|套|场|轮|通|期|人次|家次|万条|万笔|万个|万人|customers?|users?|tickets?|requests?|orders?)$", RegexOptions.IgnoreCase)]
    private static partial Regex CountUnit();

    [GeneratedRegex(@"(?:率|量|数|占比|比例|时长|耗时|次数|总数|(?<![A-Za-z])(?:rate|ratio|count|time|total))\s*[:：]?\s*(?:约|为|达|达到)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureName();

    [GeneratedRegex(@"\G[，,、\s]*(?:共|总计|合计|总共|(?<![A-Za-z])(?:out\s+of|of)(?![A-Za-z]))\s*\d", RegexOptions.IgnoreCase)]
    private static partial Regex OfTotal();

    [GeneratedRegex(@"\G\s*(?:其中|(?<![A-Za-z])(?:of\s+which|including)(?![A-Za-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex Breakdown();

    /// <summary>True when the line is "name：value" with at most a bracketed comparison after it, and nothing else.</summary>
    public static bool IsMeasurementOnly(UnitLine line) =>
        line.Topic is not null && MeasurementRest().IsMatch(line.Masked, line.TopicEnd);

    /// <summary>
    /// True when a metric read on a line that also tells a problem or a slip is still a reading to report: it states its
    /// previous value or its target ("积压工单从 146 张涨到 231 张", "CPA $91 against a $60 target"), its name is a measure's
    /// ("执行率 63%", "恢复耗时 137 分钟", "p99 latency"), the line is its label and value ("Forecast at completion: €275k, …"),
    /// the line is only its name and value ("对账任务超时告警3次"), the figure comes with its share of the whole ("严重缺陷 7 个，
    /// 占比 8.1%"), or it is where the measure moved to ("网关 p99 延迟上升到 210ms", "recovered to 99.71%"). Counts, amounts and
    /// shares told in passing ("先发 3,500 件", "铜价涨了 6%") are the problem's context. Source: bench/eval/README.md.
    /// </summary>
    public static bool IsReading(UnitLine line, MetricFacts metric)
    {
        if (metric.Previous is not null || metric.Target is not null || MeasureWordEnd().IsMatch(metric.Name)) return true;
        if (line.Topic is { } topic && LeadingValue().IsMatch(line.Masked, line.TopicEnd)
            && metric.Name.Contains(TextSpans.WithoutEmphasis(topic).Trim(), StringComparison.Ordinal)) return true;
        int at = line.Text.IndexOf(metric.Name, StringComparison.Ordinal);
        return at >= 0 && (MovedTo().IsMatch(line.Text, at + metric.Name.Length) || ShareAfter().IsMatch(line.Text, at + metric.Name.Length)
            || (line.Text.AsSpan(0, at).Trim(" -*•·\t").IsEmpty && NameAndValueOnly().IsMatch(line.Text, at + metric.Name.Length)));
    }

    /// <summary>"严重缺陷 7 个，占比 8.1%", "累计支出 186 万元，占总预算 62%", "$2.1M, accounting for 14%": a figure given with its share of the whole.</summary>
    [GeneratedRegex(@"\G[^，,；;。\d]{0,6}\d[\d.,]*\s*[^\s，,；;。\d]{0,4}\s*[，,]\s*(?:占|(?<![A-Za-z])accounting\s+for\s+\d)", RegexOptions.IgnoreCase)]
    private static partial Regex ShareAfter();

    /// <summary>"- 对账任务超时告警3次": a line that is only the name and its value is a reading, also when the name is trouble.</summary>
    [GeneratedRegex(@"\G\s*[:：]?\s*\d[\d.,]*\s*[^\s\d，,；;。.]{0,4}\s*[。.]?\s*$")]
    private static partial Regex NameAndValueOnly();

    [GeneratedRegex(@"(?:率|占比|比例|时长|耗时|进度|延迟|时延|(?<![A-Za-z])(?:rate|ratio|share|progress|latency|uptime|availability|p\d{2,3}|NPS|CSAT|ARR|MRR)(?![A-Za-z]))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex MeasureWordEnd();

    /// <summary>"延迟上升到 210ms", "recovered to 99.71%", "reached 35%": the new level after a move, right after the name.</summary>
    [GeneratedRegex(@"\G\s*(?:(?:上升|下降|回升|回落|提升|提高|降低|增长|恢复|上涨|下跌|攀升|升|降|涨|跌|增|减)了?\s*(?:到|至)|(?<![A-Za-z])(?:(?:rose|fell|dropped|climbed|recovered|improved|grew|jumped|slipped|declined|increased|decreased|went\s+(?:up|down))\s+to|reached)(?![A-Za-z]))\s*(?:约|~|≈)?\s*[$¥￥£€]?\d", RegexOptions.IgnoreCase)]
    private static partial Regex MovedTo();

    /// <summary>"NPS 41 (prev 38)": a bare number followed by its previous value or target is a measure.</summary>
    private static bool IsCompared(string masked, Match m)
    {
        int at = m.Index + m.Length;
        return Previous().Match(masked, at, masked.Length - at).Success || Target().Match(masked, at, masked.Length - at).Success;
    }

    /// <summary>True inside an objective's topic ("KR1 …：", "O2 …："), whose numbers state the goal.</summary>
    private static bool InGoalTopic(UnitLine line, int index) => line.Topic is { } topic && index < line.TopicEnd && GoalTopic().IsMatch(topic);

    /// <summary>The goal an objective's topic states: "到店核销率提升至65%" → 65%.</summary>
    private static string? GoalOf(string topic)
    {
        if (!GoalTopic().IsMatch(topic)) return null;
        var goal = Value().Matches(NumberMask.Apply(topic)).LastOrDefault(v => v.Groups["unit"].Success || v.Groups["cur"].Success);
        return goal is null ? null : topic.Substring(goal.Index, goal.Length).Trim();
    }

    /// <summary>
    /// A key-result line that states its goal and then where it stands ("**KR A1**: First response under 2 hours for 90%
    /// of tickets. *Now 81% (was 74%)*", "KR1：需求交付周期从 18 天缩短到 12 天 —— 当前 14.5 天"): the numbers between the
    /// topic and the "now" word are the goal (its last one the target), the value after it the key result's measure.
    /// </summary>
    private sealed record KeyResult(int TopicEnd, int NowAt, string Name, string? Target)
    {
        public static KeyResult? Of(UnitLine line, string masked)
        {
            if (line.Topic is not { } topic || !KeyResultTopic().IsMatch(topic)) return null;
            var now = NowWord().Match(line.Text, line.TopicEnd);
            if (!now.Success) return null;
            var goal = Value().Matches(masked[..now.Index], line.TopicEnd).LastOrDefault(v => v.Groups["unit"].Success || v.Groups["cur"].Success);
            var target = goal is null ? null : line.Text.Substring(goal.Index, goal.Length).Trim();
            return new KeyResult(line.TopicEnd, now.Index, Clean(TextSpans.WithoutEmphasis(topic)), target);
        }

        public bool States(int index) => index >= TopicEnd && index < NowAt;

        public bool Reports(string text, int index) => index > NowAt && OnlyFiller().IsMatch(text[NowAt..index]);
    }

    [GeneratedRegex(@"^[*_\s]*(?:KR\s*[A-Z]?\s*\d+|O\s*\d+|目标\s*\d+)[*_\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyResultTopic();

    [GeneratedRegex(@"当前|目前|现为|现在|实际|(?<![A-Za-z])(?:now|currently|current|actual)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex NowWord();

    /// <summary>"11 days", "~15 months", "3 周": a duration's word, kept as the unit of a value already read (it makes no value of its own).</summary>
    [GeneratedRegex(@"\G\s*(?<u>days?|weeks?|months?|years?|hours?|minutes?|seconds?|天|周|个月|年)(?![A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex DurationWord();

    /// <summary>Milliseconds per unit of time, or null for other units.</summary>
    private static double? Scale(string unit) => unit switch
    {
        "ms" or "毫秒" => 1,
        "s" or "sec" or "secs" or "秒" => 1000,
        "min" or "mins" or "分钟" => 60_000,
        "h" or "hr" or "hrs" or "小时" => 3_600_000,
        _ => null,
    };

    private static bool MissesTarget(double value, string? unit, string target, string name)
    {
        var t = TargetValue().Match(target);
        if (!t.Success) return false;
        var goal = Parse(t.Groups["num"].Value);
        // "$120k" against "$100k": the currency is written before the number, the multiplier after it.
        if (t.Groups["unit"].Value is { Length: > 0 } tu && unit is not null && tu != unit.TrimStart('$', '¥', '￥', '£', '€')) return false;
        var op = t.Groups["op"].Value;
        // A bound in words is its symbol: "below 0.47%", "以内" are ≤; "at least 95%", "不低于" are ≥.
        var bound = LowerBound().IsMatch(op) ? "≤" : op.Length > 0 && char.IsLetter(op[0]) ? "≥" : op;
        bool lowerIsBetter = MetricDirection.LowerIsBetter(name, unit, bound);
        return lowerIsBetter ? value > goal : value < goal;
    }

    [GeneratedRegex(@"^(?:below|under|less\s+than|at\s+most|no\s+more\s+than|不超过|不高于|低于|小于|以内)$", RegexOptions.IgnoreCase)]
    private static partial Regex LowerBound();

    private static double Parse(string number) => double.Parse(number.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?:(?<![0-9.,/¤_\-])(?:由|从)(?:上月|上周|上期|上季度?|去年|年初|月初)?的?|(?<![A-Za-z0-9.,/¤_\-])from)\s*(?<prev>" + Num + @")\s*(?<punit>" + Unit + @")?\s*(?:下降|降低|提升|提高|上升|增长|增加|减少|优化|缩短|下调|上调|调整|削减|压缩|降|升|增|减)?(?:至|到|为|(?<![A-Za-z])to)\s*(?:本月|本周|本期|本季度?|今年|当前)?的?\s*(?<num>" + Num + @")\s*(?<unit>" + Unit + ")?" +
        @"|(?<![A-Za-z0-9.,/¤_\-])(?<prev>" + Num + @")\s*(?<punit>" + Unit + @")?\s*(?:→|->|=>)\s*(?<num>" + Num + @")\s*(?<unit>" + Unit + ")?" +
        // "fell to 410 MB/s from 480 MB/s", "13.5 min, down from 15.2 min": the new value first, the old one after "from".
        @"|(?<![A-Za-z])to\s+(?<num>" + Num + @")\s*(?<unit>" + Unit + @")?(?:/[A-Za-z]+)?\s*,?\s*(?:down\s+|up\s+)?from\s+(?<prev>" + Num + @")\s*(?<punit>" + Unit + ")?", RegexOptions.ExplicitCapture)]
    private static partial Regex Change();

    [GeneratedRegex(@"(?<![A-Za-z0-9.,/¤_\-])(?:(?<cur>[$¥￥£€]|(?:USD|EUR|GBP|CNY|RMB|JPY|CHF|AUD|CAD|HKD|SGD|INR)(?=\s*\d))\s*)?(?<num>" + Num + @")(?:\s*(?:/|(?<![A-Za-z])of(?![A-Za-z]))\s*(?<den>" + Num + @"))?(?:(?<=[$¥￥£€]\s*[\d.,]+)(?<unit>bn|mn|[mMbBkK])(?![A-Za-z])|\s*(?<unit>" + Unit + @")|(?![\d¤]))", RegexOptions.ExplicitCapture)]
    private static partial Regex Value();

    [GeneratedRegex(@"^[\s(（\[,，;；]*(?:(?:(?<![A-Za-z])(?:against|vs\.?)\s+(?:(?:a|an|the|our|its)\s+)?)?(?:目标值?|预算(?:上限)?|上限|要求|target|goal|budget|cap|ceiling|SLA|SLO|预期|期望|控制线|红线|警戒线|阈值|threshold|limit)\s*(?:为|是|of|is)?\s*[:：]?\s*(?<t>(?:(?:[≤≥<>=]=?|" + BoundWords + @")\s*)?(?:[$¥￥£€]\s*)?(?:" + Num + @")\s*(?:" + Unit + @")?)" +
        @"|(?:未达到?|未达成|低于|不足|(?<![A-Za-z])(?:against|below|short\s+of|vs\.?)(?:\s+(?:a|an|the|our|its))?)\s*(?<t>(?:[$¥￥£€]\s*)?(?:" + Num + @")\s*(?:" + Unit + @")?)(?=\s*的?\s*(?:目标|要求|标准|预算|上限|objective|target|goal|SLO|SLA|threshold|budget|cap|ceiling|limit|plan|approved|allocation))" +
        // "against a plan of 90%", "must be 100% before submission": the planned or required figure after the reading.
        @"|(?:(?<![A-Za-z])(?:against\s+(?:a|an|the|our)\s+)?plan(?:ned)?\s+(?:of\s+)?|(?<![A-Za-z])(?:must|should|needs?\s+to)\s+be\s+|按计划[^，,；;。\d]{0,8}?应[到达]?)(?<t>(?:[$¥￥£€]\s*)?(?:" + Num + @")\s*(?:" + Unit + @")?))\s*[)）\]]?", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Target();

    [GeneratedRegex(@"\G\s*(?:约|大约|~|≈)?\s*[$¥￥£€]?(?:" + Num + @")\s*(?:" + Unit + @")?\s*(?:[(（][^)）]*[)）])?\s*[。.；;]?\s*$")]
    private static partial Regex MeasurementRest();

    [GeneratedRegex(@"\G\s*(?:约|大约|~|≈)?\s*[$¥￥£€]?(?:" + Num + @")\s*(?:" + Unit + @")?\s*(?:[(（，,；;。]|$)")]
    private static partial Regex LeadingValue();

    [GeneratedRegex(@"^[\s(（\[,，;；]*(?:(?:this\s+week|本周)[\s(（\[,，;；]*)?(?:环比上周|较上周|上一?周|上期|上一?轮|上个?月|(?<![A-Za-z])(?:last\s+(?:week|wk|rotation|period|sprint|cycle|month)|prior\s+week|previous\s+week|prev(?:ious(?:ly)?)?\.?|vs\.?|was|(?:down|up|dropped|rose|fell|improved)\s+from))\s*[:：]?\s*(?:[$¥￥£€]\s*)?(?<p>" + Num + @")\s*(?:" + Unit + @")?\s*[)）\]]?" +
        // "9 this week against 4 the week before"
        @"|^\s*(?:this\s+week\s+)?against\s+(?<p>" + Num + @")\s*(?:" + Unit + @")?\s+(?:the\s+)?(?:week|month|sprint|rotation)\s+before", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex Previous();

    [GeneratedRegex(@"(?:\s|由|从|较|环比|上周|上期|(?<![A-Za-z])(?:from|vs\.?|last\s+week|prev(?:ious(?:ly)?)?)(?![A-Za-z]))+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex NameTail();

    [GeneratedRegex(@"(?<op>[≤≥<>]=?|=|" + BoundWords + @")?\s*(?<num>" + Num + @")\s*(?<unit>" + Unit + ")?", RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex TargetValue();

    /// <summary>Bounds written as words: "below 0.47%", "under 2 hrs", "不超过 4 小时", "at least 90%".</summary>
    private const string BoundWords = @"(?<![A-Za-z])(?:below|under|less\s+than|at\s+most|no\s+more\s+than|above|over|more\s+than|at\s+least)(?![A-Za-z])|不超过|不高于|不低于|低于|高于|小于|大于|以内";

    /// <summary>"要求 3 月底完成 100%", "按计划本周应到 71%", "must be 100%", "Target is under 2 hrs": a clause that states what is required.</summary>
    [GeneratedRegex(@"\G[\s,，;；(（]*(?:要求|按计划|应[到达]|须|必须|(?<![A-Za-z])(?:must|should|needs?\s+to|target|goal|plan(?:ned)?)(?![A-Za-z]))", RegexOptions.IgnoreCase)]
    private static partial Regex RequirementLead();

    /// <summary>"= 7.5%" or "items annotated (60%)" after a ratio: the ratio is the working, the percentage the result.</summary>
    [GeneratedRegex(@"\G\s*[=≈]\s*[$¥￥£€]?\d|\G[^()（）,，;；。=]{0,80}?[(（]\s*\d+(?:\.\d+)?\s*%\s*[)）]")]
    private static partial Regex WorkedOut();

    /// <summary>The arithmetic before a result ("Flaky: 18/240 = "), which is no part of the name.</summary>
    [GeneratedRegex(@"[\s¤]*\d[\d.,/\s+\-*×÷]*[=≈]\s*$")]
    private static partial Regex Working();

    [GeneratedRegex(@"(?:\s|(?<![签预合节契履违制公条])约|大约|预计|接近|将近|逼近|高达|低至|跌至|(?:下降|上升|增长|提升|降低|减少|增加|上涨|下跌)了?|(?:提升|提高|增长|下降|降低|缩短|上升)(?:到|至)|升至|降至|增至|达到|达|为|是|共|累计|合计|超过|超|近|仅|只有|约为|~|≈|：|:|=|(?<![A-Za-z])(?:about|around|approximately|approx\.?|nearly|almost|roughly|at|of|is|was|are|were|reached|hit|now|peaked|spiked|climbed|jumped|stood|stayed|remained|came\s+in|landed|sat|hovered|averaged|touched|topped|dropped|fell|rose|improved|recovered|rebounded|increased|decreased|went|grew|reduced|declined|by|(?:down|up)\s+to|down|to))+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Qualifiers();

    [GeneratedRegex(@"^(?:KR\s*\d|O\s*\d\b|目标\s*\d)|提升至|提高至|降至|降低至|达到|不低于|不高于", RegexOptions.IgnoreCase)]
    private static partial Regex GoalTopic();

    [GeneratedRegex(@"^[\s：:]*(?:当前|目前|现为|现在|累计|实际|本周|current(?:ly)?|now|so far|to date)?[\s：:]*$", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyFiller();

    [GeneratedRegex(@"^(?:\s|其中|本周|当前|目前|累计|共计|共|以及|及|和|与|、|收到|接到|the\s|and\s|with\s)+", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^\s*[A-Za-z][\w-]*|^[\u4e00-\u9fff]{1,6}")]
    private static partial Regex After();

    [GeneratedRegex(@"(?:目标值?|预算|上限|控制线|红线|警戒线|阈值|未达到?|满足|而非|要求|(?<![A-Za-z])not(?:\s+(?:the|our|its))?|target|goal|budget|cap|ceiling|SLA|SLO|threshold|(?<![A-Za-z])plan(?:ned)?(?:\s+of)?|must\s+be|should\s+be)\s*(?:为|是|of|is|" + BoundWords + @")?\s*[≤≥<>=]*\s*[$¥￥£€]?\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex TargetWord();

    // "Sprint 14", "week 26" are labels, "Deploys this week: 63" is a name; "剩余4个" only restates a ratio's complement;
    // "环比+8%", "up 6%" are the change of the measure before them, not a measure.
    [GeneratedRegex(@"版本|(?<![A-Za-z])version|release|^(?:sprint|week)$|编号|电话|phone|(?<![A-Za-z])id$|^(?:no|#)$|^(?:剩余|其余|还剩)$|^(?:(?:环比|同比|较上周|较上月|较上期)(?:提升|提高|增长|下降|降低|上升|增加|减少|缩短)?|up|down|increased?|decreased?|grew|rose|fell|growth)\s*[+\-＋－]?$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAName();

}
