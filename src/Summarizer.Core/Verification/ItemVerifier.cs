using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Summarizer.Extraction.Offline;
using Summarizer.Text;

namespace Summarizer.Verification;

/// <summary>
/// Step 4: grounds every candidate in its section. The quote must be found in the unit's own lines, every number in
/// the summary must be written in the quote, and stated facts (metric values, dates) must come from it too.
/// What fails is dropped with a reason, never published.
/// </summary>
public sealed partial class ItemVerifier
{
    private const int MaxSummaryLength = 240;

    // A unit's text is joined once for all its candidates; entries go with the units.
    private readonly ConditionalWeakTable<ReportSection, QuoteLocator.SectionText> _texts = new();

    public VerificationOutcome Verify(ReportSection unit, ItemCandidate candidate)
    {
        var text = _texts.GetValue(unit, u => new QuoteLocator.SectionText(u.OwnLines().ToList()));
        var match = QuoteLocator.Find(text, candidate.Quote);
        if (match is null) return Drop("quote not found in the section");
        var quote = match.Verbatim;
        // A table's separator row ("--- | --- |") or bare punctuation supports nothing.
        if (!quote.Any(char.IsLetterOrDigit)) return Drop("the quote holds no words");
        // The whole quoted lines are checked, not just the quote: "system: …" quoted without its "<|im_start|>" is still a prompt.
        var quotedLines = string.Join('\n', text.Lines.Where(l => l.Number >= match.Line && l.Number <= match.EndLine).Select(l => l.Text));
        if (InstructionText.IsAddressedToTheSummarizer(quotedLines) || InstructionText.IsAddressedToTheSummarizer(candidate.Summary))
            return Drop("the text addresses the summarizer, not a reader");
        // A quoted XSS payload inside a risk is kept (and escaped); a line of markup alone states nothing.
        if (InstructionText.IsOnlyMarkup(quote)) return Drop("the quote is markup only, no words for a reader");

        var summary = candidate.Summary.Trim();
        if (summary.Length == 0) return Drop("empty summary");
        if (summary.Length > MaxSummaryLength) summary = summary[..MaxSummaryLength].TrimEnd() + "…";

        var unsupported = NumberMatcher.Unsupported(summary, quote);
        if (unsupported.Count > 0) return Drop($"summary numbers not in the quote: {string.Join(", ", unsupported)}");

        if (candidate.Metric is { } metric)
        {
            if (!NumberMatcher.IsStated(metric.Value, quote)) return Drop($"metric value {metric.Value} not in the quote");
            if (metric.Previous is { } previous && !NumberMatcher.IsStated(previous, quote))
                return Drop($"previous value {previous} not in the quote");
        }
        // A date the quote does not write ("延后两周" added up) is left out, not published as fact. A day the quote names
        // by its week ("原定本周五", "改到下周三") is written: the report's week makes it one date (rules-12).
        var week = unit.Report.Week;
        var delay = candidate.Delay is { } d
            ? d with
            {
                From = DatesStated(quote, d.From) || DateTextParser.NamesWeekDay(quote, d.From, week) ? d.From : null,
                To = DatesStated(quote, d.To) || DateTextParser.NamesWeekDay(quote, d.To, week) ? d.To : null,
            }
            : null;
        if (candidate.Incident is { } incident && !IncidentStated(quote, unit, incident))
            return Drop("incident times not in the quote");

        var item = new ExtractedItem
        {
            Id = "", // assigned by AssignIds once the whole run is known
            Kind = candidate.Kind,
            Team = unit.Report.Team,
            Section = unit.PathText,
            // The marker the team wrote is a floor for any engine, and leaves the summary (the badge carries it), so
            // items.json, the API and the digest say the same; a later review may still set another severity.
            Summary = SeverityRule.Strip(summary),
            Severity = SeverityRule.Floor(candidate.Severity, quote, summary),
            Metric = candidate.Metric,
            Incident = candidate.Incident,
            Delay = delay,
            // Any engine's ask carries its deadline as a typed date, never re-read from text downstream.
            Due = candidate.Due ?? (candidate.Kind == ItemKind.Incident ? null : AskRule.AskDue(quote, unit.Report.Week)),
            Source = new SourceRef(unit.Report.File, match.Line, match.EndLine, quote),
            Engine = candidate.Engine,
        };
        return new VerificationOutcome(item, null);
    }

