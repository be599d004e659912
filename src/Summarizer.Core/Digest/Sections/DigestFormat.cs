using System.Globalization;

namespace Summarizer.Digest.Sections;

/// <summary>
/// Numbers, money, dates and citations as a reader expects them: <c>$41,200</c> (the currency where the report put it,
/// thousands grouped), <c>99.95%</c>, <c>2024-07-12</c>, and compact citations ("payments L47") with the full path
/// in the title.
/// </summary>
public static class DigestFormat
{
    private static readonly string[] Currencies = ["$", "¥", "￥", "€", "£"];

    /// <summary>"$41,200", "$1.2M", "99.95%", "12万笔", "" for null.</summary>
    public static string Value(double? value, string? unit)
    {
        if (value is not { } v) return "";
        var u = unit ?? "";
        var currency = Currencies.FirstOrDefault(c => u.StartsWith(c, StringComparison.Ordinal));
        var number = Math.Abs(v) >= 1000 && v == Math.Round(v) ? v.ToString("#,0", CultureInfo.InvariantCulture)
            : Math.Abs(v) >= 1000 ? v.ToString("#,0.##", CultureInfo.InvariantCulture)
            : v.ToString("0.####", CultureInfo.InvariantCulture);
        if (currency is null) return number + u;
        var sign = v < 0 ? "-" : "";
        return sign + currency + number.TrimStart('-') + u[currency.Length..];
    }

    /// <summary>"payments L47" (or "L47-52"): what a column of citations shows.</summary>
    public static string ShortCite(ExtractedItem item)
    {
        var s = item.Source;
        return $"{item.Team} L{s.Line}" + (s.EndLine > s.Line ? $"-{s.EndLine}" : "");
    }

    /// <summary>A citation cell: compact text, full team · section · file:line as its title, linked where a link exists.</summary>
    public static DigestCell Cite(ExtractedItem item, DigestLinks links, bool full) =>
        new(ShortCite(item), CellKind.Cite, Citation.Of(item), full ? "#" + Citation.Anchor(item) : links.Item?.Invoke(item));

    public static string Duration(int? minutes, DigestLabels l) => minutes is { } m ? $"{m} {l.Minutes}" : "";

    public static string Format(string pattern, params object[] args) => string.Format(CultureInfo.InvariantCulture, pattern, args);
}

/// <summary>The bullet of one item, as every item list shows it.</summary>
public static class ItemEntry
{
    public static DigestEntry Of(ExtractedItem i, DigestLabels l, DigestLinks links, bool full, bool withTeam = true) => new(i.Summary)
    {
        Severity = i.Severity,
        Badge = i.Severity is null ? null : l.SeverityName(i.Severity),
        Lead = withTeam ? i.Team : null,
        Suffix = i.Status == ReviewStatus.Confirmed ? "✔ " + l.Confirmed : null,
        Cite = DigestFormat.Cite(i, links, full),
    };

    /// <summary>The entry of the full digest's team list: the one place an item has its anchor and, where it says more than the summary, its quote.</summary>
    public static DigestEntry Detailed(ExtractedItem i, DigestLabels l, DigestLinks links) => Of(i, l, links, full: true, withTeam: false) with
    {
        Lead = l.KindName(i.Kind),
        Quote = SameText(i.Source.Quote, i.Summary) ? null : i.Source.Quote,
        Anchor = Citation.Anchor(i),
    };

    private static bool SameText(string a, string b) =>
        Summarizer.History.TextKey.Normalize(a) == Summarizer.History.TextKey.Normalize(b);
}
