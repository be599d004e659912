using System.Globalization;
using System.Text;

namespace Summarizer.Digest;

/// <summary>Writes digest.md. Report text is escaped so it cannot add headings, links or table cells of its own.</summary>
public sealed class MarkdownDigestWriter
{
    public string Write(DigestDocument d)
    {
        var l = DigestLabels.For(d.Language);
        var sb = new StringBuilder();
        sb.AppendLine($"# {l.Title} {d.Week}").AppendLine();
        sb.Append("> ").Append(string.Format(CultureInfo.InvariantCulture, l.ReportsLine, d.Reports.Select(r => r.Team).Distinct().Count()));
        if (d.Rejected.Count > 0) sb.Append(" · ").Append(string.Format(CultureInfo.InvariantCulture, l.RejectedLine, d.Rejected.Count));
        if (d.Dropped > 0) sb.Append(" · ").Append(string.Format(CultureInfo.InvariantCulture, l.DroppedLine, d.Dropped));
        sb.Append($" · {l.EngineLabel}: {d.Engine}").AppendLine().AppendLine();

        Heading(sb, l.Summary);
        foreach (var line in d.Summary) sb.AppendLine($"- {Esc(line)}");
        sb.AppendLine();

        Heading(sb, l.NeedsDecision);
        Bullets(sb, d.NeedsDecision, l, numbered: true);
        if (d.Changes.Count > 0)
        {
            Heading(sb, l.Changes);
            foreach (var c in d.Changes) sb.AppendLine($"- **{Esc(c.Team)}** {Esc(Citation.WithoutTeam(c))}");
            if (d.MoreChanges > 0) sb.AppendLine($"- {string.Format(CultureInfo.InvariantCulture, l.MoreChanges, d.MoreChanges)}");
            sb.AppendLine();
        }
        Heading(sb, l.Risks);
        Bullets(sb, d.Risks, l, numbered: true);

        Heading(sb, l.Delays);
        Table(sb, [l.Team, l.Milestone, l.From, l.To, l.Reason, l.Source], d.Delays,
            i => [i.Team, i.Delay?.Milestone ?? i.Summary, i.Delay?.From ?? "", i.Delay?.To ?? "", i.Delay?.Reason ?? "", Citation.Of(i)], l);

        Heading(sb, l.Incidents);
        if (d.Incidents.Count > 0) sb.AppendLine(string.Format(CultureInfo.InvariantCulture, l.TotalDowntime, d.TotalDowntimeMinutes)).AppendLine();
        Table(sb, [l.Start, l.End, l.Duration, l.Team, l.Impact, l.Source], d.Incidents,
            i => [i.Incident?.Start ?? "", i.Incident?.End ?? "", Citation.Duration(i.Incident?.DurationMinutes, l), i.Team,
                  i.Incident?.Impact ?? i.Summary, Citation.Of(i)], l);

        Heading(sb, l.Metrics);
        Table(sb, [l.Team, l.Metric, l.Value, l.Previous, l.Target, l.Source], d.Metrics,
            i => [i.Team, i.Metric?.Name ?? i.Summary, Value(i.Metric?.Value, i.Metric?.Unit), Value(i.Metric?.Previous, i.Metric?.Unit),
                  i.Metric?.Target ?? "", Citation.Of(i)], l);

        Heading(sb, l.Plans);
        Bullets(sb, d.Plans, l, numbered: false);

        Heading(sb, l.TeamsHeading);
        foreach (var (team, items) in d.Teams)
        {
            sb.AppendLine($"### {Esc(team)}").AppendLine();
            foreach (var i in items)
                sb.AppendLine($"- <a id=\"{Citation.Anchor(i)}\"></a>[{l.KindName(i.Kind)}{Sev(i, l)}] {Esc(i.Summary)}{Confirmed(i, l)} — “{Esc(i.Source.Quote)}” — `{Code(Citation.Of(i))}`");
            sb.AppendLine();
        }
        if (d.Rejected.Count > 0)
        {
            Heading(sb, l.RejectedHeading);
            foreach (var r in d.Rejected) sb.AppendLine($"- `{Code(r.File)}`: {Esc(r.Reason)}");
            sb.AppendLine();
        }
        if (d.DegradedSections.Count > 0)
        {
            Heading(sb, l.DegradedHeading);
            sb.AppendLine(l.DegradedNote).AppendLine();
            foreach (var s in d.DegradedSections) sb.AppendLine($"- `{Code(s)}`");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    private static void Heading(StringBuilder sb, string title) => sb.AppendLine($"## {title}").AppendLine();

    private static void Bullets(StringBuilder sb, IReadOnlyList<ExtractedItem> items, DigestLabels l, bool numbered)
    {
        if (items.Count == 0) sb.AppendLine($"- {l.None}");
        for (int n = 0; n < items.Count; n++)
        {
            var i = items[n];
            var marker = numbered ? $"{n + 1}." : "-";
            var sev = i.Severity is null ? "" : $"**[{l.SeverityName(i.Severity)}]** ";
            sb.AppendLine($"{marker} {sev}{Esc(i.Summary)}{Confirmed(i, l)} — [{Esc(Citation.Of(i))}](#{Citation.Anchor(i)})");
        }
        sb.AppendLine();
    }

    private static void Table(StringBuilder sb, string[] headers, IReadOnlyList<ExtractedItem> items, Func<ExtractedItem, string[]> cells, DigestLabels l)
    {
        if (items.Count == 0) { sb.AppendLine($"- {l.None}").AppendLine(); return; }
        sb.AppendLine("| " + string.Join(" | ", headers) + " |");
        sb.AppendLine("|" + string.Concat(headers.Select(_ => " --- |")));
        foreach (var i in items) sb.AppendLine("| " + string.Join(" | ", cells(i).Select(Esc)) + " |");
        sb.AppendLine();
    }

    private static string Sev(ExtractedItem i, DigestLabels l) => i.Severity is null ? "" : $"·{l.SeverityName(i.Severity)}";
    private static string Confirmed(ExtractedItem i, DigestLabels l) => i.Status == ReviewStatus.Confirmed ? $" ✔ {l.Confirmed}" : "";

    internal static string Value(double? v, string? unit) =>
        v is { } x ? x.ToString("0.####", CultureInfo.InvariantCulture) + (unit ?? "") : "";

    /// <summary>Escapes Markdown and HTML syntax in report text; newlines become spaces.</summary>
    public static string Esc(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n') { sb.Append(' '); continue; }
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!' or '~') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static string Code(string text) => text.Replace('`', '\'').Replace('\n', ' ');
}