    /// <summary>
    /// Verifies a run's candidates against their units and publishes the grounded ones: sorted by source (LLM batches
    /// finish in any order, ids and order must not), duplicates removed, ids assigned. <paramref name="refused"/> are
    /// candidates the engine already refused (LLM grounding): they lead the run's one list of drops.
    /// </summary>
    public PublishedItems Publish(IsoWeek week, IReadOnlyList<ReportSection> units, IReadOnlyList<ItemCandidate> candidates,
        IReadOnlyList<DroppedCandidate>? refused = null)
    {
        var byId = units.ToDictionary(u => u.Id);
        var verified = new List<ExtractedItem>();
        var drops = new List<DroppedCandidate>(refused ?? []);
        foreach (var candidate in candidates)
        {
            var known = byId.TryGetValue(candidate.SectionId, out var unit);
            var outcome = known ? Verify(unit!, candidate) : new VerificationOutcome(null, $"unknown section {candidate.SectionId}");
            if (outcome.Item is { } item) verified.Add(item);
            else drops.Add(new DroppedCandidate(unit?.Report.Team ?? "", unit?.PathText ?? candidate.SectionId, candidate.Kind,
                candidate.Engine, outcome.DropReason ?? "", Clip(candidate.Quote), Clip(candidate.Summary)));
        }
        var ordered = verified.OrderBy(i => i.Source.File, StringComparer.Ordinal).ThenBy(i => i.Source.Line).ThenBy(i => i.Source.EndLine)
            .ThenBy(i => i.Kind).ThenBy(i => i.Summary, StringComparer.Ordinal).ThenBy(i => i.Metric?.Name, StringComparer.Ordinal)
            // Two metrics of one row (availability and error rate) may share quote and summary: the name tells them apart.
            .DistinctBy(i => (i.Team, i.Kind, i.Source.File, i.Source.Line, i.Source.Quote, i.Summary, i.Metric?.Name));
        return new PublishedItems(AssignIds(week, ordered), drops);
    }

