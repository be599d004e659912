using Summarizer.Host.Api;
using Summarizer.Store;

namespace Summarizer.Host.Pages;

/// <summary>One item on the review page: what was extracted, where it comes from, the review forms and the history.</summary>
internal static class ReviewItemView
{
    public static void Render(Markup m, PageContext page, string team, string week, ExtractedItem item,
        SourceExcerpt excerpt, IReadOnlyList<ItemReview> history, bool justSaved)
    {
        var status = EnumWords.Word(item.Status);
        var action = $"/review/{Markup.Seg(team)}/items/{Markup.Seg(item.Id)}";
        m.Raw($"<article class=\"item {status}\" id=\"item-{Markup.E(item.Id)}\" data-item-id=\"{Markup.E(item.Id)}\" data-status=\"{status}\">")
            .Raw("<div class=\"tags\"><span class=\"tag kind\">").Text(EnumWords.Word(item.Kind)).Raw("</span>");
        if (item.Severity is { } s) m.Raw($"<span class=\"tag sev-{EnumWords.Word(s)}\">").Text(EnumWords.Word(s)).Raw("</span>");
        m.Raw($"<span class=\"tag status status-{status}\">").Text(status).Raw("</span>");
        if (justSaved) m.Raw(" <span class=\"saved\" role=\"status\">Saved</span>");
        m.Raw("</div><h3 class=\"summary\">").Text(item.Summary).Raw("</h3><p class=\"muted section\">").Text(item.Section).Raw("</p>");

        Source(m, item.Source, excerpt);

        m.Raw($"<div class=\"actions\"><form method=\"post\" action=\"{action}\" class=\"quick\">").Raw(page.AntiforgeryField())
            .Raw($"<input type=\"hidden\" name=\"week\" value=\"{Markup.E(week)}\">")
            .Raw("<input type=\"text\" name=\"note\" placeholder=\"Note (optional)\" aria-label=\"Note\" maxlength=\"2000\"> ");
        if (item.Status != ReviewStatus.Confirmed) m.Raw("<button type=\"submit\" name=\"status\" value=\"confirmed\" class=\"confirm\">Confirm</button> ");
        if (item.Status != ReviewStatus.Dismissed) m.Raw("<button type=\"submit\" name=\"status\" value=\"dismissed\" class=\"dismiss\">Dismiss</button> ");
        if (item.Status != ReviewStatus.Open) m.Raw("<button type=\"submit\" name=\"status\" value=\"open\">Reopen</button>");
        m.Raw("</form></div>");

        m.Raw("<details class=\"edit\"><summary>Edit summary and severity</summary>")
            .Raw($"<form method=\"post\" action=\"{action}\">").Raw(page.AntiforgeryField())
            .Raw($"<input type=\"hidden\" name=\"week\" value=\"{Markup.E(week)}\"><input type=\"hidden\" name=\"status\" value=\"{status}\">")
            .Raw("<label>Summary<textarea name=\"summary\" maxlength=\"1000\">").Text(item.Summary).Raw("</textarea></label>")
            .Raw("<label>Severity <select name=\"severity\"><option value=\"\">(unchanged)</option>");
        foreach (var sev in Enum.GetValues<Severity>())
            m.Raw($"<option value=\"{EnumWords.Word(sev)}\"{(item.Severity == sev ? " selected" : "")}>{EnumWords.Word(sev)}</option>");
        m.Raw("</select></label><label>Note <input type=\"text\" name=\"note\" maxlength=\"2000\"></label>")
            .Raw("<button type=\"submit\">Save</button></form></details>");

        History(m, history);
        m.Raw("</article>");
    }

    private static void Source(Markup m, SourceRef source, SourceExcerpt excerpt)
    {
        var range = source.EndLine > source.Line ? $"lines {source.Line}–{source.EndLine}" : $"line {source.Line}";
        m.Raw("<figure class=\"source\"><figcaption>").Text($"{source.File}, {range}");
        if (excerpt.Note is not null) m.Raw(" · ").Text(excerpt.Note);
        m.Raw("</figcaption><pre>");
        foreach (var line in excerpt.Lines)
        {
            m.Raw(line.Cited ? "<span class=\"cited\">" : "<span>").Raw("<span class=\"ln\">").Text(line.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</span>");
            if (line.MarkLength > 0)
            {
                m.Text(line.Text[..line.MarkStart]).Raw("<mark>").Text(line.Text.Substring(line.MarkStart, line.MarkLength)).Raw("</mark>")
                    .Text(line.Text[(line.MarkStart + line.MarkLength)..]);
            }
            else m.Text(line.Text);
            m.Raw("</span>\n");
        }
        m.Raw("</pre></figure>");
    }

    private static void History(Markup m, IReadOnlyList<ItemReview> history)
    {
        if (history.Count == 0) return;
        m.Raw($"<details class=\"history\"><summary>Review history ({history.Count})</summary><table><thead><tr><th>When</th><th>Who</th><th>Status</th><th>Changed</th><th>Note</th></tr></thead><tbody>");
        foreach (var r in history.OrderBy(r => r.At))
        {
            var changed = new List<string>();
            if (r.Summary is not null) changed.Add($"summary → “{r.Summary}”");
            if (r.Severity is { } s) changed.Add($"severity → {EnumWords.Word(s)}");
            m.Raw("<tr><td>").Text(HomePage.When(r.At)).Raw("</td><td>").Text(r.Reviewer).Raw("</td><td>").Text(EnumWords.Word(r.Status))
                .Raw("</td><td>").Text(string.Join("; ", changed)).Raw("</td><td>").Text(r.Note).Raw("</td></tr>");
        }
        m.Raw("</tbody></table></details>");
    }
}
