using System.Globalization;
using System.Net;
using System.Text;

namespace Summarizer.Digest;

/// <summary>
/// Writes digest.html: one self-contained page with inline styles that mail clients and browsers both show.
/// Every piece of report text goes through HTML encoding.
/// </summary>
public sealed class HtmlDigestWriter
{
    private const string Style =
        "body{font-family:-apple-system,'Segoe UI','PingFang SC','Microsoft YaHei',sans-serif;max-width:960px;margin:24px auto;padding:0 16px;color:#1f2328;line-height:1.5}" +
        "h1{font-size:24px;margin-bottom:4px}h2{font-size:18px;border-bottom:1px solid #d0d7de;padding-bottom:4px;margin-top:28px}h3{font-size:16px;margin-top:20px}" +
        ".meta{color:#59636e;font-size:13px}table{border-collapse:collapse;width:100%;font-size:13px}th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}" +
        "th{background:#f6f8fa}.sev{display:inline-block;border-radius:3px;padding:0 6px;font-size:12px;color:#fff;margin-right:4px}" +
        ".sev-high{background:#cf222e}.sev-medium{background:#bf8700}.sev-low{background:#1a7f37}.cite{color:#59636e;font-size:12px}" +
        "blockquote{margin:4px 0 4px 0;padding:2px 8px;border-left:3px solid #d0d7de;color:#59636e;font-size:13px}.ok{color:#1a7f37}";

