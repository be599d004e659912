using System.Text;
using Summarizer.Digest.Sections;

namespace Summarizer.Digest;

/// <summary>
/// Lays out a <see cref="DigestView"/> as Markdown (digest.md, digest-full.md, the mail's text part). Report text is
/// escaped so it cannot add headings, links or table cells of its own. Pictures have no place in text: their column
/// is left out (the figures are in the tables and in items.json). Citations are compact in the mail, whole in the full digest.
/// </summary>
public sealed class MarkdownDigestWriter
{
    public string Write(DigestView view)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"# {Esc(view.Title)}").AppendLine();
        sb.AppendLine($"> {Esc(view.Meta)}").AppendLine();
        foreach (var section in view.Sections) Section(sb, section, 2);
        if (view.FooterText is not null)
            sb.AppendLine(view.FooterHref is null ? $"_{Esc(view.FooterText)}_" : $"[{Esc(view.FooterText)}]({Url(view.FooterHref)})");
        return sb.ToString();
    }

    private static void Section(StringBuilder sb, DigestSection s, int level)
    {
        sb.AppendLine($"{new string('#', level)} {Esc(s.Title)}").AppendLine();
        if (s.Note is not null) sb.AppendLine(Esc(s.Note)).AppendLine();
        for (int n = 0; n < s.Entries.Count; n++) sb.AppendLine(Entry(s.Entries[n], s.Numbered ? $"{n + 1}." : "-"));
        if (s.Rows.Count > 0) Table(sb, s);
        if (s.Entries.Count == 0 && s.Rows.Count == 0 && s.Children.Count == 0 && s.Empty is not null) sb.AppendLine($"- {Esc(s.Empty)}");
        if (s.More is not null) sb.AppendLine($"- _{Esc(s.More)}_");
        if (s.Entries.Count > 0 || s.Rows.Count > 0 || s.Empty is not null || s.More is not null) sb.AppendLine();
        foreach (var child in s.Children) Section(sb, child, level + 1);
    }

    private static string Entry(DigestEntry e, string marker)
    {
        var sb = new StringBuilder(marker).Append(' ');
        if (e.Anchor is not null) sb.Append($"<a id=\"{e.Anchor}\"></a>");
        if (e.Badge is not null) sb.Append($"**[{Esc(e.Badge)}]** ");
        if (e.Lead is not null) sb.Append($"**{Esc(e.Lead)}**: ");
        sb.Append(Esc(e.Text));
        if (e.Due is not null) sb.Append(e.Overdue ? $" — **{Esc(e.Due)}**" : $" — {Esc(e.Due)}");
        if (e.Suffix is not null) sb.Append(' ').Append(Esc(e.Suffix));
        if (e.Quote is not null) sb.Append($" — “{Esc(e.Quote)}”");
        if (e.Cite is not null) sb.Append($" — `{Code(CiteText(e.Cite))}`");
        return sb.ToString();
    }

    private static string CiteText(DigestCell cite) => cite.Href?.StartsWith('#') == true ? cite.Title ?? cite.Text : cite.Text;

    private static void Table(StringBuilder sb, DigestSection s)
    {
        // A picture has no place in a text table: its column goes, its figures are in the full digest.
        var keep = Enumerable.Range(0, s.Headers.Count).Where(c => s.Rows.All(r => r[c].Kind != CellKind.Chart)).ToList();
        sb.AppendLine("| " + string.Join(" | ", keep.Select(c => Esc(s.Headers[c]))) + " |");
        sb.AppendLine("|" + string.Concat(keep.Select(_ => " --- |")));
        foreach (var row in s.Rows) sb.AppendLine("| " + string.Join(" | ", keep.Select(c => Cell(row[c]))) + " |");
    }

    private static string Cell(DigestCell c) => c.Kind == CellKind.Cite ? $"`{Code(CiteText(c))}`" : Esc(c.Text);

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

    private static string Code(string text) => text.Replace('`', '\'').Replace('\n', ' ').Replace("|", "\\|");

    private static string Url(string url) => url.Replace(" ", "%20").Replace(")", "%29");
}