    /// <summary>
    /// Ids stable across re-runs of the same input: week, team, kind and quote, plus an ordinal for repeats.
    /// Line numbers stay out so an edit above an item does not orphan its review.
    /// </summary>
    public static IReadOnlyList<ExtractedItem> AssignIds(IsoWeek week, IEnumerable<ExtractedItem> items)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<ExtractedItem>();
        foreach (var item in items)
        {
            var key = $"{week}|{item.Team}|{item.Kind}|{item.Source.Quote}|{item.Metric?.Name}";
            int ordinal = seen.TryGetValue(key, out var n) ? n + 1 : 0;
            seen[key] = ordinal;
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{key}|{ordinal}"));
            result.Add(item with { Id = Convert.ToHexStringLower(hash)[..16] });
        }
        return result;
    }

    // Dates are normalised by extractors (2024-07-09); their month/day/time numbers must still be written in the quote.
    private static bool DatesStated(string quote, params string?[] values)
    {
        var available = NumberMatcher.NumbersIn(quote);
        foreach (var value in values)
        {
            // "2024-07-12" from "Jul 12", "2024-06-25 14:10" from "Jun 25 14:10": the month may be written as its name.
            bool monthNamed = value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && MonthNamed(quote, date.Month);
            // "计划 12.3 上线 → 实际 12.6 上线": a dotted month.day is read as one number, yet it writes the date.
            bool dotted = value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                && DottedDayWritten(quote, day);
            var numbers = NumberMatcher.NumbersIn(value);
            for (int i = 0; i < numbers.Count; i++)
                if (!available.Contains(numbers[i]) && !(numbers[i] >= 1900 && numbers[i] <= 2200) && !(monthNamed && i == 1) && !(dotted && i is 1 or 2)) return false; // years may be implied by the week
        }
        return true;
    }

    /// <summary>
    /// An incident's times are written in its quote, or its date in the heading above it ("（一）3月5日 支付网关故障" dates
    /// "09:40 告警触发…"); an end the extractor added from a written start and a written length ("09:30 …持续42分钟") is
    /// as grounded as they are.
    /// </summary>
    private static bool IncidentStated(string quote, ReportSection unit, IncidentFacts incident)
    {
        var context = quote + "\n" + string.Join("\n", unit.HeadingPath);
        return StampStated(context, incident.Start) && (StampStated(context, incident.End) || EndsAfterStatedLength(incident));
    }

    /// <summary>
    /// A "yyyy-MM-dd HH:mm" (or "HH:mm") stamp is stated when its date is and its time is written as a time of day in
    /// any form the clock reader knows ("13:15" as "1:15pm", "02:00" as "凌晨 2 点"), or as its numbers.
    /// </summary>
    private static bool StampStated(string context, string? value)
    {
        if (value is null || DatesStated(context, value)) return true;
        int space = value.LastIndexOf(' ');
        var clock = space < 0 ? value : value[(space + 1)..];
        if (!TimeOnly.TryParseExact(clock, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return false;
        bool written = Summarizer.Text.ClockTime.Find(context).Any(t => t.Hour == time.Hour && t.Minute == time.Minute);
        return written && (space < 0 || DatesStated(context, value[..space]));
    }

    private static bool EndsAfterStatedLength(IncidentFacts incident)
    {
        if (incident.DurationMinutes is not { } minutes) return false;
        if (incident is { StartTime: { } start, EndTime: { } end }) return (end - start).TotalMinutes == minutes;
        // Times without a date ("10:00" and "11:20"): the end may fall on the next day.
        return TimeOnly.TryParseExact(incident.Start, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            && TimeOnly.TryParseExact(incident.End, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            && ((to - from).TotalMinutes % 1440) == minutes % 1440;
    }

    private static bool MonthNamed(string quote, int month) => MonthNames[month - 1].IsMatch(quote);

    // One regex per month, built once: a pattern built per call missed the regex cache and was parsed again each time.
    private static readonly System.Text.RegularExpressions.Regex[] MonthNames = [.. Enumerable.Range(1, 12).Select(m =>
        new System.Text.RegularExpressions.Regex(@"(?<![A-Za-z])" + CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(m),
            System.Text.RegularExpressions.RegexOptions.IgnoreCase))];

    /// <summary>
    /// "12.3" or "12.03" for December 3: the month as written without a leading zero, a dot, the day with at most one
    /// leading zero, neither run touching another digit or a dot before it. One static pattern finds every dotted
    /// pair; the pair is then compared (a pattern per date missed the regex cache on nearly every call).
    /// </summary>
    private static bool DottedDayWritten(string quote, DateOnly day)
    {
        string month = day.Month.ToString(CultureInfo.InvariantCulture), dayOfMonth = day.Day.ToString(CultureInfo.InvariantCulture);
        foreach (System.Text.RegularExpressions.Match m in DottedPair().Matches(quote))
        {
            var d = m.Groups["d"].ValueSpan;
            if (m.Groups["m"].ValueSpan.SequenceEqual(month)
                && (d.SequenceEqual(dayOfMonth) || (d.Length == dayOfMonth.Length + 1 && d[0] == '0' && d[1..].SequenceEqual(dayOfMonth))))
                return true;
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.])(?<m>\d+)\.(?<d>\d+)")]
    private static partial System.Text.RegularExpressions.Regex DottedPair();

    private static VerificationOutcome Drop(string reason) => new(null, reason);

    // Claimed text is untrusted and may be huge: a dropped candidate keeps enough to recognise it.
    private static string Clip(string text) => text.Length <= 300 ? text : text[..300] + "…";
}

/// <summary>A grounded item, or why the candidate was dropped.</summary>
public sealed record VerificationOutcome(ExtractedItem? Item, string? DropReason);

/// <summary>The grounded items of a run, and why the others were dropped.</summary>
public sealed record PublishedItems(IReadOnlyList<ExtractedItem> Items, IReadOnlyList<DroppedCandidate> Drops);