    public string Write(DigestDocument d)
    {
        var l = DigestLabels.For(d.Language);
        var sb = new StringBuilder();
        var lang = d.Language == DigestLanguage.Chinese ? "zh-CN" : "en";
        sb.Append($"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        sb.Append($"<title>{E(l.Title)} {E(d.Week)}</title><style>{Style}</style></head><body>");
        sb.Append($"<h1>{E(l.Title)} {E(d.Week)}</h1><p class=\"meta\">");
        sb.Append(E(string.Format(CultureInfo.InvariantCulture, l.ReportsLine, d.Reports.Select(r => r.Team).Distinct().Count())));
        if (d.Rejected.Count > 0) sb.Append(" · ").Append(E(string.Format(CultureInfo.InvariantCulture, l.RejectedLine, d.Rejected.Count)));
        if (d.Dropped > 0) sb.Append(" · ").Append(E(string.Format(CultureInfo.InvariantCulture, l.DroppedLine, d.Dropped)));
        sb.Append($" · {E(l.EngineLabel)}: {E(d.Engine)}</p>");

        Section(sb, l.Summary);
        sb.Append("<ul>");
        foreach (var line in d.Summary) sb.Append($"<li>{E(line)}</li>");
        sb.Append("</ul>");

        Section(sb, l.NeedsDecision);
        List(sb, d.NeedsDecision, l);
        if (d.Changes.Count > 0)
        {
            Section(sb, l.Changes);
            sb.Append("<ul>");
            foreach (var c in d.Changes) sb.Append($"<li><strong>{E(c.Team)}</strong> {E(Citation.WithoutTeam(c))}</li>");
            if (d.MoreChanges > 0) sb.Append($"<li>{E(string.Format(CultureInfo.InvariantCulture, l.MoreChanges, d.MoreChanges))}</li>");
            sb.Append("</ul>");
        }
        Section(sb, l.Risks);
        List(sb, d.Risks, l);

        Section(sb, l.Delays);
        Table(sb, [l.Team, l.Milestone, l.From, l.To, l.Reason, l.Source], d.Delays,
            i => [i.Team, i.Delay?.Milestone ?? i.Summary, i.Delay?.From ?? "", i.Delay?.To ?? "", i.Delay?.Reason ?? ""], l);

        Section(sb, l.Incidents);
        if (d.Incidents.Count > 0) sb.Append($"<p>{E(string.Format(CultureInfo.InvariantCulture, l.TotalDowntime, d.TotalDowntimeMinutes))}</p>");
        Table(sb, [l.Start, l.End, l.Duration, l.Team, l.Impact, l.Source], d.Incidents,
            i => [i.Incident?.Start ?? "", i.Incident?.End ?? "", Citation.Duration(i.Incident?.DurationMinutes, l), i.Team, i.Incident?.Impact ?? i.Summary], l);

        Section(sb, l.Metrics);
        Table(sb, [l.Team, l.Metric, l.Value, l.Previous, l.Target, l.Source], d.Metrics,
            i => [i.Team, i.Metric?.Name ?? i.Summary, MarkdownDigestWriter.Value(i.Metric?.Value, i.Metric?.Unit),
                  MarkdownDigestWriter.Value(i.Metric?.Previous, i.Metric?.Unit), i.Metric?.Target ?? ""], l);

        Section(sb, l.Plans);
        List(sb, d.Plans, l);

        Section(sb, l.TeamsHeading);
        foreach (var (team, items) in d.Teams)
        {
            sb.Append($"<h3 id=\"team-{E(Slug(team))}\">{E(team)}</h3><ul>");
            foreach (var i in items)
            {
                sb.Append($"<li id=\"{Citation.Anchor(i)}\">{Badge(i, l)}<strong>{E(l.KindName(i.Kind))}</strong> {E(i.Summary)}{Confirmed(i, l)}");
                sb.Append($"<blockquote>{E(i.Source.Quote)}</blockquote><span class=\"cite\">{E(Citation.Of(i))}</span></li>");
            }
            sb.Append("</ul>");
        }
        if (d.Rejected.Count > 0)
        {
            Section(sb, l.RejectedHeading);
            sb.Append("<ul>");
            foreach (var r in d.Rejected) sb.Append($"<li><code>{E(r.File)}</code>: {E(r.Reason)}</li>");
            sb.Append("</ul>");
        }
        if (d.DegradedSections.Count > 0)
        {
            Section(sb, l.DegradedHeading);
            sb.Append($"<p>{E(l.DegradedNote)}</p><ul>");
            foreach (var s in d.DegradedSections) sb.Append($"<li><code>{E(s)}</code></li>");
            sb.Append("</ul>");
        }
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, string title) => sb.Append($"<h2>{E(title)}</h2>");

    private static void List(StringBuilder sb, IReadOnlyList<ExtractedItem> items, DigestLabels l)
    {
        if (items.Count == 0) { sb.Append($"<p>{E(l.None)}</p>"); return; }
        sb.Append("<ol>");
        foreach (var i in items) sb.Append($"<li>{Badge(i, l)}{E(i.Summary)}{Confirmed(i, l)} {Cite(i)}</li>");
        sb.Append("</ol>");
    }

    private static void Table(StringBuilder sb, string[] headers, IReadOnlyList<ExtractedItem> items, Func<ExtractedItem, string[]> cells, DigestLabels l)
    {
        if (items.Count == 0) { sb.Append($"<p>{E(l.None)}</p>"); return; }
        sb.Append("<table><tr>");
        foreach (var h in headers) sb.Append($"<th>{E(h)}</th>");
        sb.Append("</tr>");
        foreach (var i in items)
        {
            sb.Append("<tr>");
            foreach (var c in cells(i)) sb.Append($"<td>{E(c)}</td>");
            sb.Append($"<td>{Cite(i)}</td></tr>");
        }
        sb.Append("</table>");
    }

    private static string Cite(ExtractedItem i) => $"<a class=\"cite\" href=\"#{Citation.Anchor(i)}\">{E(Citation.Of(i))}</a>";

    private static string Badge(ExtractedItem i, DigestLabels l) => i.Severity is { } s
        ? $"<span class=\"sev sev-{s.ToString().ToLowerInvariant()}\">{E(l.SeverityName(s))}</span>" : "";

    private static string Confirmed(ExtractedItem i, DigestLabels l) =>
        i.Status == ReviewStatus.Confirmed ? $" <span class=\"ok\">✔ {E(l.Confirmed)}</span>" : "";

    private static string Slug(string team) => string.Concat(team.Select(c => char.IsLetterOrDigit(c) ? c : '-'));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
